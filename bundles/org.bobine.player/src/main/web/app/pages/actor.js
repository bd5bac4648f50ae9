// A channel's page (/c/name) and an account's page (/a/name): who it is, subscribing, and its videos.
import * as api from '../api.js';
import { h, page, errorBox, markdown } from '../dom.js';
import { feedLinks, subscribeButton, supportButton, videoList } from '../components.js';
import { t, formatNumber } from '../i18n.js';

/** @param {string} kind "c" for a channel, "a" for an account */
export async function actorPage(kind, name, params) {
  const base = kind === 'c' ? '/api/v1/video-channels/' : '/api/v1/accounts/';
  try {
    const actor = await api.json(base + encodeURIComponent(name));
    page(actor.displayName, h('p', { class: 'meta' }, `@${actor.name}@${actor.host}` + (kind === 'c' ? ''
      : ' · ' + t('actor.followers', { count: formatNumber(actor.followersCount ?? 0) }))),
      kind === 'c' ? h('div', { class: 'row-actions' }, await subscribeButton(actor), supportButton(actor.support, 'support')) : null,
      feedLinks((kind === 'c' ? 'videoChannelId=' : 'accountId=') + actor.id, kind === 'c' ? actor.id : null),
      markdown(actor.description),
      await videoList(base + encodeURIComponent(name) + '/videos?sort=-publishedAt', params, t('list.empty')));
  } catch (e) {
    page(t('common.notFound'), errorBox(e));
  }
}
