// The administration's plugins page: the installed plugins (enable, disable, update, uninstall, settings),
// installing one from a KAR on the server, the plugin index or a Maven coordinate, uploading a KAR, and the
// index's offer.
import * as api from '../api.js';
import { h, page, errorBox, content } from '../dom.js';
import { adminTabs } from '../components.js';
import { t } from '../i18n.js';
import { requireAdmin } from '../session.js';

/** A plugin's runtime state in this language. */
function pluginState(state) {
  switch (state) {
    case 'running': return t('plugins.running');
    case 'disabled': return t('plugins.disabled');
    case 'failed': return t('plugins.failed');
    case 'starting': return t('plugins.starting');
    default: return state || '';
  }
}

/** One input of a plugin's settings form, named by the setting, with its label and its description (as text). */
function pluginSettingField(setting, value) {
  const id = 'plugin-setting-' + setting.name.replace(/[^A-Za-z0-9_-]/g, '_');
  const description = setting.descriptionHTML ? h('small', { class: 'meta', id: id + '-help' }, setting.descriptionHTML) : null;
  const common = { name: setting.name, id, 'aria-describedby': description ? id + '-help' : null };
  let input;
  switch (setting.type) {
    case 'input-checkbox':
      input = h('input', { ...common, type: 'checkbox', checked: String(value) === 'true' });
      return h('div', { class: 'setting' }, h('label', { class: 'check' }, input, ' ', setting.label || setting.name), description);
    case 'input-textarea':
    case 'markdown-text':
      input = h('textarea', { ...common, rows: setting.type === 'markdown-text' ? 8 : 4 }, value ?? '');
      break;
    case 'select':
      input = h('select', common, (setting.options || []).map((o) => new Option(o.label, o.value, false, o.value === value)));
      break;
    case 'input-password':
      input = h('input', { ...common, type: 'password', autocomplete: 'new-password', value: value ?? '' });
      break;
    default:
      input = h('input', { ...common, type: 'text', value: value ?? '' });
  }
  return h('div', { class: 'setting' }, h('label', {}, setting.label || setting.name, input), description);
}

/**
 * Plugins, for administrators: the installed ones (enable, disable, update, uninstall, settings), installing
 * from a KAR on the server, an index name or a Maven coordinate, uploading a KAR, and the index's offer.
 */
export async function adminPlugins() {
  if (!(await requireAdmin('/admin/plugins'))) return;
  const path = (p, action) => `/api/v1/plugins/${encodeURIComponent(p.npmName)}${action ? '/' + action : ''}`;
  const status = h('p', { id: 'plugins-status', role: 'status', 'aria-live': 'polite' });
  const installed = h('div', { class: 'table-wrap' });
  const offer = h('section', { id: 'plugins-available' });
  const report = (text, error = false) => {
    status.className = error ? 'error' : 'notice';
    status.textContent = text;
  };

  // One change at a time: the page's controls wait while it runs, then the lists show the result.
  const act = async (progress, work, done) => {
    const controls = [...content.querySelectorAll('button, input, select')].filter((c) => !c.disabled);
    controls.forEach((c) => { c.disabled = true; });
    report(progress);
    try {
      const result = await work();
      await Promise.all([renderInstalled(), renderAvailable()]);
      report(done(result));
      return true;
    } catch (e) {
      report(e.message, true);
      return false;
    } finally {
      controls.forEach((c) => { c.disabled = false; });
    }
  };
  const install = (body) => act(t('plugins.installing'), () => api.send('/api/v1/plugins/install', 'POST', body),
    (p) => t('plugins.installed', { name: p.name, version: p.version }));

  const uninstall = (p) => {
    const purge = h('input', { type: 'checkbox', id: 'plugin-purge', name: 'purge' });
    const close = () => {
      dialog.close();
      dialog.remove();
    };
    const dialog = h('dialog', { id: 'plugin-uninstall-dialog', 'aria-labelledby': 'plugin-uninstall-title' },
      h('h2', { id: 'plugin-uninstall-title' }, t('plugins.uninstallTitle', { name: p.name })),
      h('p', {}, t('plugins.uninstallExplain')),
      h('p', {}, h('label', { class: 'check' }, purge, ' ', t('plugins.purge'))),
      h('div', { class: 'row-actions' },
        h('button', { type: 'button', class: 'primary', id: 'plugin-uninstall-confirm', onclick: () => {
          const body = { npmName: p.npmName, purge: purge.checked };
          close();
          act(t('plugins.uninstalling', { name: p.name }), () => api.send('/api/v1/plugins/uninstall', 'POST', body),
            () => t('plugins.uninstalled', { name: p.name }));
        } }, t('plugins.uninstall')),
        h('button', { type: 'button', id: 'plugin-uninstall-cancel', onclick: close }, t('common.cancel'))));
    dialog.addEventListener('cancel', () => dialog.remove());
    content.append(dialog);
    dialog.showModal();
  };

  const openSettings = async (p) => {
    let declared;
    let values;
    try {
      [declared, values] = await Promise.all([api.json(path(p, 'registered-settings')), api.json(path(p, 'settings'))]);
    } catch (e) {
      report(e.message, true);
      return;
    }
    const settings = (declared && declared.registeredSettings) || [];
    values = values || {};
    const error = h('p', { class: 'error', role: 'alert', id: 'plugin-settings-error' });
    const close = () => {
      dialog.close();
      dialog.remove();
    };
    const form = h('form', { class: 'stack', id: 'plugin-settings-form' },
      settings.length ? settings.map((s) => pluginSettingField(s, values[s.name] ?? s.defaultValue))
        : h('p', { id: 'plugin-settings-none' }, p.enabled ? t('plugins.noSettings') : t('plugins.noSettingsDisabled')),
      error,
      h('div', { class: 'row-actions' },
        settings.length ? h('button', { class: 'primary', type: 'submit', id: 'plugin-settings-save' }, t('common.save')) : null,
        h('button', { type: 'button', id: 'plugin-settings-cancel', onclick: close }, settings.length ? t('common.cancel') : t('common.close'))));
    const dialog = h('dialog', { id: 'plugin-settings-dialog', 'aria-labelledby': 'plugin-settings-title' },
      h('h2', { id: 'plugin-settings-title' }, t('plugins.settingsOf', { name: p.name })), form);
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      error.textContent = '';
      const changed = {};
      for (const s of settings) {
        const input = form.elements.namedItem(s.name);
        if (!input) continue;
        if (s.type === 'input-checkbox') {
          changed[s.name] = input.checked;
        } else if (s.type !== 'input-password' || input.value !== (values[s.name] ?? '')) {
          // A secret is sent only when typed: one the server did not send back stays as it is.
          changed[s.name] = input.value;
        }
      }
      const save = form.querySelector('#plugin-settings-save');
      save.disabled = true;
      try {
        await api.send(path(p, 'settings'), 'PUT', { settings: changed });
        close();
        report(t('plugins.settingsSaved', { name: p.name }));
      } catch (e) {
        error.textContent = e.message;
      } finally {
        save.disabled = false;
      }
    });
    dialog.addEventListener('cancel', () => dialog.remove());
    content.append(dialog);
    dialog.showModal();
  };

  const renderInstalled = async () => {
    let list;
    try {
      list = await api.json('/api/v1/plugins?count=100');
    } catch (e) {
      installed.replaceChildren(errorBox(e));
      return;
    }
    const button = (cls, text, p, onclick) => h('button', { type: 'button', class: cls, onclick: () => onclick(p) }, text);
    const row = (p) => h('tr', { 'data-plugin': p.name },
      h('td', {}, h('strong', {}, p.name), p.description ? h('div', { class: 'meta' }, p.description) : null),
      h('td', {}, p.version,
        p.latestVersion && p.latestVersion !== p.version ? h('div', { class: 'meta' }, t('plugins.newer', { version: p.latestVersion })) : null),
      h('td', { class: 'plugin-state', 'data-state': p.state }, pluginState(p.state),
        p.state === 'failed' && p.error ? h('div', { class: 'error plugin-error' }, p.error) : null),
      h('td', {}, h('div', { class: 'row-actions' },
        p.enabled
          ? button('plugin-disable', t('plugins.disable'), p, () => act(t('plugins.working'), () => api.json(path(p, 'disable'), { method: 'POST' }),
            () => t('plugins.disabledName', { name: p.name })))
          : button('plugin-enable', t('plugins.enable'), p, () => act(t('plugins.working'), () => api.json(path(p, 'enable'), { method: 'POST' }),
            (r) => (r && r.state === 'failed' ? t('plugins.enabledFailed', { name: p.name }) : t('plugins.enabledName', { name: p.name })))),
        button('plugin-settings', t('plugins.settings'), p, openSettings),
        button('plugin-update', t('plugins.update'), p, () => act(t('plugins.updating', { name: p.name }),
          () => api.send('/api/v1/plugins/update', 'POST', { npmName: p.npmName }),
          (r) => t('plugins.updated', { name: p.name, version: r.version }))),
        button('plugin-uninstall', t('plugins.uninstall'), p, uninstall))));
    installed.replaceChildren(h('table', { id: 'plugins' },
      h('thead', {}, h('tr', {}, h('th', {}, t('plugins.name')), h('th', {}, t('plugins.version')), h('th', {}, t('plugins.state')),
        h('th', {}, t('mine.actions')))),
      h('tbody', {}, list.data.length ? list.data.map(row) : h('tr', {}, h('td', { colspan: 4, id: 'plugins-none' }, t('plugins.none'))))));
  };

  const renderAvailable = async () => {
    let list;
    try {
      list = await api.json('/api/v1/plugins/available?count=100');
    } catch (e) {
      offer.replaceChildren(h('h2', {}, t('plugins.available')), h('p', { class: 'error', id: 'plugins-available-error' }, e.message));
      return;
    }
    if (!list || !list.data || !list.data.length) {
      offer.replaceChildren();
      return;
    }
    offer.replaceChildren(h('h2', {}, t('plugins.available')), h('div', { class: 'table-wrap' }, h('table', { id: 'plugins-available-list' },
      h('thead', {}, h('tr', {}, h('th', {}, t('plugins.name')), h('th', {}, t('plugins.version')), h('th', {}, t('mine.actions')))),
      h('tbody', {}, list.data.map((e) => h('tr', { 'data-available-plugin': e.name },
        h('td', {}, /^https?:\/\//.test(e.homepage || '')
          ? h('a', { href: e.homepage, rel: 'noopener noreferrer', target: '_blank' }, h('strong', {}, e.name)) : h('strong', {}, e.name),
        e.description ? h('div', { class: 'meta' }, e.description) : null),
        h('td', {}, e.latestVersion || ''),
        h('td', {}, e.installed ? t('plugins.isInstalled')
          : h('button', { type: 'button', class: 'plugin-install-available', onclick: () => install({ npmName: e.npmName }) }, t('plugins.install')))))))));
  };

  const source = h('input', { id: 'plugin-source', name: 'source', required: true, autocomplete: 'off', spellcheck: 'false',
    placeholder: t('plugins.sourceExample'), 'aria-describedby': 'plugin-source-help' });
  const installForm = h('form', { class: 'stack', id: 'plugin-install-form' },
    h('label', {}, t('plugins.source'), source),
    h('small', { class: 'meta', id: 'plugin-source-help' }, t('plugins.sourceHelp')),
    h('div', {}, h('button', { class: 'primary', type: 'submit', id: 'plugin-install' }, t('plugins.install'))));
  installForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const value = source.value.trim();
    if (!value) return;
    // A path on the server, a name in the plugin index, or a Maven coordinate (g:a:v or mvn:g/a/v).
    const body = value.startsWith('/') ? { path: value } : value.startsWith('bobine-plugin-') ? { npmName: value } : { mavenCoordinate: value };
    if (await install(body)) source.value = '';
  });
  const file = h('input', { type: 'file', id: 'plugin-file', name: 'pluginfile', accept: '.kar' });
  file.addEventListener('change', async () => {
    const kar = file.files[0];
    if (!kar) return;
    const body = new FormData();
    body.append('pluginfile', kar);
    await act(t('plugins.installing'), () => api.json('/api/v1/plugins/upload', { method: 'POST', body }),
      (p) => t('plugins.installed', { name: p.name, version: p.version }));
    file.value = '';
  });

  page(t('admin.plugins'), adminTabs('plugins'), status, installed,
    h('h2', {}, t('plugins.installTitle')), installForm,
    h('form', { class: 'stack', id: 'plugin-upload-form', onsubmit: (ev) => ev.preventDefault() },
      h('label', {}, t('plugins.upload'), file)),
    offer);
  await Promise.all([renderInstalled(), renderAvailable()]);
}
