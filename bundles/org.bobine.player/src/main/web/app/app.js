// Bobine's pages: a small router over the REST API. Everything is built with DOM calls and textContent;
// the only HTML from users (descriptions, Markdown) goes through DOMPurify.
import * as api from './api.js';
import * as p2p from './p2p.js';
import * as plugins from './plugins.js';
import { t, formatDate, formatNumber, languages, lang, choose, load as loadTexts } from './i18n.js';
import { createPlayer, formatTime, parseTime } from './player.js';

const content = document.getElementById('content');

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

function duration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

function date(iso) {
  return formatDate(iso);
}

/** A video state in this language (PeerTube's English label for states without a text here). */
function stateLabel(state) {
  const key = 'state.' + state.id;
  const text = t(key);
  return text === key ? state.label : text;
}

function markdown(text) {
  const div = h('div', { class: 'description' });
  if (text && window.marked && window.DOMPurify) {
    div.innerHTML = window.DOMPurify.sanitize(window.marked.parse(text), { USE_PROFILES: { html: true } });
    div.querySelectorAll('a').forEach((a) => { a.rel = 'noopener noreferrer nofollow'; });
  } else if (text) {
    div.textContent = text;
  }
  return div;
}

/** A "Support" button that shows the creator's support text (Markdown, sanitised), as PeerTube does. */
function supportButton(text, id) {
  if (!text) return null;
  const dialog = h('dialog', { id: id + '-dialog', 'aria-labelledby': id + '-title' },
    h('h2', { id: id + '-title' }, t('support.title')), markdown(text),
    h('button', { type: 'button', onclick: () => dialog.close() }, t('common.close')));
  const button = h('button', { type: 'button', id, onclick: () => dialog.showModal() }, t('support.button'));
  return h('span', {}, button, dialog);
}

function page(title, ...children) {
  document.title = title + ' - ' + instanceName;
  content.replaceChildren(h('h1', {}, title), ...children.filter((c) => c != null && c !== false));
  content.focus({ preventScroll: true });
}

function errorBox(e) {
  return h('p', { class: 'error', role: 'alert' }, e.message || String(e));
}

let instanceName = 'Bobine';
let anonymousNsfwPolicy = 'do_not_list';
let p2pWebapp = true;
let p2pEmbed = true;
let signupOpen = false;
// Whether imports by URL run here (an import plugin is enabled): PeerTube's import.videos.http.enabled.
let importEnabled = false;

/** PeerTube's NSFW policy of this viewer: their own when logged in, else the instance's default. */
async function viewerNsfwPolicy() {
  const me = await api.currentUser();
  return me ? me.nsfwPolicy : anonymousNsfwPolicy;
}

/**
 * Whether the pages themselves blur sensitive thumbnails: only when the viewer's own choice asks for it (a
 * logged-in user's "blur" or "do_not_list"), or for anonymous viewers when the instance's default is "blur".
 * Otherwise an instance plugin decides, through the data-nsfw="true" every sensitive thumbnail carries.
 */
async function blursThumbnails() {
  const me = await api.currentUser();
  return me ? me.nsfwPolicy === 'blur' || me.nsfwPolicy === 'do_not_list' : anonymousNsfwPolicy === 'blur';
}

function videoCard(v, blur) {
  const link = '/w/' + v.shortUUID;
  const thumb = h('a', {
    class: 'thumb' + (v.nsfw && blur ? ' nsfw' : ''), href: link, tabindex: '-1', 'aria-hidden': 'true', 'data-nsfw': v.nsfw ? 'true' : null,
  },
    v.thumbnailPath ? h('img', { src: v.thumbnailPath, alt: '', loading: 'lazy' }) : null,
    h('span', { class: 'duration' }, duration(v.duration)));
  return h('article', { class: 'video-card' }, thumb,
    h('a', { class: 'title', href: link }, v.name),
    h('div', { class: 'meta' },
      v.channel ? h('a', { href: '/c/' + v.channel.name }, v.channel.displayName) : null,
      ' · ', h('time', { datetime: v.publishedAt }, date(v.publishedAt)), ' · ', t('video.views', { count: formatNumber(v.views) })));
}

/** Video grids built for the page being shown, for the action:video-list.loaded hooks. */
const shownLists = [];

async function videoList(path, params, emptyText) {
  const perPage = 24;
  const start = Number(params.get('start') || 0);
  const wrap = h('section', {});
  try {
    const sep = path.includes('?') ? '&' : '?';
    const list = await api.json(`${path}${sep}start=${start}&count=${perPage}`);
    if (!list.data.length) {
      wrap.append(h('p', {}, emptyText));
      return wrap;
    }
    const blur = await blursThumbnails();
    const grid = h('div', { class: 'grid' }, list.data.map((v) => videoCard(v, blur)));
    wrap.append(grid);
    // Told to plugins once the page shows the grid (route() runs the hooks).
    shownLists.push({ videos: list.data, container: grid });
    const pager = h('div', { class: 'pager' });
    const link = (s, text) => {
      const p = new URLSearchParams(params);
      p.set('start', String(s));
      return h('a', { class: 'button', href: location.pathname + '?' + p }, text);
    };
    if (start > 0) pager.append(link(Math.max(0, start - perPage), t('list.newer')));
    pager.append(h('span', { class: 'meta' }, t('list.range', { from: formatNumber(start + 1), to: formatNumber(start + list.data.length), total: formatNumber(list.total) })));
    if (start + perPage < list.total) pager.append(link(start + perPage, t('list.older')));
    wrap.append(pager);
  } catch (e) {
    wrap.append(errorBox(e));
  }
  return wrap;
}

// Pages

/** The home page's lists, each with how it is ordered: nothing is chosen for a viewer by an opaque rule. */
const LISTS = {
  recent: { api: '/api/v1/videos?sort=-publishedAt' },
  local: { api: '/api/v1/videos?sort=-publishedAt&isLocal=true' },
};

async function home(params) {
  const which = LISTS[params.get('list')] ? params.get('list') : 'recent';
  const tabs = h('nav', { class: 'tabs', 'aria-label': t('home.lists') }, Object.keys(LISTS).map((key) => h('a', {
    href: key === 'recent' ? '/' : '/?list=' + key, 'aria-current': key === which ? 'page' : null, id: 'list-' + key,
  }, t('home.' + key))));
  page(t('home.' + which), tabs,
    h('p', { class: 'meta', id: 'list-explain' }, t('home.' + which + 'Explain')),
    await videoList(LISTS[which].api, params, t('list.empty')));
}

/** What this instance keeps about the people who use it, in plain words. */
function privacyPage() {
  page(t('privacy.title'), ...['viewers', 'browser', 'p2p', 'accounts', 'none'].map((k) => h('p', {}, t('privacy.' + k))));
}

async function search(params) {
  const q = params.get('search') || '';
  document.getElementById('search-input').value = q;
  page(q ? t('search.titleFor', { q }) : t('search.title'), q
    ? await videoList('/api/v1/search/videos?search=' + encodeURIComponent(q), params, t('search.none'))
    : h('p', {}, t('search.hint')));
}

const PASSWORD_PROTECTED = 5;
/** PeerTube's codes of a 403 that a video password answers. */
const PASSWORD_CODES = ['video_requires_password', 'incorrect_video_password'];

/** The headers of the player's media requests: the viewer's token, and the password of a protected video. */
function videoHeaders(v) {
  const tokens = api.tokens();
  const headers = tokens ? { Authorization: 'Bearer ' + tokens.access } : {};
  const password = (v.privacy || {}).id === PASSWORD_PROTECTED ? api.videoPassword(v.uuid) : null;
  if (password) headers[api.VIDEO_PASSWORD_HEADER] = password;
  return headers;
}

async function watch(id, params, embed) {
  await plugins.loadScope(embed ? 'embed' : 'video-watch');
  let v;
  try {
    v = await api.json('/api/v1/videos/' + encodeURIComponent(id));
  } catch (e) {
    if (e.status === 403 && PASSWORD_CODES.includes(e.code)) {
      // A password kept from earlier in this session no longer opens it (changed): asked again.
      api.setVideoPassword([id], null);
      passwordPrompt(id, params, embed);
      return;
    }
    content.replaceChildren(h('h1', {}, e.status === 404 ? t('watch.notFound') : t('watch.cannotShow')), errorBox(e));
    return;
  }
  await showVideo(v, params, embed);
}

/** The form of a password-protected video's watch and embed pages; the video is shown once a password opens it. */
function passwordPrompt(id, params, embed) {
  const input = h('input', { type: 'password', id: 'video-password', name: 'password', autocomplete: 'off', required: true });
  const error = h('p', { class: 'error', role: 'alert', id: 'video-password-error' });
  const submit = h('button', { class: 'primary', type: 'submit', id: 'video-password-submit' }, t('videoPassword.submit'));
  const form = h('form', { class: 'stack password-prompt', id: 'video-password-form' },
    h('p', {}, t('videoPassword.explain')),
    h('label', {}, t('videoPassword.label'), input), error, submit);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    submit.disabled = true;
    const password = input.value;
    let v;
    try {
      v = await api.json('/api/v1/videos/' + encodeURIComponent(id), { headers: { [api.VIDEO_PASSWORD_HEADER]: password } });
    } catch (e) {
      submit.disabled = false;
      error.textContent = e.status === 429 ? t('videoPassword.tooMany')
        : e.status === 403 && PASSWORD_CODES.includes(e.code) ? t('videoPassword.wrong') : e.message;
      input.select();
      return;
    }
    // Kept for this tab's session, under every id the pages and the player may use for the video.
    api.setVideoPassword([id, v.uuid, v.shortUUID, v.id], password);
    if (form.isConnected) await showVideo(v, params, embed);
  });
  page(t('videoPassword.title'), form);
  input.focus();
}

async function showVideo(v, params, embed) {
  document.title = v.name + ' - ' + instanceName;
  const start = parseTime(params.get('start') ?? params.get('t'));
  const holder = h('div', {});
  const section = h('section', { class: 'watch' }, holder);
  content.replaceChildren(section);
  // Private and password-protected files need the viewer's token or the password on every request, which
  // peers cannot give: HTTP only for them.
  const shareable = v.privacy && (v.privacy.id === 1 || v.privacy.id === 2);
  const engine = shareable ? await p2p.load(embed ? p2pEmbed : p2pWebapp) : null;
  window.bobineP2P = p2p.stats;
  let player = null;
  const loaded = () => plugins.run(embed ? 'action:embed.player.loaded' : 'action:video-watch.player.loaded', { video: v, player });
  const play = () => {
    holder.replaceChildren();
    player = createPlayer(holder, v, {
      start, headers: videoHeaders(v), privateFiles: !shareable, autoplay: embed && params.get('autoplay') === '1', p2p: engine,
    });
    window.bobinePlayer = player.video;
    // As PeerTube's player does, tell the instance a view happened once playback starts (it runs the
    // action:api.video.viewed hooks; views are not counted or kept).
    player.video.addEventListener('playing', () => {
      api.send('/api/v1/videos/' + encodeURIComponent(v.uuid) + '/views', 'POST',
        { currentTime: Math.floor(player.video.currentTime) }).catch(() => {});
    }, { once: true });
    return player;
  };
  // The watch page asks before showing a sensitive video unless the viewer chose to see them ("display").
  const cover = v.nsfw && (await viewerNsfwPolicy()) !== 'display';
  if (cover) {
    holder.append(h('div', { class: 'player-wrap' }, h('div', { class: 'nsfw-cover' },
      h('p', {}, t('watch.sensitive')),
      h('button', { class: 'primary', type: 'button', id: 'reveal', onclick: () => { play(); loaded(); } }, t('watch.reveal')))));
  } else {
    play();
  }
  if (embed) {
    if (!cover) await loaded();
    return;
  }

  const shareDialog = h('dialog', { id: 'share-dialog', 'aria-labelledby': 'share-title' });
  const link = location.origin + '/w/' + v.shortUUID;
  const field = (label, id, value) => h('p', {}, h('label', { for: id }, label),
    h(value.length > 80 ? 'textarea' : 'input', { id, readonly: true, rows: 3, value, onfocus: (e) => e.target.select() }, value.length > 80 ? value : null));
  const openShare = () => {
    const at = player ? Math.floor(player.video.currentTime) : 0;
    shareDialog.replaceChildren(h('h2', { id: 'share-title' }, t('share.title')),
      field(t('share.link'), 'share-link', link),
      field(t('share.linkAt', { time: formatTime(at) }), 'share-link-time', link + '?start=' + formatTime(at)),
      field(t('share.embed'), 'share-embed', `<iframe title="${v.name.replace(/"/g, '&quot;')}" width="560" height="315" src="${location.origin}/videos/embed/${v.uuid}" frameborder="0" allowfullscreen sandbox="allow-same-origin allow-scripts allow-popups"></iframe>`),
      h('button', { type: 'button', onclick: () => shareDialog.close() }, t('common.close')));
    shareDialog.showModal();
  };
  const p2pSwitch = h('input', { type: 'checkbox', id: 'p2p-switch', checked: p2p.viewerAllows() || null,
    onchange: (e) => { p2p.setViewerAllows(e.target.checked); location.reload(); } });
  const actions = h('div', { class: 'row-actions' },
    h('button', { type: 'button', id: 'share', onclick: openShare }, t('share.title')),
    supportButton(v.support, 'support'),
    shareable && (embed ? p2pEmbed : p2pWebapp)
      ? h('label', { title: t('p2p.explain') },
        p2pSwitch, ' ', t('p2p.switch')) : null);
  const file = (v.files || []).slice().sort((a, b) => b.resolution.id - a.resolution.id)[0];
  // A link cannot carry the password header: a protected video's file would be refused.
  if (v.downloadEnabled && file && (v.privacy || {}).id !== PASSWORD_PROTECTED) {
    actions.append(h('a', { class: 'button', id: 'download', href: file.fileDownloadUrl, download: '' }, t('watch.download', { resolution: file.resolution.label })));
  }
  let p2pLine = null;
  if (engine) {
    // What P2P did for this viewer, as PeerTube's player shows it: peers and where the bytes came from.
    const line = p2pLine = h('p', { class: 'meta', id: 'p2p-status', 'aria-live': 'off' });
    const mb = (b) => formatNumber(Math.round(b / 1e5) / 10) + ' MB';
    const update = () => {
      if (!line.isConnected) return;
      line.textContent = t('p2p.status', { peers: p2p.stats.peers.size, fromPeers: mb(p2p.stats.p2p), fromHttp: mb(p2p.stats.http) });
      setTimeout(update, 2000);
    };
    setTimeout(update, 0);
  }
  section.append(
    h('h1', {}, v.name),
    h('p', { class: 'meta' },
      v.channel ? h('a', { href: '/c/' + v.channel.name }, v.channel.displayName) : null, ' · ',
      h('time', { datetime: v.publishedAt }, date(v.publishedAt)), ' · ', t('video.views', { count: formatNumber(v.views) }),
      v.state && v.state.id !== 1 ? ` · ${stateLabel(v.state)}` : ''),
    actions, p2pLine, shareDialog, markdown(v.description),
    v.tags && v.tags.length ? h('ul', { class: 'tags', 'aria-label': t('watch.tags') },
      v.tags.map((t) => h('li', {}, h('a', { href: '/search?search=' + encodeURIComponent(t) }, '#' + t)))) : null);
  if (!cover) await loaded();
}

async function actorPage(kind, name, params) {
  const base = kind === 'c' ? '/api/v1/video-channels/' : '/api/v1/accounts/';
  try {
    const actor = await api.json(base + encodeURIComponent(name));
    page(actor.displayName, h('p', { class: 'meta' }, `@${actor.name}@${actor.host} · ` + t('actor.followers', { count: formatNumber(actor.followersCount ?? 0) })),
      kind === 'c' ? h('div', { class: 'row-actions' }, supportButton(actor.support, 'support')) : null,
      markdown(actor.description),
      await videoList(base + encodeURIComponent(name) + '/videos?sort=-publishedAt', params, t('list.empty')));
  } catch (e) {
    page(t('common.notFound'), errorBox(e));
  }
}

function loginPage(params) {
  const error = h('p', { class: 'error', role: 'alert', id: 'login-error' });
  const form = h('form', { class: 'stack', id: 'login-form' },
    h('label', {}, t('login.username'), h('input', { name: 'username', autocomplete: 'username', required: true })),
    h('label', {}, t('login.password'), h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    error, h('button', { class: 'primary', type: 'submit' }, t('login.submit')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    const data = new FormData(form);
    try {
      await api.login(data.get('username'), data.get('password'));
      await updateNav();
      navigate(params.get('next') || '/');
    } catch (e) {
      error.textContent = e.code === 'invalid_grant' || e.status === 400
        ? t('login.wrong')
        : e.status === 429 ? t('login.tooMany') : e.message;
    }
  });
  page(t('login.title'), form);
}

async function requireUser(next) {
  const me = await api.currentUser();
  if (!me) {
    navigate('/login?next=' + encodeURIComponent(next), true);
    return null;
  }
  return me;
}

let privacies = null;

/** The privacies this instance offers, as ids the pages have a text for ("5", password protected, only when listed). */
function offeredPrivacies() {
  if (!privacies) {
    privacies = api.json('/api/v1/videos/privacies')
      .then((offered) => ['1', '2', '3', '4', '5'].filter((id) => offered && id in offered))
      .then((ids) => (ids.length ? ids : ['1', '2', '3', '4']))
      .catch(() => {
        privacies = null;
        return ['1', '2', '3', '4'];
      });
  }
  return privacies;
}

/**
 * The password of a password-protected video, shown (and sent) only while the privacy select says so.
 * @param {HTMLSelectElement} select the privacy
 * @param {string} id the input's id
 * @param {boolean} required false when the video already has passwords (empty keeps them)
 */
function videoPasswordField(select, id, required) {
  const input = h('input', { type: 'password', name: 'videoPassword', id, autocomplete: 'new-password', minlength: 2, maxlength: 100 });
  const label = h('label', {}, required ? t('video.password') : t('edit.passwordKeep'), input);
  const sync = () => {
    const on = select.value === String(PASSWORD_PROTECTED);
    label.hidden = !on;
    input.disabled = !on;
    input.required = on && required;
  };
  select.addEventListener('change', sync);
  sync();
  return label;
}

async function uploadPage() {
  const me = await requireUser('/upload');
  if (!me) return;
  const channels = me.videoChannels || [];
  const [offered] = await Promise.all([offeredPrivacies(), plugins.loadScope('upload')]);
  const status = h('p', { id: 'upload-status', role: 'status', 'aria-live': 'polite' });
  const bar = h('progress', { id: 'upload-progress', max: '100', value: '0', hidden: true });
  const privacy = h('select', { name: 'privacy', id: 'upload-privacy' }, offered.map((id) => new Option(t('privacy.' + id), id)));
  const form = h('form', { class: 'stack', id: 'upload-form' },
    h('label', {}, t('upload.file'), h('input', { type: 'file', name: 'file', id: 'upload-file', required: true, accept: 'video/*,audio/*' })),
    h('label', {}, t('video.title'), h('input', { name: 'name', id: 'upload-name', required: true, minlength: 3, maxlength: 120 })),
    h('label', {}, t('upload.channel'), h('select', { name: 'channelId' }, channels.map((c) => new Option(c.displayName, c.id)))),
    h('label', {}, t('video.privacy'), privacy),
    videoPasswordField(privacy, 'upload-video-password', true),
    bar, status, h('button', { class: 'primary', type: 'submit', id: 'upload-submit' }, t('upload.submit')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const file = data.get('file');
    form.querySelector('#upload-submit').disabled = true;
    bar.hidden = false;
    try {
      const attrs = {
        name: data.get('name'), channelId: Number(data.get('channelId')), privacy: Number(data.get('privacy')),
        filename: file.name,
      };
      // The resumable protocol's first request is JSON: the passwords go as a list (PeerTube's videoPasswords).
      if (attrs.privacy === PASSWORD_PROTECTED) attrs.videoPasswords = [data.get('videoPassword')];
      // Fields client plugins added (action:video-upload.init) named pluginData[key], as in PeerTube.
      const pluginData = {};
      for (const [k, v] of data.entries()) {
        const m = /^pluginData\[([A-Za-z0-9_-]{1,64})\]$/.exec(k);
        if (m && typeof v === 'string') pluginData[m[1]] = v;
      }
      if (Object.keys(pluginData).length) attrs.pluginData = pluginData;
      const video = await resumableUpload(file, attrs, (sent) => {
        bar.value = Math.floor((sent / file.size) * 100);
        status.textContent = t('upload.progress', { percent: bar.value });
      });
      bar.value = 100;
      status.textContent = t('upload.transcoding');
      await waitPublished(video.uuid, status, bar);
      bar.value = 100;
      status.replaceChildren(t('upload.published'), ' ', h('a', { href: '/w/' + video.shortUUID, id: 'upload-done' }, t('upload.watch')));
    } catch (e) {
      status.replaceChildren(errorBox(e));
      form.querySelector('#upload-submit').disabled = false;
    }
  });
  page(t('upload.title'), form, importEnabled ? importSection(channels, offered) : null);
  await plugins.run('action:video-upload.init', { form });
}

/** PeerTube's states of an import by URL (VideoImportState) in this language; its label for a state unknown here. */
function importState(state) {
  switch (state.id) {
    case 1: return t('import.pending');
    case 2: return t('import.success');
    case 3: return t('import.failed');
    case 4: return t('import.rejected');
    case 5: return t('import.cancelled');
    case 6: return t('import.processing');
    default: return state.label;
  }
}

/** States after which an import no longer changes: success, failed, rejected, cancelled. */
const IMPORT_DONE = [2, 3, 4, 5];

/** The link to an import's video once it succeeded (the video may have been deleted since: then none). */
function importVideoLink(imp, attrs = {}) {
  return imp.state.id === 2 && imp.video ? h('a', { href: '/w/' + imp.video.shortUUID, ...attrs }, imp.video.name) : null;
}

/**
 * The upload page's second form: an import by URL (POST /api/v1/videos/imports), done by an import plugin
 * on the server; without one (or when it refuses the URL) the API's 403 detail is shown. Password protection
 * is not offered: the import's JSON has no place for the password.
 */
function importSection(channels, offered) {
  const error = h('p', { class: 'error', role: 'alert', id: 'import-error' });
  const status = h('div', { id: 'import-status', role: 'status', 'aria-live': 'polite', hidden: true });
  const submit = h('button', { class: 'primary', type: 'submit', id: 'import-submit' }, t('import.submit'));
  const form = h('form', { class: 'stack', id: 'import-form' },
    h('label', {}, t('import.url'), h('input', { type: 'url', name: 'targetUrl', id: 'import-url', required: true, placeholder: 'https://' })),
    h('label', {}, t('import.name'), h('input', { name: 'name', id: 'import-name', minlength: 3, maxlength: 120 })),
    h('label', {}, t('upload.channel'), h('select', { name: 'channelId', id: 'import-channel' }, channels.map((c) => new Option(c.displayName, c.id)))),
    h('label', {}, t('video.privacy'), h('select', { name: 'privacy', id: 'import-privacy' },
      offered.filter((id) => id !== String(PASSWORD_PROTECTED)).map((id) => new Option(t('privacy.' + id), id)))),
    error, submit, status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    const data = new FormData(form);
    const body = { targetUrl: data.get('targetUrl'), channelId: Number(data.get('channelId')), privacy: Number(data.get('privacy')) };
    const name = String(data.get('name') || '').trim();
    if (name) body.name = name;
    submit.disabled = true;
    try {
      const started = await api.send('/api/v1/videos/imports', 'POST', body);
      form.querySelector('#import-url').value = '';
      form.querySelector('#import-name').value = '';
      followImport(started, status);
    } catch (e) {
      error.textContent = e.message;
    } finally {
      submit.disabled = false;
    }
  });
  return h('section', { id: 'import-section' }, h('h2', {}, t('import.title')), form);
}

/**
 * Shows an import's state in the status area and follows it (GET /api/v1/users/me/videos/imports, newest
 * first, every second) until it is over, another import is started from the form, or the page is left (the
 * area is no longer in the document).
 */
async function followImport(started, status) {
  const id = String(started.id);
  status.followedImport = id;
  const following = () => status.isConnected && status.followedImport === id;
  const show = (imp, problem) => {
    const percent = imp.progress >= 0;
    status.hidden = false;
    status.replaceChildren(...[
      h('p', {}, t('import.following', { url: imp.targetUrl, state: importState(imp.state) }),
        percent ? ' ' + t('import.percent', { percent: Math.round(imp.progress) }) : null),
      percent && !IMPORT_DONE.includes(imp.state.id) ? h('progress', { id: 'import-progress', max: '100', value: String(Math.round(imp.progress)) }) : null,
      (imp.state.id === 3 || imp.state.id === 4) && imp.error ? h('p', { class: 'error', id: 'import-failure' }, imp.error) : null,
      imp.state.id === 2 && imp.video
        ? h('p', {}, t('import.done') + ' ', importVideoLink(imp, { id: 'import-video-link' }), ' · ', h('a', { href: '/my-videos' }, t('import.allImports')))
        : null,
      problem ? errorBox(problem) : null,
    ].filter(Boolean));
  };
  let imp = started;
  show(imp);
  while (!IMPORT_DONE.includes(imp.state.id)) {
    await new Promise((res) => setTimeout(res, 1000));
    if (!following()) return;
    try {
      const list = await api.json('/api/v1/users/me/videos/imports?start=0&count=25');
      if (!following()) return;
      imp = list.data.find((i) => String(i.id) === id) || imp;
      show(imp);
    } catch (e) {
      if (!following()) return;
      show(imp, e);
      // Logged out or no longer allowed: asking again would not help. Anything else may pass (a dropped connection).
      if (e.status === 401 || e.status === 403) return;
    }
  }
}

/** PeerTube's resumable protocol: chunks with Content-Range; a dropped connection asks where to resume. */
async function resumableUpload(file, attrs, onProgress) {
  const init = await api.call('/api/v1/videos/upload-resumable', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Upload-Content-Length': String(file.size), 'X-Upload-Content-Type': file.type || 'application/octet-stream' },
    body: JSON.stringify(attrs),
  });
  if (init.status !== 201 && init.status !== 200) {
    throw new api.ApiError(init.status, await init.json().catch(() => null));
  }
  const location = new URL(init.headers.get('Location'), window.location.href);
  const url = location.pathname + location.search;
  const chunk = 1024 * 1024;
  let offset = 0;
  let failures = 0;
  while (true) {
    const end = Math.min(file.size, offset + chunk);
    let r;
    try {
      r = await api.call(url, {
        method: 'PUT',
        headers: { 'Content-Range': `bytes ${offset}-${end - 1}/${file.size}`, 'Content-Type': 'application/octet-stream' },
        body: file.slice(offset, end),
      });
    } catch (networkError) {
      if (++failures > 8) throw new Error(t('upload.dropping'));
      await new Promise((res) => setTimeout(res, 1000 * failures));
      offset = await resumeOffset(url, file.size);
      onProgress(offset);
      continue;
    }
    if (r.status === 308) {
      const range = r.headers.get('Range');
      offset = range ? Number(range.split('-')[1]) + 1 : 0;
      failures = 0;
      onProgress(offset);
    } else if (r.ok) {
      onProgress(file.size);
      return (await r.json()).video;
    } else {
      throw new api.ApiError(r.status, await r.json().catch(() => null));
    }
  }
}

async function resumeOffset(url, size) {
  const r = await api.call(url, { method: 'PUT', headers: { 'Content-Range': `bytes */${size}` } });
  const range = r.headers.get('Range');
  return range ? Number(range.split('-')[1]) + 1 : 0;
}

/** Follows the video until it is published, with its transcoding job's progress in the bar. */
async function waitPublished(uuid, status, bar) {
  for (;;) {
    const v = await api.json('/api/v1/videos/' + uuid);
    if (v.state.id === 1) return v;
    if (v.state.id === 7) throw new Error(t('upload.failed'));
    const job = await api.json('/api/v1/videos/' + uuid + '/jobs').then((j) => j.data[0]).catch(() => null);
    if (job && job.state === 'active') {
      bar.value = job.progress;
      status.textContent = t('upload.transcodingPercent', { percent: job.progress });
    } else if (job && job.state === 'waiting') {
      bar.removeAttribute('value');
      status.textContent = t('upload.waiting');
    } else {
      status.textContent = `${stateLabel(v.state)}…`;
    }
    await new Promise((res) => setTimeout(res, 1500));
  }
}

async function myVideos(params) {
  const me = await requireUser('/my-videos');
  if (!me) return;
  const list = h('div', { class: 'table-wrap' });
  // The caller's imports by URL, newest first; the section stays hidden when there are none.
  const importList = h('div', { class: 'table-wrap' });
  const imports = h('section', { id: 'imports-section', hidden: true }, h('h2', {}, t('imports.title')), importList);
  const renderImports = async () => {
    try {
      const got = await api.json('/api/v1/users/me/videos/imports?start=0&count=100');
      imports.hidden = !got.data.length;
      const url = (u) => (/^https?:\/\//i.test(u) ? h('a', { href: u, rel: 'noopener noreferrer nofollow' }, u) : u);
      importList.replaceChildren(...[h('table', { id: 'imports' },
        h('thead', {}, h('tr', {}, h('th', {}, t('imports.url')), h('th', {}, t('mine.state')), h('th', {}, t('imports.progress')),
          h('th', {}, t('imports.error')), h('th', {}, t('mine.video')), h('th', {}, t('imports.date')))),
        h('tbody', {}, got.data.map((i) => h('tr', { 'data-import': i.id },
          h('td', { class: 'import-url' }, url(i.targetUrl)),
          h('td', { class: 'import-state' }, importState(i.state)),
          h('td', { class: 'import-progress' }, i.progress >= 0 ? t('import.percent', { percent: Math.round(i.progress) }) : ''),
          h('td', { class: 'import-error' }, i.error || ''),
          h('td', { class: 'import-video' }, importVideoLink(i)),
          h('td', {}, h('time', { datetime: i.createdAt }, date(i.createdAt))))))),
        got.total > got.data.length ? h('p', { class: 'meta' }, t('imports.newest', { count: formatNumber(got.data.length), total: formatNumber(got.total) })) : null,
      ].filter(Boolean));
    } catch (e) {
      imports.hidden = false;
      importList.replaceChildren(errorBox(e));
    }
  };
  const render = async () => {
    try {
      const vids = await api.json('/api/v1/users/me/videos?count=100&sort=-publishedAt');
      if (!vids.data.length) {
        list.replaceChildren(h('p', {}, t('mine.none') + ' '), h('a', { href: '/upload' }, t('mine.uploadOne')));
        return;
      }
      list.replaceChildren(h('table', { id: 'my-videos' }, h('thead', {}, h('tr', {}, h('th', {}, t('mine.video')), h('th', {}, t('video.privacy')), h('th', {}, t('mine.state')), h('th', {}, t('mine.actions')))),
        h('tbody', {}, vids.data.map((v) => h('tr', { 'data-uuid': v.uuid },
          h('td', {}, h('a', { href: '/w/' + v.shortUUID }, v.name)), h('td', {}, t('privacy.' + v.privacy.id)), h('td', {}, stateLabel(v.state)),
          h('td', { class: 'row-actions' },
            h('button', { type: 'button', onclick: () => editVideo(v.uuid, render) }, t('mine.edit')),
            h('button', { type: 'button', onclick: async () => {
              if (confirm(t('mine.confirmDelete', { name: v.name }))) {
                await api.json('/api/v1/videos/' + v.uuid, { method: 'DELETE' });
                render();
                renderImports(); // an import's link to the deleted video goes
              }
            } }, t('mine.delete'))))))));
    } catch (e) {
      list.replaceChildren(errorBox(e));
    }
  };
  page(t('mine.title'), list, imports);
  await Promise.all([render(), renderImports()]);
}

async function editVideo(uuid, done) {
  const [v, offered] = await Promise.all([api.json('/api/v1/videos/' + uuid), offeredPrivacies(), plugins.loadScope('video-edit')]);
  const error = h('p', { class: 'error', role: 'alert' });
  // The video's own privacy stays choosable even when the instance no longer lists it.
  const ids = offered.includes(String(v.privacy.id)) ? offered : [...offered, String(v.privacy.id)];
  const privacy = h('select', { name: 'privacy', id: 'edit-privacy' }, ids
    .map((id) => new Option(t('privacy.' + id), id, false, Number(id) === v.privacy.id)));
  const form = h('form', { class: 'stack', method: 'dialog' },
    h('label', {}, t('video.title'), h('input', { name: 'name', value: v.name, required: true, minlength: 3, maxlength: 120 })),
    h('label', {}, t('edit.description'), h('textarea', { name: 'description', rows: 5 }, v.description || '')),
    h('label', {}, t('video.privacy'), privacy),
    videoPasswordField(privacy, 'edit-video-password', v.privacy.id !== PASSWORD_PROTECTED),
    h('label', {}, t('edit.support'), h('textarea', { name: 'support', rows: 3 }, v.support || '')),
    h('label', {}, t('edit.tags'), h('input', { name: 'tags', value: (v.tags || []).join(', ') })),
    h('div', { class: 'thumb-edit' },
      v.thumbnailPath ? h('img', { src: v.thumbnailPath, alt: t('edit.currentThumbnail'), width: 140, height: 79 }) : null,
      h('label', {}, t('edit.newThumbnail'),
        h('input', { type: 'file', name: 'thumbnailfile', id: 'edit-thumbnail', accept: 'image/png,image/jpeg,image/webp' }))),
    error,
    h('div', { class: 'row-actions' }, h('button', { class: 'primary', type: 'submit' }, t('common.save')),
      h('button', { type: 'button', onclick: () => dialog.close() }, t('common.cancel'))));
  const dialog = h('dialog', { 'aria-label': t('edit.label', { name: v.name }) }, form);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const fields = {
      // Empty texts are left out (PeerTube refuses texts under 3 characters): they stay as they were.
      name: data.get('name'), description: data.get('description') || undefined, support: data.get('support') || undefined,
      privacy: Number(data.get('privacy')),
      tags: String(data.get('tags')).split(',').map((t) => t.trim()).filter(Boolean),
    };
    // Sent only when given: a protected video keeps its passwords when the field is left empty.
    if (fields.privacy === PASSWORD_PROTECTED && data.get('videoPassword')) fields.videoPasswords = [data.get('videoPassword')];
    const image = data.get('thumbnailfile');
    try {
      if (image && image.size > 0) {
        // PeerTube's multipart form of the same update, with the image.
        const form = new FormData();
        form.append('name', fields.name);
        if (fields.description) form.append('description', fields.description);
        if (fields.support) form.append('support', fields.support);
        form.append('privacy', String(fields.privacy));
        fields.tags.forEach((t, i) => form.append(`tags[${i}]`, t));
        (fields.videoPasswords || []).forEach((p, i) => form.append(`videoPasswords[${i}]`, p));
        form.append('thumbnailfile', image);
        await api.json('/api/v1/videos/' + uuid, { method: 'PUT', body: form });
      } else {
        await api.send('/api/v1/videos/' + uuid, 'PUT', fields);
      }
      dialog.close();
      dialog.remove();
      done();
    } catch (e) {
      error.textContent = e.message;
    }
  });
  content.append(dialog);
  dialog.showModal();
  await plugins.run('action:video-edit.init', { form, video: v });
}

/** The logged-in administrator, or null once the page said why not. */
async function requireAdmin(next) {
  const me = await requireUser(next);
  if (!me) return null;
  if (me.role.id !== 0) {
    page(t('nav.admin'), h('p', { class: 'error' }, t('admin.only')));
    return null;
  }
  return me;
}

/** The administration's sections, as tabs on each of its pages. */
function adminTabs(current) {
  const tab = (key, href) => h('a', { href, id: 'admin-' + key + '-link', 'aria-current': key === current ? 'page' : null }, t('admin.' + key));
  return h('nav', { class: 'tabs', 'aria-label': t('nav.admin') }, tab('users', '/admin/users'), tab('plugins', '/admin/plugins'));
}

async function adminUsers() {
  if (!(await requireAdmin('/admin/users'))) return;
  try {
    const users = await api.json('/api/v1/users?count=100&sort=-createdAt');
    page(t('admin.users'), adminTabs('users'), h('div', { class: 'table-wrap' }, h('table', { id: 'users' },
      h('thead', {}, h('tr', {}, h('th', {}, t('admin.user')), h('th', {}, t('admin.email')), h('th', {}, t('admin.role')), h('th', {}, t('admin.quota')), h('th', {}, t('admin.blocked')))),
      h('tbody', {}, users.data.map((u) => h('tr', {}, h('td', {}, u.username), h('td', {}, u.email), h('td', {}, u.role.label),
        h('td', {}, u.videoQuota < 0 ? t('admin.unlimited') : `${formatNumber(Math.round(u.videoQuota / 1e6))} MB`), h('td', {}, u.blocked ? t('common.yes') : t('common.no'))))))));
  } catch (e) {
    page(t('admin.users'), adminTabs('users'), errorBox(e));
  }
}

/** A plugin's runtime state in this language. */
function pluginState(state) {
  switch (state) {
    case 'running': return t('plugins.running');
    case 'disabled': return t('plugins.disabled');
    case 'failed': return t('plugins.failed');
    case 'starting': return t('plugins.starting');
    default: return state || '';
  }
}

/** One input of a plugin's settings form, named by the setting, with its label and its description (as text). */
function pluginSettingField(setting, value) {
  const id = 'plugin-setting-' + setting.name.replace(/[^A-Za-z0-9_-]/g, '_');
  const description = setting.descriptionHTML ? h('small', { class: 'meta', id: id + '-help' }, setting.descriptionHTML) : null;
  const common = { name: setting.name, id, 'aria-describedby': description ? id + '-help' : null };
  let input;
  switch (setting.type) {
    case 'input-checkbox':
      input = h('input', { ...common, type: 'checkbox', checked: String(value) === 'true' });
      return h('div', { class: 'setting' }, h('label', { class: 'check' }, input, ' ', setting.label || setting.name), description);
    case 'input-textarea':
    case 'markdown-text':
      input = h('textarea', { ...common, rows: setting.type === 'markdown-text' ? 8 : 4 }, value ?? '');
      break;
    case 'select':
      input = h('select', common, (setting.options || []).map((o) => new Option(o.label, o.value, false, o.value === value)));
      break;
    case 'input-password':
      input = h('input', { ...common, type: 'password', autocomplete: 'new-password', value: value ?? '' });
      break;
    default:
      input = h('input', { ...common, type: 'text', value: value ?? '' });
  }
  return h('div', { class: 'setting' }, h('label', {}, setting.label || setting.name, input), description);
}

/**
 * Plugins, for administrators: the installed ones (enable, disable, update, uninstall, settings), installing
 * from a KAR on the server, an index name or a Maven coordinate, uploading a KAR, and the index's offer.
 */
async function adminPlugins() {
  if (!(await requireAdmin('/admin/plugins'))) return;
  const path = (p, action) => `/api/v1/plugins/${encodeURIComponent(p.npmName)}${action ? '/' + action : ''}`;
  const status = h('p', { id: 'plugins-status', role: 'status', 'aria-live': 'polite' });
  const installed = h('div', { class: 'table-wrap' });
  const offer = h('section', { id: 'plugins-available' });
  const report = (text, error = false) => {
    status.className = error ? 'error' : 'notice';
    status.textContent = text;
  };

  // One change at a time: the page's controls wait while it runs, then the lists show the result.
  const act = async (progress, work, done) => {
    const controls = [...content.querySelectorAll('button, input, select')].filter((c) => !c.disabled);
    controls.forEach((c) => { c.disabled = true; });
    report(progress);
    try {
      const result = await work();
      await Promise.all([renderInstalled(), renderAvailable()]);
      report(done(result));
      return true;
    } catch (e) {
      report(e.message, true);
      return false;
    } finally {
      controls.forEach((c) => { c.disabled = false; });
    }
  };
  const install = (body) => act(t('plugins.installing'), () => api.send('/api/v1/plugins/install', 'POST', body),
    (p) => t('plugins.installed', { name: p.name, version: p.version }));

  const uninstall = (p) => {
    const purge = h('input', { type: 'checkbox', id: 'plugin-purge', name: 'purge' });
    const close = () => {
      dialog.close();
      dialog.remove();
    };
    const dialog = h('dialog', { id: 'plugin-uninstall-dialog', 'aria-labelledby': 'plugin-uninstall-title' },
      h('h2', { id: 'plugin-uninstall-title' }, t('plugins.uninstallTitle', { name: p.name })),
      h('p', {}, t('plugins.uninstallExplain')),
      h('p', {}, h('label', { class: 'check' }, purge, ' ', t('plugins.purge'))),
      h('div', { class: 'row-actions' },
        h('button', { type: 'button', class: 'primary', id: 'plugin-uninstall-confirm', onclick: () => {
          const body = { npmName: p.npmName, purge: purge.checked };
          close();
          act(t('plugins.uninstalling', { name: p.name }), () => api.send('/api/v1/plugins/uninstall', 'POST', body),
            () => t('plugins.uninstalled', { name: p.name }));
        } }, t('plugins.uninstall')),
        h('button', { type: 'button', id: 'plugin-uninstall-cancel', onclick: close }, t('common.cancel'))));
    dialog.addEventListener('cancel', () => dialog.remove());
    content.append(dialog);
    dialog.showModal();
  };

  const openSettings = async (p) => {
    let declared;
    let values;
    try {
      [declared, values] = await Promise.all([api.json(path(p, 'registered-settings')), api.json(path(p, 'settings'))]);
    } catch (e) {
      report(e.message, true);
      return;
    }
    const settings = (declared && declared.registeredSettings) || [];
    values = values || {};
    const error = h('p', { class: 'error', role: 'alert', id: 'plugin-settings-error' });
    const close = () => {
      dialog.close();
      dialog.remove();
    };
    const form = h('form', { class: 'stack', id: 'plugin-settings-form' },
      settings.length ? settings.map((s) => pluginSettingField(s, values[s.name] ?? s.defaultValue))
        : h('p', { id: 'plugin-settings-none' }, p.enabled ? t('plugins.noSettings') : t('plugins.noSettingsDisabled')),
      error,
      h('div', { class: 'row-actions' },
        settings.length ? h('button', { class: 'primary', type: 'submit', id: 'plugin-settings-save' }, t('common.save')) : null,
        h('button', { type: 'button', id: 'plugin-settings-cancel', onclick: close }, settings.length ? t('common.cancel') : t('common.close'))));
    const dialog = h('dialog', { id: 'plugin-settings-dialog', 'aria-labelledby': 'plugin-settings-title' },
      h('h2', { id: 'plugin-settings-title' }, t('plugins.settingsOf', { name: p.name })), form);
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      error.textContent = '';
      const changed = {};
      for (const s of settings) {
        const input = form.elements.namedItem(s.name);
        if (!input) continue;
        if (s.type === 'input-checkbox') {
          changed[s.name] = input.checked;
        } else if (s.type !== 'input-password' || input.value !== (values[s.name] ?? '')) {
          // A secret is sent only when typed: one the server did not send back stays as it is.
          changed[s.name] = input.value;
        }
      }
      const save = form.querySelector('#plugin-settings-save');
      save.disabled = true;
      try {
        await api.send(path(p, 'settings'), 'PUT', { settings: changed });
        close();
        report(t('plugins.settingsSaved', { name: p.name }));
      } catch (e) {
        error.textContent = e.message;
      } finally {
        save.disabled = false;
      }
    });
    dialog.addEventListener('cancel', () => dialog.remove());
    content.append(dialog);
    dialog.showModal();
  };

  const renderInstalled = async () => {
    let list;
    try {
      list = await api.json('/api/v1/plugins?count=100');
    } catch (e) {
      installed.replaceChildren(errorBox(e));
      return;
    }
    const button = (cls, text, p, onclick) => h('button', { type: 'button', class: cls, onclick: () => onclick(p) }, text);
    const row = (p) => h('tr', { 'data-plugin': p.name },
      h('td', {}, h('strong', {}, p.name), p.description ? h('div', { class: 'meta' }, p.description) : null),
      h('td', {}, p.version,
        p.latestVersion && p.latestVersion !== p.version ? h('div', { class: 'meta' }, t('plugins.newer', { version: p.latestVersion })) : null),
      h('td', { class: 'plugin-state', 'data-state': p.state }, pluginState(p.state),
        p.state === 'failed' && p.error ? h('div', { class: 'error plugin-error' }, p.error) : null),
      h('td', {}, h('div', { class: 'row-actions' },
        p.enabled
          ? button('plugin-disable', t('plugins.disable'), p, () => act(t('plugins.working'), () => api.json(path(p, 'disable'), { method: 'POST' }),
            () => t('plugins.disabledName', { name: p.name })))
          : button('plugin-enable', t('plugins.enable'), p, () => act(t('plugins.working'), () => api.json(path(p, 'enable'), { method: 'POST' }),
            (r) => (r && r.state === 'failed' ? t('plugins.enabledFailed', { name: p.name }) : t('plugins.enabledName', { name: p.name })))),
        button('plugin-settings', t('plugins.settings'), p, openSettings),
        button('plugin-update', t('plugins.update'), p, () => act(t('plugins.updating', { name: p.name }),
          () => api.send('/api/v1/plugins/update', 'POST', { npmName: p.npmName }),
          (r) => t('plugins.updated', { name: p.name, version: r.version }))),
        button('plugin-uninstall', t('plugins.uninstall'), p, uninstall))));
    installed.replaceChildren(h('table', { id: 'plugins' },
      h('thead', {}, h('tr', {}, h('th', {}, t('plugins.name')), h('th', {}, t('plugins.version')), h('th', {}, t('plugins.state')),
        h('th', {}, t('mine.actions')))),
      h('tbody', {}, list.data.length ? list.data.map(row) : h('tr', {}, h('td', { colspan: 4, id: 'plugins-none' }, t('plugins.none'))))));
  };

  const renderAvailable = async () => {
    let list;
    try {
      list = await api.json('/api/v1/plugins/available?count=100');
    } catch (e) {
      offer.replaceChildren(h('h2', {}, t('plugins.available')), h('p', { class: 'error', id: 'plugins-available-error' }, e.message));
      return;
    }
    if (!list || !list.data || !list.data.length) {
      offer.replaceChildren();
      return;
    }
    offer.replaceChildren(h('h2', {}, t('plugins.available')), h('div', { class: 'table-wrap' }, h('table', { id: 'plugins-available-list' },
      h('thead', {}, h('tr', {}, h('th', {}, t('plugins.name')), h('th', {}, t('plugins.version')), h('th', {}, t('mine.actions')))),
      h('tbody', {}, list.data.map((e) => h('tr', { 'data-available-plugin': e.name },
        h('td', {}, /^https?:\/\//.test(e.homepage || '')
          ? h('a', { href: e.homepage, rel: 'noopener noreferrer', target: '_blank' }, h('strong', {}, e.name)) : h('strong', {}, e.name),
        e.description ? h('div', { class: 'meta' }, e.description) : null),
        h('td', {}, e.latestVersion || ''),
        h('td', {}, e.installed ? t('plugins.isInstalled')
          : h('button', { type: 'button', class: 'plugin-install-available', onclick: () => install({ npmName: e.npmName }) }, t('plugins.install')))))))));
  };

  const source = h('input', { id: 'plugin-source', name: 'source', required: true, autocomplete: 'off', spellcheck: 'false',
    placeholder: t('plugins.sourceExample'), 'aria-describedby': 'plugin-source-help' });
  const installForm = h('form', { class: 'stack', id: 'plugin-install-form' },
    h('label', {}, t('plugins.source'), source),
    h('small', { class: 'meta', id: 'plugin-source-help' }, t('plugins.sourceHelp')),
    h('div', {}, h('button', { class: 'primary', type: 'submit', id: 'plugin-install' }, t('plugins.install'))));
  installForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const value = source.value.trim();
    if (!value) return;
    // A path on the server, a name in the plugin index, or a Maven coordinate (g:a:v or mvn:g/a/v).
    const body = value.startsWith('/') ? { path: value } : value.startsWith('bobine-plugin-') ? { npmName: value } : { mavenCoordinate: value };
    if (await install(body)) source.value = '';
  });
  const file = h('input', { type: 'file', id: 'plugin-file', name: 'pluginfile', accept: '.kar' });
  file.addEventListener('change', async () => {
    const kar = file.files[0];
    if (!kar) return;
    const body = new FormData();
    body.append('pluginfile', kar);
    await act(t('plugins.installing'), () => api.json('/api/v1/plugins/upload', { method: 'POST', body }),
      (p) => t('plugins.installed', { name: p.name, version: p.version }));
    file.value = '';
  });

  page(t('admin.plugins'), adminTabs('plugins'), status, installed,
    h('h2', {}, t('plugins.installTitle')), installForm,
    h('form', { class: 'stack', id: 'plugin-upload-form', onsubmit: (ev) => ev.preventDefault() },
      h('label', {}, t('plugins.upload'), file)),
    offer);
  await Promise.all([renderInstalled(), renderAvailable()]);
}

/** Who runs the instance and by which rules, as its administrators wrote them (PeerTube's about page). */
async function aboutPage() {
  let about;
  try {
    about = (await api.json('/api/v1/config/about')).instance;
  } catch (e) {
    page(t('about.title'), errorBox(e));
    return;
  }
  const section = (key, text) => (text ? h('section', { class: 'about-' + key }, h('h2', {}, t('about.' + key)), markdown(text)) : null);
  const names = (codes) => codes.map((c) => new Intl.DisplayNames([lang], { type: 'language' }).of(c) || c).join(', ');
  page(t('about.titleOf', { name: about.name }),
    about.shortDescription ? h('p', { class: 'lead', id: 'about-short' }, about.shortDescription) : null,
    section('description', about.description),
    section('administrator', about.administrator),
    section('terms', about.terms),
    section('codeOfConduct', about.codeOfConduct),
    section('moderationInformation', about.moderationInformation),
    section('creationReason', about.creationReason),
    section('maintenanceLifetime', about.maintenanceLifetime),
    section('businessModel', about.businessModel),
    section('hardwareInformation', about.hardwareInformation),
    about.languages && about.languages.length ? h('p', {}, t('about.languages', { list: names(about.languages) })) : null,
    about.categories && about.categories.length
      ? h('p', { id: 'about-categories' }, t('about.categories', { list: about.categories.map((c) => t('category.' + c)).join(', ') })) : null,
    h('p', {}, signupOpen ? t('about.signupOpen') : t('about.signupClosed')));
}

// Router

async function route() {
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  document.body.classList.toggle('embed', path.startsWith('/videos/embed/'));
  document.querySelectorAll('nav a').forEach((a) => {
    if (a.getAttribute('href') === path) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  shownLists.length = 0;
  let m;
  if (path === '/' || path === '') await home(params);
  else if ((m = /^\/(?:w|videos\/watch)\/([^/]+)$/.exec(path))) await watch(decodeURIComponent(m[1]), params, false);
  else if ((m = /^\/videos\/embed\/([^/]+)$/.exec(path))) await watch(decodeURIComponent(m[1]), params, true);
  else if ((m = /^\/([ca])\/([^/]+)/.exec(path))) await actorPage(m[1], decodeURIComponent(m[2]), params);
  else if (path === '/search') await search(params);
  else if (path === '/login') loginPage(params);
  else if (path === '/upload' || path === '/videos/upload') await uploadPage();
  else if (path === '/my-videos') await myVideos(params);
  else if (path === '/admin' || path === '/admin/users') await adminUsers();
  else if (path === '/admin/plugins') await adminPlugins();
  else if (path === '/about') await aboutPage();
  else if (path === '/privacy') privacyPage();
  else page(t('notFound.title'), h('p', {}, t('notFound.text') + ' '), h('a', { href: '/' }, t('notFound.back')));
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
}

document.addEventListener('click', (ev) => {
  const a = ev.target.closest('a');
  if (!a || a.target || a.hasAttribute('download') || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/static/')
    || url.pathname.startsWith('/download/') || url.pathname.startsWith('/lazy-static/')) return;
  ev.preventDefault();
  navigate(url.pathname + url.search);
});
window.addEventListener('popstate', route);
document.getElementById('logout').addEventListener('click', async () => {
  await api.logout();
  await updateNav();
  navigate('/');
});

(async () => {
  await loadTexts();
  const switcher = document.getElementById('lang-switch');
  for (const [code, name] of Object.entries(languages)) switcher.append(new Option(name, code, code === lang, code === lang));
  switcher.addEventListener('change', () => choose(switcher.value));
  let config = null;
  try {
    config = await api.json('/api/v1/config');
    instanceName = config.instance.name;
    anonymousNsfwPolicy = config.instance.defaultNSFWPolicy || anonymousNsfwPolicy;
    p2pWebapp = config.defaults.p2p.webapp.enabled !== false;
    p2pEmbed = config.defaults.p2p.embed.enabled !== false;
    signupOpen = !!(config.signup && config.signup.allowed);
    importEnabled = !!(config.import && config.import.videos && config.import.videos.http && config.import.videos.http.enabled);
    document.getElementById('instance-name').textContent = instanceName;
  } catch (e) {
    // the pages still work with the defaults
  }
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
export { navigate, updateNav };
