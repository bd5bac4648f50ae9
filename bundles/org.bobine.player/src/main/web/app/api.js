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

// Password-protected videos (privacy 5): a password that opened a video is kept for this tab's session
// (sessionStorage, gone when the tab closes) under each of the video's ids, and sent with every API request
// about that video.
export const VIDEO_PASSWORD_HEADER = 'x-peertube-video-password';
const PASSWORD_KEY = 'bobine.videoPassword.';
const VIDEO_PATH = /^\/api\/v1\/videos\/([^/?#]+)/;

/** @return the password kept for a video (by any of its ids), or null */
export function videoPassword(id) {
  try {
    return id == null ? null : sessionStorage.getItem(PASSWORD_KEY + id);
  } catch (e) {
    return null;
  }
}

/** Keeps (or, with null, forgets) a video's password under each of the given ids. */
export function setVideoPassword(ids, password) {
  for (const id of ids) {
    if (id == null || id === '') continue;
    try {
      if (password == null) sessionStorage.removeItem(PASSWORD_KEY + id);
      else sessionStorage.setItem(PASSWORD_KEY + id, password);
    } catch (e) {
      // Storage refused (private mode, quota): the password is asked again next time.
    }
  }
}

/** fetch with the bearer token (and a kept video password); retried once after a refresh when the token expired. */
export async function call(path, options = {}, retry = true) {
  const t = tokens();
  const headers = { ...(options.headers || {}) };
  if (t) headers.Authorization = 'Bearer ' + t.access;
  const video = VIDEO_PATH.exec(path);
  const password = video ? videoPassword(video[1]) : null;
  if (password && !Object.keys(headers).some((k) => k.toLowerCase() === VIDEO_PASSWORD_HEADER)) {
    headers[VIDEO_PASSWORD_HEADER] = password;
  }
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
