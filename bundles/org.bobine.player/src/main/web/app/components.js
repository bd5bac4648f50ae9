// Parts that several pages show: video cards and paged grids, the support button, the subscribe button, the
// privacy choice with a video's password, the link to an imported video, the administration's tabs.
import * as api from './api.js';
import { h, markdown, errorBox } from './dom.js';
import { duration } from './format.js';
import { t, formatDate, formatNumber } from './i18n.js';
import { anonymousNsfwPolicy, feedsEnabled } from './instance.js';

/** A "Support" button that shows the creator's support text (Markdown, sanitised), as PeerTube does. */
export function supportButton(text, id) {
  if (!text) return null;
  const dialog = h('dialog', { id: id + '-dialog', 'aria-labelledby': id + '-title' },
    h('h2', { id: id + '-title' }, t('support.title')), markdown(text),
    h('button', { type: 'button', onclick: () => dialog.close() }, t('common.close')));
  const button = h('button', { type: 'button', id, onclick: () => dialog.showModal() }, t('support.button'));
  return h('span', {}, button, dialog);
}

/**
 * Subscribe / Unsubscribe for a channel, with its followers count. A logged-out viewer is sent to log in
 * and back; the channel's owner sees the count only.
 */
export async function subscribeButton(channel) {
  const handle = channel.name + '@' + channel.host;
  let count = channel.followersCount ?? 0;
  let subscribed = false;
  const me = await api.currentUser();
  const counter = h('span', { class: 'meta', id: 'followers-count', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', id: 'subscribe' });
  const render = () => {
    counter.textContent = t('actor.followers', { count: formatNumber(count) });
    button.textContent = t(subscribed ? 'subscribe.unsubscribe' : 'subscribe.subscribe');
    button.className = subscribed ? '' : 'primary';
    button.setAttribute('aria-pressed', String(subscribed));
  };
  const owner = channel.ownerAccount && me && me.account && channel.ownerAccount.name === me.account.name;
  if (owner) {
    render();
    return h('span', { class: 'subscribe' }, counter);
  }
  if (me) {
    try {
      subscribed = !!(await api.json('/api/v1/users/me/subscriptions/exist?uris=' + encodeURIComponent(handle)))[handle];
    } catch (e) {
      return h('span', { class: 'subscribe' }, counter, errorBox(e));
    }
  }
  button.addEventListener('click', async () => {
    if (!me) {
      location.assign('/login?next=' + encodeURIComponent(location.pathname + location.search));
      return;
    }
    button.disabled = true;
    try {
      if (subscribed) await api.send('/api/v1/users/me/subscriptions/' + encodeURIComponent(handle), 'DELETE');
      else await api.send('/api/v1/users/me/subscriptions', 'POST', { uri: handle });
      subscribed = !subscribed;
      count = Math.max(0, count + (subscribed ? 1 : -1));
      render();
    } catch (e) {
      counter.textContent = e.message;
    } finally {
      button.disabled = false;
    }
  });
  render();
  return h('span', { class: 'subscribe' }, button, ' ', counter);
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

/** How far the logged-in viewer watched (their history), as PeerTube shows it under the thumbnail. */
function watchedBar(v) {
  if (!v.userHistory || !v.duration) return null;
  const ratio = Math.min(1, Math.max(0.02, v.userHistory.currentTime / v.duration));
  return h('span', { class: 'watched-bar', title: t('history.watched') }, h('span', { style: 'width:' + Math.round(ratio * 100) + '%' }));
}

export function videoCard(v, blur) {
  const link = '/w/' + v.shortUUID;
  const thumb = h('a', {
    class: 'thumb' + (v.nsfw && blur ? ' nsfw' : ''), href: link, tabindex: '-1', 'aria-hidden': 'true', 'data-nsfw': v.nsfw ? 'true' : null,
  },
    v.thumbnailPath ? h('img', { src: v.thumbnailPath, alt: '', loading: 'lazy' }) : null,
    h('span', { class: 'duration' }, duration(v.duration)),
    watchedBar(v));
  return h('article', { class: 'video-card' + (v.userHistory ? ' watched' : '') }, thumb,
    h('a', { class: 'title', href: link }, v.name, v.userHistory ? h('span', { class: 'visually-hidden' }, ' (' + t('history.watched') + ')') : null),
    h('div', { class: 'meta' },
      v.channel ? h('a', { href: '/c/' + v.channel.name }, v.channel.displayName) : null,
      ' · ', h('time', { datetime: v.publishedAt }, formatDate(v.publishedAt)), ' · ', t('video.views', { count: formatNumber(v.views) })));
}

/** Video grids built for the page being shown, for the action:video-list.loaded hooks. */
export const shownLists = [];

export async function videoList(path, params, emptyText) {
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

/** PeerTube's privacy id of a password-protected video. */
export const PASSWORD_PROTECTED = 5;

let privacies = null;

/** The privacies this instance offers, as ids the pages have a text for ("5", password protected, only when listed). */
export function offeredPrivacies() {
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
export function videoPasswordField(select, id, required) {
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

/** The link to an import's video once it succeeded (the video may have been deleted since: then none). */
export function importVideoLink(imp, attrs = {}) {
  return imp.state.id === 2 && imp.video ? h('a', { href: '/w/' + imp.video.shortUUID, ...attrs }, imp.video.name) : null;
}

/** The administration's sections, as tabs on each of its pages. */
export function adminTabs(current) {
  const tab = (key, href) => h('a', { href, id: 'admin-' + key + '-link', 'aria-current': key === current ? 'page' : null }, t('admin.' + key));
  return h('nav', { class: 'tabs', 'aria-label': t('nav.admin') }, tab('users', '/admin/users'), tab('plugins', '/admin/plugins'));
}

/**
 * The feeds of a list (PeerTube's RSS button): RSS, Atom and JSON of /feeds/videos with the list's query, and
 * a channel's podcast. Nothing while feeds are off.
 * @param {string} query the feed's query string without '?', e.g. "videoChannelId=3", or ""
 * @param {number|null} podcastChannelId a channel's id for its podcast, or null
 */
export function feedLinks(query, podcastChannelId = null) {
  if (!feedsEnabled) return null;
  const q = query ? '?' + query : '';
  const link = (id, href, text) => h('li', {}, h('a', { id, href, rel: 'alternate' }, text));
  return h('details', { class: 'feeds', id: 'feeds' },
    h('summary', { title: t('feeds.explain') }, t('feeds.title')),
    h('ul', {},
      link('feed-rss', '/feeds/videos.xml' + q, t('feeds.rss')),
      link('feed-atom', '/feeds/videos.atom' + q, t('feeds.atom')),
      link('feed-json', '/feeds/videos.json' + q, t('feeds.json')),
      podcastChannelId != null ? link('feed-podcast', '/feeds/podcast/videos.xml?videoChannelId=' + podcastChannelId, t('feeds.podcast')) : null));
}
