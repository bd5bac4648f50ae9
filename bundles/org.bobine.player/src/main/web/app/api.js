// The REST API as the pages use it: PeerTube's OAuth password flow, tokens kept in this browser's local
// storage (never sent anywhere but this instance), refreshed once on a 401.

const TOKENS = 'bobine.tokens';

export function tokens() {
  try {
    return JSON.parse(localStorage.getItem(TOKENS)) || null;
  } catch (e) {
    return null;
  }
}

function saveTokens(t) {
  if (t) {
    localStorage.setItem(TOKENS, JSON.stringify(t));
  } else {
    localStorage.removeItem(TOKENS);
  }
}

/** An API failure, with PeerTube's RFC 7807 detail as its message. */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.error)) || `The server answered ${status}`);
    this.status = status;
    this.code = body && body.code;
  }
}

async function client() {
  const r = await fetch('/api/v1/oauth-clients/local');
  if (!r.ok) throw new ApiError(r.status, null);
  return r.json();
}

async function tokenRequest(fields) {
  const c = await client();
  const body = new URLSearchParams({ client_id: c.client_id, client_secret: c.client_secret, ...fields });
  const r = await fetch('/api/v1/users/token', { method: 'POST', body });
  const json = await r.json().catch(() => null);
  if (!r.ok) throw new ApiError(r.status, json);
  saveTokens({ access: json.access_token, refresh: json.refresh_token });
  return json;
}

export async function login(username, password) {
  await tokenRequest({ grant_type: 'password', username, password });
  me = undefined;
}

export async function logout() {
  const t = tokens();
  if (t) {
    await fetch('/api/v1/users/revoke-token', { method: 'POST', headers: { Authorization: 'Bearer ' + t.access } })
      .catch(() => {});
  }
  saveTokens(null);
  me = undefined;
}

async function refresh() {
  const t = tokens();
  if (!t || !t.refresh) return false;
  try {
    await tokenRequest({ grant_type: 'refresh_token', refresh_token: t.refresh });
    return true;
  } catch (e) {
    saveTokens(null);
    return false;
  }
}

/** fetch with the bearer token; retried once after a refresh when the token expired. */
export async function call(path, options = {}, retry = true) {
  const t = tokens();
  const headers = { ...(options.headers || {}) };
  if (t) headers.Authorization = 'Bearer ' + t.access;
  const r = await fetch(path, { ...options, headers });
  if (r.status === 401 && t && retry && (await refresh())) {
    return call(path, options, false);
  }
  return r;
}

export async function json(path, options = {}) {
  const r = await call(path, options);
  const body = r.status === 204 ? null : await r.json().catch(() => null);
  if (!r.ok) throw new ApiError(r.status, body);
  return body;
}

export function send(path, method, body) {
  return json(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

let me;

/** The logged-in user, or null. */
export async function currentUser() {
  if (me !== undefined) return me;
  if (!tokens()) return (me = null);
  try {
    me = await json('/api/v1/users/me');
  } catch (e) {
    me = null;
  }
  return me;
}
