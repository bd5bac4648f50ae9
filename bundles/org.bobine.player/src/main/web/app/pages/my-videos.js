// "My videos": the user's videos (edit in a dialog, delete) and their imports by URL.
import * as api from '../api.js';
import * as plugins from '../plugins.js';
import { h, page, errorBox, content } from '../dom.js';
import { offeredPrivacies, videoPasswordField, importVideoLink, PASSWORD_PROTECTED } from '../components.js';
import { stateLabel, importState } from '../format.js';
import { t, formatDate, formatNumber } from '../i18n.js';
import { requireUser } from '../session.js';

export async function myVideos(params) {
  const me = await requireUser('/my-videos');
  if (!me) return;
  const list = h('div', { class: 'table-wrap' });
  // The caller's imports by URL, newest first; the section stays hidden when there are none.
  const importList = h('div', { class: 'table-wrap' });
  const imports = h('section', { id: 'imports-section', hidden: true }, h('h2', {}, t('imports.title')), importList);
  const renderImports = async () => {
    try {
      const got = await api.json('/api/v1/users/me/videos/imports?start=0&count=100');
      imports.hidden = !got.data.length;
      const url = (u) => (/^https?:\/\//i.test(u) ? h('a', { href: u, rel: 'noopener noreferrer nofollow' }, u) : u);
      importList.replaceChildren(...[h('table', { id: 'imports' },
        h('thead', {}, h('tr', {}, h('th', {}, t('imports.url')), h('th', {}, t('mine.state')), h('th', {}, t('imports.progress')),
          h('th', {}, t('imports.error')), h('th', {}, t('mine.video')), h('th', {}, t('imports.date')))),
        h('tbody', {}, got.data.map((i) => h('tr', { 'data-import': i.id },
          h('td', { class: 'import-url' }, url(i.targetUrl)),
          h('td', { class: 'import-state' }, importState(i.state)),
          h('td', { class: 'import-progress' }, i.progress >= 0 ? t('import.percent', { percent: Math.round(i.progress) }) : ''),
          h('td', { class: 'import-error' }, i.error || ''),
          h('td', { class: 'import-video' }, importVideoLink(i)),
          h('td', {}, h('time', { datetime: i.createdAt }, formatDate(i.createdAt))))))),
        got.total > got.data.length ? h('p', { class: 'meta' }, t('imports.newest', { count: formatNumber(got.data.length), total: formatNumber(got.total) })) : null,
      ].filter(Boolean));
    } catch (e) {
      imports.hidden = false;
      importList.replaceChildren(errorBox(e));
    }
  };
  const render = async () => {
    try {
      const vids = await api.json('/api/v1/users/me/videos?count=100&sort=-publishedAt');
      if (!vids.data.length) {
        list.replaceChildren(h('p', {}, t('mine.none') + ' '), h('a', { href: '/upload' }, t('mine.uploadOne')));
        return;
      }
      list.replaceChildren(h('table', { id: 'my-videos' }, h('thead', {}, h('tr', {}, h('th', {}, t('mine.video')), h('th', {}, t('video.privacy')), h('th', {}, t('mine.state')), h('th', {}, t('mine.actions')))),
        h('tbody', {}, vids.data.map((v) => h('tr', { 'data-uuid': v.uuid },
          h('td', {}, h('a', { href: '/w/' + v.shortUUID }, v.name)), h('td', {}, t('privacy.' + v.privacy.id)), h('td', {}, stateLabel(v.state)),
          h('td', { class: 'row-actions' },
            h('button', { type: 'button', onclick: () => editVideo(v.uuid, render) }, t('mine.edit')),
            h('button', { type: 'button', onclick: async () => {
              if (confirm(t('mine.confirmDelete', { name: v.name }))) {
                await api.json('/api/v1/videos/' + v.uuid, { method: 'DELETE' });
                render();
                renderImports(); // an import's link to the deleted video goes
              }
            } }, t('mine.delete'))))))));
    } catch (e) {
      list.replaceChildren(errorBox(e));
    }
  };
  page(t('mine.title'), list, imports);
  await Promise.all([render(), renderImports()]);
}

async function editVideo(uuid, done) {
  const [v, offered] = await Promise.all([api.json('/api/v1/videos/' + uuid), offeredPrivacies(), plugins.loadScope('video-edit')]);
  const error = h('p', { class: 'error', role: 'alert' });
  // The video's own privacy stays choosable even when the instance no longer lists it.
  const ids = offered.includes(String(v.privacy.id)) ? offered : [...offered, String(v.privacy.id)];
  const privacy = h('select', { name: 'privacy', id: 'edit-privacy' }, ids
    .map((id) => new Option(t('privacy.' + id), id, false, Number(id) === v.privacy.id)));
  const form = h('form', { class: 'stack', method: 'dialog' },
    h('label', {}, t('video.title'), h('input', { name: 'name', value: v.name, required: true, minlength: 3, maxlength: 120 })),
    h('label', {}, t('edit.description'), h('textarea', { name: 'description', rows: 5 }, v.description || '')),
    h('label', {}, t('video.privacy'), privacy),
    videoPasswordField(privacy, 'edit-video-password', v.privacy.id !== PASSWORD_PROTECTED),
    h('label', {}, t('edit.support'), h('textarea', { name: 'support', rows: 3 }, v.support || '')),
    h('label', {}, t('edit.tags'), h('input', { name: 'tags', value: (v.tags || []).join(', ') })),
    h('div', { class: 'thumb-edit' },
      v.thumbnailPath ? h('img', { src: v.thumbnailPath, alt: t('edit.currentThumbnail'), width: 140, height: 79 }) : null,
      h('label', {}, t('edit.newThumbnail'),
        h('input', { type: 'file', name: 'thumbnailfile', id: 'edit-thumbnail', accept: 'image/png,image/jpeg,image/webp' }))),
    error,
    h('div', { class: 'row-actions' }, h('button', { class: 'primary', type: 'submit' }, t('common.save')),
      h('button', { type: 'button', onclick: () => dialog.close() }, t('common.cancel'))));
  const dialog = h('dialog', { 'aria-label': t('edit.label', { name: v.name }) }, form);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const fields = {
      // Empty texts are left out (PeerTube refuses texts under 3 characters): they stay as they were.
      name: data.get('name'), description: data.get('description') || undefined, support: data.get('support') || undefined,
      privacy: Number(data.get('privacy')),
      tags: String(data.get('tags')).split(',').map((t) => t.trim()).filter(Boolean),
    };
    // Sent only when given: a protected video keeps its passwords when the field is left empty.
    if (fields.privacy === PASSWORD_PROTECTED && data.get('videoPassword')) fields.videoPasswords = [data.get('videoPassword')];
    const image = data.get('thumbnailfile');
    try {
      if (image && image.size > 0) {
        // PeerTube's multipart form of the same update, with the image.
        const form = new FormData();
        form.append('name', fields.name);
        if (fields.description) form.append('description', fields.description);
        if (fields.support) form.append('support', fields.support);
        form.append('privacy', String(fields.privacy));
        fields.tags.forEach((t, i) => form.append(`tags[${i}]`, t));
        (fields.videoPasswords || []).forEach((p, i) => form.append(`videoPasswords[${i}]`, p));
        form.append('thumbnailfile', image);
        await api.json('/api/v1/videos/' + uuid, { method: 'PUT', body: form });
      } else {
        await api.send('/api/v1/videos/' + uuid, 'PUT', fields);
      }
      dialog.close();
      dialog.remove();
      done();
    } catch (e) {
      error.textContent = e.message;
    }
  });
  content.append(dialog);
  dialog.showModal();
  await plugins.run('action:video-edit.init', { form, video: v });
}
