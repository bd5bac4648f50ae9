// The home page's lists of videos, and the search results.
import { h, page } from '../dom.js';
import { feedLinks, videoList } from '../components.js';
import { t } from '../i18n.js';
import { trendingDays } from '../instance.js';

/** The home page's lists, each with how it is ordered: nothing is chosen for a viewer by an opaque rule. */
const LISTS = {
  recent: { api: '/api/v1/videos?sort=-publishedAt', feed: '' },
  local: { api: '/api/v1/videos?sort=-publishedAt&isLocal=true', feed: 'isLocal=true' },
  trending: { api: '/api/v1/videos?sort=-trending', feed: 'sort=-trending' },
  liked: { api: '/api/v1/videos?sort=-likes', feed: 'sort=-likes' },
};

export async function home(params) {
  const which = LISTS[params.get('list')] ? params.get('list') : 'recent';
  const tabs = h('nav', { class: 'tabs', 'aria-label': t('home.lists') }, Object.keys(LISTS).map((key) => h('a', {
    href: key === 'recent' ? '/' : '/?list=' + key, 'aria-current': key === which ? 'page' : null, id: 'list-' + key,
  }, t('home.' + key))));
  page(t('home.' + which), tabs,
    h('p', { class: 'meta', id: 'list-explain' }, t('home.' + which + 'Explain', { days: trendingDays })),
    feedLinks(LISTS[which].feed),
    await videoList(LISTS[which].api, params, t('list.empty')));
}

export async function search(params) {
  const q = params.get('search') || '';
  document.getElementById('search-input').value = q;
  page(q ? t('search.titleFor', { q }) : t('search.title'), q
    ? await videoList('/api/v1/search/videos?search=' + encodeURIComponent(q), params, t('search.none'))
    : h('p', {}, t('search.hint')));
}
