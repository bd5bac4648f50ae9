// My notifications (/my-account/notifications), as PeerTube's page has them: the list, newest first, with
// "unread only", each marked read when opened or with its button, "Mark all as read", and the settings form
// (for each kind: in the page, by e-mail). New notifications arrive live (the header's stream tells the page).
import * as api from '../api.js';
import { h, page, errorBox } from '../dom.js';
import { requireUser } from '../session.js';
import { t, formatDate } from '../i18n.js';

const PER_PAGE = 20;

/** The kinds this instance sends, by PeerTube's setting name, in the form's order, with their labels. */
const SETTINGS = {
  newVideoFromSubscription: () => t('notifications.setting.newVideoFromSubscription'),
  newCommentOnMyVideo: () => t('notifications.setting.newCommentOnMyVideo'),
  commentMention: () => t('notifications.setting.commentMention'),
  newFollow: () => t('notifications.setting.newFollow'),
  myVideoPublished: () => t('notifications.setting.myVideoPublished'),
  myVideoImportFinished: () => t('notifications.setting.myVideoImportFinished'),
};

/** @return a notification's sentence as nodes, and the address it leads to */
function describe(n) {
  const strong = (text) => h('strong', {}, text || '');
  const watch = (v) => (v ? '/w/' + (v.shortUUID || v.uuid) : null);
  const parts = (key, values) => {
    // The text with its {placeholders} as <strong> nodes (names come from users: never as HTML).
    const out = [];
    const text = t(key);
    let last = 0;
    for (const m of text.matchAll(/\{(\w+)\}/g)) {
      out.push(text.slice(last, m.index), strong(values[m[1]]));
      last = m.index + m[0].length;
    }
    out.push(text.slice(last));
    return out;
  };
  const c = n.comment;
  switch (n.type) {
    case 1: return [parts('notifications.newVideo', { channel: n.video.channel?.displayName, video: n.video.name }), watch(n.video)];
    case 2: return [parts(c.heldForReview ? 'notifications.commentHeld' : 'notifications.comment',
      { actor: c.account.displayName, video: c.video.name }), c.heldForReview ? '/my-videos' : watch(c.video)];
    case 6: return [parts('notifications.published', { video: n.video.name }), watch(n.video)];
    case 7: return [parts('notifications.imported', { video: n.videoImport.video?.name, url: n.videoImport.targetUrl }),
      watch(n.videoImport.video)];
    case 8: return [parts('notifications.importFailed', { url: n.videoImport.targetUrl }), '/my-videos'];
    case 10: return [parts('notifications.follow', { actor: n.actorFollow.follower.displayName,
      channel: n.actorFollow.following.displayName }), '/a/' + n.actorFollow.follower.name];
    case 11: return [parts('notifications.mention', { actor: c.account.displayName, video: c.video.name }), watch(c.video)];
    default: return [[t('notifications.other')], null];
  }
}

async function markRead(ids) {
  await api.send('/api/v1/users/me/notifications/read', 'POST', { ids });
}

function item(n, refresh) {
  const [sentence, href] = describe(n);
  const read = async () => {
    if (!n.read) await markRead([n.id]).catch(() => {});
  };
  const text = href ? h('a', { href, onclick: read }, sentence) : h('span', {}, sentence);
  const button = n.read ? null : h('button', { type: 'button', class: 'mark-read', onclick: async () => {
    await read();
    refresh();
  } }, t('notifications.markRead'));
  return h('li', { class: 'notification' + (n.read ? '' : ' unread'), 'data-notification': n.id, 'data-type': n.type },
    text, ' ', h('span', { class: 'meta' }, formatDate(n.createdAt)), ' ', button);
}

function settingsForm(me) {
  const values = { ...(me.notificationSettings || {}) };
  const status = h('p', { class: 'meta', id: 'notification-settings-status', role: 'status' });
  const rows = Object.entries(SETTINGS).map(([name, label]) => {
    const box = (bit, label) => h('label', {}, h('input', { type: 'checkbox', name: name + '.' + bit, checked: (values[name] & bit) !== 0,
      onchange: (ev) => { values[name] = ev.target.checked ? (values[name] | bit) : (values[name] & ~bit); } }), ' ', label);
    return h('tr', {}, h('th', { scope: 'row' }, label()), h('td', {}, box(1, t('notifications.web'))),
      h('td', {}, box(2, t('notifications.email'))));
  });
  const form = h('form', { id: 'notification-settings' },
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, t('notifications.kind')), h('th', {}, t('notifications.web')),
      h('th', {}, t('notifications.email')))), h('tbody', {}, rows)),
    h('button', { type: 'submit', id: 'notification-settings-save' }, t('notifications.save')), status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const body = {};
      for (const name of Object.keys(SETTINGS)) body[name] = values[name] ?? 0;
      await api.send('/api/v1/users/me/notification-settings', 'PUT', body);
      status.textContent = t('notifications.saved');
    } catch (e) {
      status.replaceChildren(errorBox(e));
    }
  });
  return h('section', {}, h('h2', {}, t('notifications.settings')), h('p', { class: 'meta' }, t('notifications.settingsExplain')), form);
}

export async function notificationsPage(params) {
  const title = t('notifications.title');
  const me = await requireUser(location.pathname + location.search);
  if (!me) return;
  const start = Number(params.get('start') || 0);
  const unread = params.get('unread') === 'true';
  const list = h('ul', { class: 'notifications', id: 'notifications' });
  const summary = h('p', { class: 'meta', id: 'notifications-summary', 'aria-live': 'polite' });
  const more = h('p', {});
  const refresh = async () => {
    try {
      const r = await api.json(`/api/v1/users/me/notifications?start=${start}&count=${PER_PAGE}&sort=-createdAt${unread ? '&unread=true' : ''}`);
      list.replaceChildren(...r.data.map((n) => item(n, refresh)));
      summary.textContent = r.total ? t('notifications.count', { count: r.total }) : t(unread ? 'notifications.noneUnread' : 'notifications.none');
      more.replaceChildren(start + PER_PAGE < r.total
        ? h('a', { class: 'button', href: `/my-account/notifications?start=${start + PER_PAGE}${unread ? '&unread=true' : ''}` }, t('list.older'))
        : '');
    } catch (e) {
      list.replaceChildren(errorBox(e));
    }
  };
  const readAll = h('button', { type: 'button', id: 'notifications-read-all', onclick: async () => {
    await api.json('/api/v1/users/me/notifications/read-all', { method: 'POST' }).catch(() => {});
    refresh();
  } }, t('notifications.readAll'));
  const filter = h('a', { id: 'notifications-filter', href: unread ? '/my-account/notifications' : '/my-account/notifications?unread=true' },
    t(unread ? 'notifications.showAll' : 'notifications.showUnread'));
  page(title, h('p', {}, readAll, ' ', filter), summary, list, more, settingsForm(me));
  await refresh();
  // Live: the header's stream tells of new notifications while the page is open.
  const onNew = () => { if (list.isConnected) refresh(); else window.removeEventListener('bobine:notification', onNew); };
  window.addEventListener('bobine:notification', onNew);
}
