// The login page: PeerTube's OAuth password flow (api.js), then back to the page that asked for it.
import * as api from '../api.js';
import { navigate, updateNav } from '../app.js';
import { h, page } from '../dom.js';
import { t } from '../i18n.js';

export function loginPage(params) {
  const error = h('p', { class: 'error', role: 'alert', id: 'login-error' });
  const form = h('form', { class: 'stack', id: 'login-form' },
    h('label', {}, t('login.username'), h('input', { name: 'username', autocomplete: 'username', required: true })),
    h('label', {}, t('login.password'), h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    error, h('button', { class: 'primary', type: 'submit' }, t('login.submit')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    const data = new FormData(form);
    try {
      await api.login(data.get('username'), data.get('password'));
      await updateNav();
      navigate(params.get('next') || '/');
    } catch (e) {
      error.textContent = e.code === 'invalid_grant' || e.status === 400
        ? t('login.wrong')
        : e.status === 429 ? t('login.tooMany') : e.message;
    }
  });
  page(t('login.title'), form);
}
