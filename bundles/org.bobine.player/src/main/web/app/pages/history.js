// The viewer's watch history (/my-library/history/videos), as PeerTube has it: the videos they watched, the
// most recent first, with how far they got; removing one, clearing everything, and pausing the history
// (nothing new is kept while it is paused).
import * as api from '../api.js';
import { h, page, errorBox } from '../dom.js';
import { videoCard } from '../components.js';
import { t, formatNumber } from '../i18n.js';

export async function historyPage(params) {
  const title = t('history.title');
  const me = await api.currentUser();
  if (!me) {
    page(title, h('p', {}, t('history.login') + ' '),
      h('a', { class: 'button', href: '/login?next=' + encodeURIComponent(location.pathname) }, t('nav.login')));
    return;
  }
  const search = params.get('search') || '';
  const start = Number(params.get('start') || 0);
  const perPage = 24;
  const status = h('p', { class: 'meta', role: 'status', id: 'history-status' });
  const toggle = h('input', { type: 'checkbox', id: 'history-enabled', checked: me.videosHistoryEnabled !== false });
  toggle.addEventListener('change', async () => {
    try {
      await api.send('/api/v1/users/me', 'PUT', { videosHistoryEnabled: toggle.checked });
      me.videosHistoryEnabled = toggle.checked;
      status.textContent = toggle.checked ? t('history.on') : t('history.paused');
    } catch (e) {
      toggle.checked = !toggle.checked;
      status.replaceChildren(errorBox(e));
    }
  });
  const clear = h('button', { type: 'button', id: 'history-clear' }, t('history.clear'));
  clear.addEventListener('click', async () => {
    if (!confirm(t('history.clearConfirm'))) return;
    try {
      await api.send('/api/v1/users/me/history/videos/remove', 'POST', {});
      await historyPage(new URLSearchParams());
    } catch (e) {
      status.replaceChildren(errorBox(e));
    }
  });
  const form = h('form', { class: 'inline', role: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    const q = ev.target.elements.q.value.trim();
    history.pushState(null, '', location.pathname + (q ? '?search=' + encodeURIComponent(q) : ''));
    historyPage(new URLSearchParams(q ? { search: q } : {}));
  } },
  h('label', { for: 'history-search', class: 'visually-hidden' }, t('history.search')),
  h('input', { type: 'search', id: 'history-search', name: 'q', value: search, placeholder: t('history.search') }),
  h('button', { type: 'submit' }, t('search.title')));
  const list = h('section', { id: 'history-list' });
  page(title, h('p', { class: 'meta' }, t('history.explain')),
    h('p', {}, h('label', { for: 'history-enabled' }, toggle, ' ', t('history.enabled')), ' ', clear), status, form, list);
  try {
    const q = `/api/v1/users/me/history/videos?start=${start}&count=${perPage}` + (search ? '&search=' + encodeURIComponent(search) : '');
    const res = await api.json(q);
    if (!res.data.length) {
      list.append(h('p', {}, search ? t('history.noMatch') : t('history.empty')));
      return;
    }
    const grid = h('div', { class: 'grid' });
    for (const v of res.data) {
      const remove = h('button', { type: 'button', class: 'link', 'data-video': String(v.id) }, t('history.remove'));
      const card = videoCard(v, false);
      remove.addEventListener('click', async () => {
        try {
          await api.json('/api/v1/users/me/history/videos/' + v.id, { method: 'DELETE' });
          card.remove();
        } catch (e) {
          status.replaceChildren(errorBox(e));
        }
      });
      card.append(remove);
      grid.append(card);
    }
    list.append(grid, h('p', { class: 'meta' }, t('history.count', { count: formatNumber(res.total) })));
    const pager = h('div', { class: 'pager' });
    const link = (s, text) => h('a', { class: 'button', href: location.pathname + '?' + new URLSearchParams({ ...(search ? { search } : {}), start: String(s) }) }, text);
    if (start > 0) pager.append(link(Math.max(0, start - perPage), t('list.newer')));
    if (start + perPage < res.total) pager.append(link(start + perPage, t('list.older')));
    list.append(pager);
  } catch (e) {
    list.append(errorBox(e));
  }
}
