// Bobine's pages: a small router over the REST API. Each page is a module under pages/, imported the first
// time one of its paths is shown (the browser keeps it for the next times); the router owns the shell around
// them (the navigation, the language switch, the instance's configuration) and tells plugins when a page with
// video grids is shown.
import * as api from './api.js';
import * as plugins from './plugins.js';
import { h, page, errorBox } from './dom.js';
import { shownLists } from './components.js';
import { t, languages, lang, choose, load as loadTexts } from './i18n.js';
import { readConfig } from './instance.js';
import * as live from './live.js';

const home = () => import('./pages/home.js');
const watch = () => import('./pages/watch.js');
const actor = () => import('./pages/actor.js');
const login = () => import('./pages/login.js');
const upload = () => import('./pages/upload.js');
const myVideos = () => import('./pages/my-videos.js');
const adminUsers = () => import('./pages/admin-users.js');
const adminPlugins = () => import('./pages/admin-plugins.js');
const about = () => import('./pages/about.js');
const subscriptions = () => import('./pages/subscriptions.js');
const notifications = () => import('./pages/notifications.js');
const watchHistory = () => import('./pages/history.js');
const playlists = () => import('./pages/playlists.js');

/**
 * The pages, in the order they are tried: the path's pattern, the page's module, and how the page is shown
 * (with the module, the query parameters and the pattern's match). A path that none matches is not found.
 */
const ROUTES = [
  [/^\/?$/, home, (p, params) => p.home(params)],
  [/^\/(?:w\/p|videos\/watch\/playlist)\/([^/]+)$/, playlists, (p, params, m) => p.playlistPage(decodeURIComponent(m[1]), params)],
  [/^\/(?:w|videos\/watch)\/([^/]+)$/, watch, (p, params, m) => p.watch(decodeURIComponent(m[1]), params, false)],
  [/^\/videos\/embed\/([^/]+)$/, watch, (p, params, m) => p.watch(decodeURIComponent(m[1]), params, true)],
  [/^\/([ca])\/([^/]+)/, actor, (p, params, m) => p.actorPage(m[1], decodeURIComponent(m[2]), params)],
  [/^\/search$/, home, (p, params) => p.search(params)],
  [/^\/login$/, login, (p, params) => p.loginPage(params)],
  [/^\/(?:videos\/)?upload$/, upload, (p) => p.uploadPage()],
  [/^\/my-videos$/, myVideos, (p, params) => p.myVideos(params)],
  [/^\/videos\/subscriptions$/, subscriptions, (p, params) => p.feed(params)],
  [/^\/my-library\/subscriptions$/, subscriptions, (p, params) => p.mine(params)],
  [/^\/my-library\/video-playlists$/, playlists, (p, params) => p.myPlaylists(params)],
  [/^\/my-account\/notifications$/, notifications, (p, params) => p.notificationsPage(params)],
  [/^\/my-library\/history\/videos$/, watchHistory, (p, params) => p.historyPage(params)],
  [/^\/admin(?:\/users)?$/, adminUsers, (p) => p.adminUsers()],
  [/^\/admin\/plugins$/, adminPlugins, (p) => p.adminPlugins()],
  [/^\/about$/, about, (p) => p.aboutPage()],
  [/^\/privacy$/, about, (p) => p.privacyPage()],
];

async function route() {
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  document.body.classList.toggle('embed', path.startsWith('/videos/embed/'));
  document.querySelectorAll('nav a').forEach((a) => {
    if (a.getAttribute('href') === path) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  shownLists.length = 0;
  const found = ROUTES.find(([pattern]) => pattern.test(path));
  if (found) {
    const [pattern, load, show] = found;
    let module = null;
    try {
      module = await load();
    } catch (e) {
      // The page's module could not be fetched or run (the connection dropped, an update was half-served).
      page(t('common.pageFailed'), errorBox(e));
    }
    if (module) await show(module, params, pattern.exec(path));
  } else {
    page(t('notFound.title'), h('p', {}, t('notFound.text') + ' '), h('a', { href: '/' }, t('notFound.back')));
  }
  for (const list of shownLists.splice(0)) {
    if (list.container.isConnected) await plugins.run('action:video-list.loaded', list);
  }
  document.body.dataset.ready = path;
}

function navigate(to, replace = false) {
  history[replace ? 'replaceState' : 'pushState']({}, '', to);
  route();
}

async function updateNav() {
  const me = await api.currentUser();
  document.querySelectorAll('[data-auth]').forEach((el) => {
    const need = el.dataset.auth;
    el.hidden = need === 'anonymous' ? !!me : need === 'admin' ? !(me && me.role.id === 0) : !me;
  });
  live.sync(me);
}

document.addEventListener('click', (ev) => {
  const a = ev.target.closest('a');
  if (!a || a.target || a.hasAttribute('download') || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/static/')
    || url.pathname.startsWith('/download/') || url.pathname.startsWith('/lazy-static/')
    || url.pathname.startsWith('/feeds/')) return;
  ev.preventDefault();
  navigate(url.pathname + url.search);
});
window.addEventListener('popstate', route);
document.getElementById('logout').addEventListener('click', async () => {
  live.stop();
  await api.logout();
  await updateNav();
  navigate('/');
});

(async () => {
  await loadTexts();
  const switcher = document.getElementById('lang-switch');
  for (const [code, name] of Object.entries(languages)) switcher.append(new Option(name, code, code === lang, code === lang));
  // A logged-in user's choice is kept with their account too (their e-mails are written in it), and a browser
  // that has no choice yet takes theirs.
  switcher.addEventListener('change', async () => {
    if (await api.currentUser()) await api.send('/api/v1/users/me', 'PUT', { language: switcher.value }).catch(() => {});
    choose(switcher.value);
  });
  const account = await api.currentUser();
  if (account && account.language && account.language !== lang && languages[account.language]
    && !document.cookie.split('; ').some((c) => c.startsWith('bobine-lang='))) {
    choose(account.language);
    return;
  }
  const config = await readConfig();
  // Plugins' client code: every page loads the "common" scripts, an embedded player only the "embed" ones
  // (as in PeerTube: a player framed by another site gets no site-wide additions).
  plugins.init(config);
  await plugins.loadScope(location.pathname.startsWith('/videos/embed/') ? 'embed' : 'common');
  await plugins.run('action:application.init');
  await updateNav();
  await route();
})();

// Keep the navigation in step with logins made on this page.
window.addEventListener('storage', updateNav);
// Pages call them (the login page, the pages for logged-in users).
export { navigate, updateNav };

