// The guards of the pages for users and administrators: the login page for anonymous viewers, a refusal for
// users who are not administrators.
import * as api from './api.js';
import { navigate } from './app.js';
import { h, page } from './dom.js';
import { t } from './i18n.js';

/** The logged-in user, or null once the viewer was sent to the login page (back to next after it). */
export async function requireUser(next) {
  const me = await api.currentUser();
  if (!me) {
    navigate('/login?next=' + encodeURIComponent(next), true);
    return null;
  }
  return me;
}

/** The logged-in administrator, or null once the page said why not. */
export async function requireAdmin(next) {
  const me = await requireUser(next);
  if (!me) return null;
  if (me.role.id !== 0) {
    page(t('nav.admin'), h('p', { class: 'error' }, t('admin.only')));
    return null;
  }
  return me;
}
