// The administration's list of users.
import * as api from '../api.js';
import { h, page, errorBox } from '../dom.js';
import { adminTabs } from '../components.js';
import { t, formatNumber } from '../i18n.js';
import { requireAdmin } from '../session.js';

export async function adminUsers() {
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
