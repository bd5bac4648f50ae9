// Plugins' client code, as PeerTube's front end loads it: the server config lists each running plugin's
// scripts (with the pages, "scopes", they are for) and style sheets in plugin.registered. Style sheets are
// linked once at start; scripts are ES modules imported once, the "common" ones at start and the others
// when a page of their scope is first shown. A script's register({registerHook, peertubeHelpers}) adds
// hooks that the pages run at fixed points. A plugin must never break a page: every import, register call
// and hook is bounded in time and its failure is logged to the console and skipped.
import * as api from './api.js';

/** How long a hook (or a script's register call) may take before the page goes on without it. */
const HOOK_TIMEOUT = 3000;
/** How long the page waits for a script to be fetched and run; a late one still registers its hooks. */
const LOAD_TIMEOUT = 5000;

let registered = [];
const loadedScripts = new Set();
const linkedStyles = new Set();
/** target → [{handler, priority, plugin, order}], kept sorted: higher priority first, then registration order. */
const hooks = new Map();
let registrations = 0;

function bounded(promise, ms, what) {
  let timer;
  const timeout = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Only files of this instance: the pages' Content-Security-Policy refuses others anyway. */
function sameOrigin(url) {
  try {
    return new URL(url, location.href).origin === location.origin;
  } catch (e) {
    return false;
  }
}

function helpers(plugin) {
  return {
    getSettings: async () => {
      const r = await fetch(`/api/v1/plugins/${encodeURIComponent(plugin.npmName)}/public-settings`);
      const body = await r.json().catch(() => null);
      if (!r.ok) throw new api.ApiError(r.status, body);
      return body;
    },
    getBaseRouterRoute: () => `/plugins/${plugin.name}/router`,
    getBaseStaticRoute: () => `/plugins/${plugin.name}/${plugin.version}/static`,
    getAuthHeader: () => {
      const t = api.tokens();
      return t ? { Authorization: 'Bearer ' + t.access } : undefined;
    },
    isLoggedIn: () => !!api.tokens(),
    // PeerTube's translate answers a Promise; a plugin that does not await it gets a Promise, not the text.
    translate: (text) => Promise.resolve(text),
  };
}

function registerHookFor(plugin) {
  return ({ target, handler, priority } = {}) => {
    if (typeof target !== 'string' || typeof handler !== 'function') {
      console.error(`Plugin ${plugin.name}: registerHook needs a target and a handler function`);
      return;
    }
    const list = hooks.get(target) || [];
    list.push({ handler, priority: Number(priority) || 0, plugin: plugin.name, order: registrations++ });
    list.sort((a, b) => (b.priority - a.priority) || (a.order - b.order));
    hooks.set(target, list);
  };
}

async function loadScript(plugin, url) {
  // The import goes on when the page stops waiting for it: a late script still registers its hooks.
  const work = import(url).then((module) => {
    // The usual form is a default export; PeerTube's own plugins export a function named register.
    const register = typeof module.default === 'function' ? module.default : module.register;
    if (typeof register !== 'function') throw new Error(`${url} exports no register function`);
    return bounded(Promise.resolve().then(() => register({
      registerHook: registerHookFor(plugin), peertubeHelpers: helpers(plugin),
    })), HOOK_TIMEOUT, `register() of ${url}`);
  }).catch((e) => console.error(`Plugin ${plugin.name}: script ${url} failed`, e));
  try {
    await bounded(work, LOAD_TIMEOUT, `Loading ${url}`);
  } catch (e) {
    console.error(`Plugin ${plugin.name}: the page goes on without script ${url}`, e);
  }
}

/**
 * Reads the plugins from the server config and links their style sheets (once).
 * @param {object} config GET /api/v1/config's answer, or null when it could not be read
 */
export function init(config) {
  registered = (config && config.plugin && Array.isArray(config.plugin.registered)) ? config.plugin.registered : [];
  for (const plugin of registered) {
    for (const href of plugin.css || []) {
      if (!sameOrigin(href) || linkedStyles.has(href)) continue;
      linkedStyles.add(href);
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.dataset.plugin = plugin.name;
      document.head.append(link);
    }
  }
}

/**
 * Loads the scripts of a scope not loaded yet, in parallel, and waits for them (bounded).
 * @param {string} scope "common", "video-watch", "embed", "upload" or "video-edit"
 */
export async function loadScope(scope) {
  const pending = [];
  for (const plugin of registered) {
    for (const script of Object.values(plugin.clientScripts || {})) {
      const url = script && script.script;
      if (!url || !(script.scopes || []).includes(scope) || loadedScripts.has(url)) continue;
      loadedScripts.add(url);
      if (!sameOrigin(url)) {
        console.error(`Plugin ${plugin.name}: script ${url} is not on this instance; not loaded`);
        continue;
      }
      pending.push(loadScript(plugin, url));
    }
  }
  await Promise.all(pending);
}

/**
 * Runs the hooks of a target one after the other (higher priority first), each bounded in time; a failing
 * or slow hook is logged and skipped.
 * @param {string} target e.g. "action:video-watch.player.loaded"
 * @param {object} params what the handlers receive
 */
export async function run(target, params) {
  for (const hook of (hooks.get(target) || []).slice()) {
    try {
      await bounded(Promise.resolve().then(() => hook.handler(params)), HOOK_TIMEOUT, `Hook ${target}`);
    } catch (e) {
      console.error(`Plugin ${hook.plugin}: hook ${target} failed`, e);
    }
  }
}
