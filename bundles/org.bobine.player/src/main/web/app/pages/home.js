// The home page's lists of videos, and the search results.
import { json } from '../api.js';
import { h, page, errorBox } from '../dom.js';
import { feedLinks, videoList } from '../components.js';
import { t, formatNumber } from '../i18n.js';
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

/** What the search looks in, as PeerTube's search page has them. */
const SEARCHES = ['videos', 'channels', 'playlists'];

export async function search(params) {
  const q = params.get('search') || '';
  const type = SEARCHES.includes(params.get('type')) ? params.get('type') : 'videos';
  document.getElementById('search-input').value = q;
  const tabs = h('nav', { class: 'tabs', 'aria-label': t('search.kinds') }, SEARCHES.map((key) => h('a', {
    href: '/search?' + new URLSearchParams({ search: q, ...(key === 'videos' ? {} : { type: key }) }),
    'aria-current': key === type ? 'page' : null, id: 'search-' + key,
  }, t('search.' + key))));
  if (!q) {
    page(t('search.title'), tabs, h('p', {}, t('search.hint')));
    return;
  }
  let results;
  if (type === 'videos') {
    results = await videoList('/api/v1/search/videos?search=' + encodeURIComponent(q), params, t('search.none'));
  } else {
    results = h('section', { id: 'search-results' });
    try {
      const api = type === 'channels' ? '/api/v1/search/video-channels' : '/api/v1/search/video-playlists';
      const list = await json(api + '?count=50&search=' + encodeURIComponent(q));
      if (!list.data.length) {
        results.append(h('p', {}, t('search.none')));
      } else {
        results.append(h('ul', { class: 'search-' + type }, list.data.map((x) => type === 'channels'
          ? h('li', {}, h('a', { href: '/c/' + x.name }, x.displayName), ' ', h('span', { class: 'meta' },
            '@' + x.name + '@' + x.host + ' · ' + t('actor.followers', { count: formatNumber(x.followersCount) })))
          : h('li', {}, h('a', { href: '/w/p/' + x.shortUUID }, x.displayName), ' ', h('span', { class: 'meta' },
            t('search.playlistVideos', { count: formatNumber(x.videosLength) }) + (x.ownerAccount ? ' · ' + x.ownerAccount.displayName : ''))))),
        h('p', { class: 'meta' }, t('search.count', { count: formatNumber(list.total) })));
      }
    } catch (e) {
      results.append(errorBox(e));
    }
  }
  page(t('search.titleFor', { q }), tabs, results);
}
