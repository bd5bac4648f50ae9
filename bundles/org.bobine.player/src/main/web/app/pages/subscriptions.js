// The viewer's subscriptions: the feed of their channels' videos (/videos/subscriptions) and the list of the
// channels they follow (/my-library/subscriptions), as PeerTube has them.
import * as api from '../api.js';
import { h, page, errorBox } from '../dom.js';
import { subscribeButton, videoList } from '../components.js';
import { t } from '../i18n.js';

/** @return whether a user is logged in; otherwise the page asks them to */
async function loggedIn(title) {
  if (await api.currentUser()) return true;
  page(title, h('p', {}, t('subscriptions.login') + ' '),
    h('a', { class: 'button', href: '/login?next=' + encodeURIComponent(location.pathname) }, t('nav.login')));
  return false;
}

export async function feed(params) {
  const title = t('subscriptions.feed');
  if (!(await loggedIn(title))) return;
  page(title, h('p', { class: 'meta', id: 'list-explain' }, t('subscriptions.feedExplain')),
    h('p', {}, h('a', { href: '/my-library/subscriptions', id: 'my-subscriptions-link' }, t('subscriptions.mine'))),
    await videoList('/api/v1/users/me/subscriptions/videos?sort=-publishedAt', params, t('subscriptions.feedEmpty')));
}

export async function mine(params) {
  const title = t('subscriptions.mine');
  if (!(await loggedIn(title))) return;
  const start = Number(params.get('start') || 0);
  const perPage = 50;
  try {
    const list = await api.json(`/api/v1/users/me/subscriptions?start=${start}&count=${perPage}&sort=-createdAt`);
    if (!list.data.length) {
      page(title, h('p', {}, t('subscriptions.none')));
      return;
    }
    const rows = [];
    for (const c of list.data) {
      rows.push(h('li', { class: 'subscription' }, h('a', { href: '/c/' + c.name }, c.displayName),
        ' ', h('span', { class: 'meta' }, `@${c.name}@${c.host}`), ' ', await subscribeButton(c)));
    }
    const more = start + perPage < list.total
      ? h('a', { class: 'button', href: `/my-library/subscriptions?start=${start + perPage}` }, t('list.older')) : null;
    page(title, h('p', { class: 'meta' }, t('subscriptions.count', { count: list.total })),
      h('ul', { class: 'subscriptions', id: 'subscriptions' }, rows), more);
  } catch (e) {
    page(title, errorBox(e));
  }
}
