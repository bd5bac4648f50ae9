// The watch page (/w/id, /videos/watch/id) and the embed page (/videos/embed/id): the player, sharing,
// support, P2P and the download; the password prompt of a password-protected video.
import * as api from '../api.js';
import * as p2p from '../p2p.js';
import * as plugins from '../plugins.js';
import { h, page, errorBox, markdown, content } from '../dom.js';
import { subscribeButton, supportButton, PASSWORD_PROTECTED } from '../components.js';
import { stateLabel } from '../format.js';
import { t, formatDate, formatNumber } from '../i18n.js';
import { instanceName, anonymousNsfwPolicy, p2pWebapp, p2pEmbed } from '../instance.js';
import { createPlayer, formatTime, parseTime } from '../player.js';
import { commentSection } from './comments.js';
import { saveButton } from './playlists.js';

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

/** PeerTube's NSFW policy of this viewer: their own when logged in, else the instance's default. */
async function viewerNsfwPolicy() {
  const me = await api.currentUser();
  return me ? me.nsfwPolicy : anonymousNsfwPolicy;
}

export async function watch(id, params, embed) {
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

/**
 * Where a logged-in viewer stopped last time (their history, PeerTube's userHistory), unless they had
 * watched it to the end or barely begun: the page starts there, as PeerTube's does.
 */
function resumeAt(v) {
  const at = v.userHistory && v.userHistory.currentTime;
  if (!at || at < 5 || (v.duration && at >= v.duration - 5)) return null;
  return at;
}

async function showVideo(v, params, embed) {
  document.title = v.name + ' - ' + instanceName;
  const start = parseTime(params.get('start') ?? params.get('t')) ?? resumeAt(v);
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
    // As PeerTube's player does, report the position when playback starts, every 5 s while it plays and
    // after a seek: the instance counts a view once enough was watched (see the privacy page).
    const report = (viewEvent) => {
      const body = { currentTime: Math.floor(player.video.currentTime) };
      if (viewEvent) body.viewEvent = viewEvent;
      api.send('/api/v1/videos/' + encodeURIComponent(v.uuid) + '/views', 'POST', body).catch(() => {});
    };
    player.video.addEventListener('playing', () => report(), { once: true });
    player.video.addEventListener('seeked', () => report('seek'));
    player.video.addEventListener('pause', () => report());
    player.video.addEventListener('ended', () => report());
    const every = setInterval(() => {
      if (!player.video.isConnected) clearInterval(every);
      else if (!player.video.paused && !player.video.ended) report();
    }, 5000);
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
    await ratingButtons(v),
    h('button', { type: 'button', id: 'share', onclick: openShare }, t('share.title')),
    saveButton(v),
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
  let p2pUpdates = null;
  if (engine) {
    // What P2P did for this viewer, as PeerTube's player shows it: peers and where the bytes came from.
    const line = p2pLine = h('p', { class: 'meta', id: 'p2p-status', 'aria-live': 'off' });
    const mb = (b) => formatNumber(Math.round(b / 1e5) / 10) + ' MB';
    const update = () => {
      if (!line.isConnected) return;
      line.textContent = t('p2p.status', { peers: p2p.stats.peers.size, fromPeers: mb(p2p.stats.p2p), fromHttp: mb(p2p.stats.http) });
      setTimeout(update, 2000);
    };
    // Started once the line is on the page (it stops when the line leaves it).
    p2pUpdates = () => setTimeout(update, 0);
  }
  let channelLine = null;
  if (v.channel) {
    try {
      const channel = await api.json('/api/v1/video-channels/' + encodeURIComponent(v.channel.name + '@' + v.channel.host));
      channelLine = h('div', { class: 'row-actions channel-line' }, h('a', { href: '/c/' + v.channel.name }, v.channel.displayName),
        await subscribeButton(channel));
    } catch (e) {
      channelLine = null;
    }
  }
  section.append(
    h('h1', {}, v.name),
    h('p', { class: 'meta' },
      v.channel ? h('a', { href: '/c/' + v.channel.name }, v.channel.displayName) : null, ' · ',
      h('time', { datetime: v.publishedAt }, formatDate(v.publishedAt)), ' · ', t('video.views', { count: formatNumber(v.views) }),
      v.state && v.state.id !== 1 ? ` · ${stateLabel(v.state)}` : ''),
    channelLine, actions, p2pLine, shareDialog, markdown(v.description),
    v.tags && v.tags.length ? h('ul', { class: 'tags', 'aria-label': t('watch.tags') },
      v.tags.map((t) => h('li', {}, h('a', { href: '/search?search=' + encodeURIComponent(t) }, '#' + t)))) : null);
  if (p2pUpdates) p2pUpdates();
  section.append(await commentSection(v));
  if (!cover) await loaded();
}

/**
 * Like and Dislike, with their counts and the viewer's own rating (PeerTube's rate route); a logged-out
 * viewer is sent to log in and back.
 */
async function ratingButtons(v) {
  const me = await api.currentUser();
  let rating = 'none';
  const counts = { like: v.likes ?? 0, dislike: v.dislikes ?? 0 };
  if (me) {
    try {
      rating = (await api.json('/api/v1/users/me/videos/' + encodeURIComponent(v.uuid) + '/rating')).rating;
    } catch (e) {
      rating = 'none';
    }
  }
  const buttons = {};
  const render = () => {
    for (const kind of ['like', 'dislike']) {
      buttons[kind].textContent = t('rate.' + kind, { count: formatNumber(counts[kind]) });
      buttons[kind].setAttribute('aria-pressed', String(rating === kind));
    }
  };
  const choose = async (kind) => {
    if (!me) {
      location.assign('/login?next=' + encodeURIComponent(location.pathname + location.search));
      return;
    }
    const next = rating === kind ? 'none' : kind;
    Object.values(buttons).forEach((b) => { b.disabled = true; });
    try {
      await api.send('/api/v1/videos/' + encodeURIComponent(v.uuid) + '/rate', 'PUT', { rating: next });
      if (rating !== 'none') counts[rating] = Math.max(0, counts[rating] - 1);
      if (next !== 'none') counts[next] += 1;
      rating = next;
      render();
    } finally {
      Object.values(buttons).forEach((b) => { b.disabled = false; });
    }
  };
  for (const kind of ['like', 'dislike']) {
    buttons[kind] = h('button', { type: 'button', id: kind, class: 'rate', onclick: () => choose(kind) });
  }
  render();
  return h('span', { class: 'rating', role: 'group', 'aria-label': t('rate.label') }, buttons.like, buttons.dislike);
}
