// The upload page: a file sent with PeerTube's resumable protocol and followed until it is published, and,
// when an import plugin runs, an import by URL followed until it is over.
import * as api from '../api.js';
import * as plugins from '../plugins.js';
import { h, page, errorBox } from '../dom.js';
import { offeredPrivacies, videoPasswordField, importVideoLink, PASSWORD_PROTECTED } from '../components.js';
import { stateLabel, importState } from '../format.js';
import { t } from '../i18n.js';
import { importEnabled } from '../instance.js';
import { requireUser } from '../session.js';

export async function uploadPage() {
  const me = await requireUser('/upload');
  if (!me) return;
  const channels = me.videoChannels || [];
  const [offered] = await Promise.all([offeredPrivacies(), plugins.loadScope('upload')]);
  const status = h('p', { id: 'upload-status', role: 'status', 'aria-live': 'polite' });
  const bar = h('progress', { id: 'upload-progress', max: '100', value: '0', hidden: true });
  const privacy = h('select', { name: 'privacy', id: 'upload-privacy' }, offered.map((id) => new Option(t('privacy.' + id), id)));
  const form = h('form', { class: 'stack', id: 'upload-form' },
    h('label', {}, t('upload.file'), h('input', { type: 'file', name: 'file', id: 'upload-file', required: true, accept: 'video/*,audio/*' })),
    h('label', {}, t('video.title'), h('input', { name: 'name', id: 'upload-name', required: true, minlength: 3, maxlength: 120 })),
    h('label', {}, t('upload.channel'), h('select', { name: 'channelId' }, channels.map((c) => new Option(c.displayName, c.id)))),
    h('label', {}, t('video.privacy'), privacy),
    videoPasswordField(privacy, 'upload-video-password', true),
    bar, status, h('button', { class: 'primary', type: 'submit', id: 'upload-submit' }, t('upload.submit')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const file = data.get('file');
    form.querySelector('#upload-submit').disabled = true;
    bar.hidden = false;
    try {
      const attrs = {
        name: data.get('name'), channelId: Number(data.get('channelId')), privacy: Number(data.get('privacy')),
        filename: file.name,
      };
      // The resumable protocol's first request is JSON: the passwords go as a list (PeerTube's videoPasswords).
      if (attrs.privacy === PASSWORD_PROTECTED) attrs.videoPasswords = [data.get('videoPassword')];
      // Fields client plugins added (action:video-upload.init) named pluginData[key], as in PeerTube.
      const pluginData = {};
      for (const [k, v] of data.entries()) {
        const m = /^pluginData\[([A-Za-z0-9_-]{1,64})\]$/.exec(k);
        if (m && typeof v === 'string') pluginData[m[1]] = v;
      }
      if (Object.keys(pluginData).length) attrs.pluginData = pluginData;
      const video = await resumableUpload(file, attrs, (sent) => {
        bar.value = Math.floor((sent / file.size) * 100);
        status.textContent = t('upload.progress', { percent: bar.value });
      });
      bar.value = 100;
      status.textContent = t('upload.transcoding');
      await waitPublished(video.uuid, status, bar);
      bar.value = 100;
      status.replaceChildren(t('upload.published'), ' ', h('a', { href: '/w/' + video.shortUUID, id: 'upload-done' }, t('upload.watch')));
    } catch (e) {
      status.replaceChildren(errorBox(e));
      form.querySelector('#upload-submit').disabled = false;
    }
  });
  page(t('upload.title'), form, importEnabled ? importSection(channels, offered) : null);
  await plugins.run('action:video-upload.init', { form });
}

/** States after which an import no longer changes: success, failed, rejected, cancelled. */
const IMPORT_DONE = [2, 3, 4, 5];

/**
 * The upload page's second form: an import by URL (POST /api/v1/videos/imports), done by an import plugin
 * on the server; without one (or when it refuses the URL) the API's 403 detail is shown. Password protection
 * is not offered: the import's JSON has no place for the password.
 */
function importSection(channels, offered) {
  const error = h('p', { class: 'error', role: 'alert', id: 'import-error' });
  const status = h('div', { id: 'import-status', role: 'status', 'aria-live': 'polite', hidden: true });
  const submit = h('button', { class: 'primary', type: 'submit', id: 'import-submit' }, t('import.submit'));
  const form = h('form', { class: 'stack', id: 'import-form' },
    h('label', {}, t('import.url'), h('input', { type: 'url', name: 'targetUrl', id: 'import-url', required: true, placeholder: 'https://' })),
    h('label', {}, t('import.name'), h('input', { name: 'name', id: 'import-name', minlength: 3, maxlength: 120 })),
    h('label', {}, t('upload.channel'), h('select', { name: 'channelId', id: 'import-channel' }, channels.map((c) => new Option(c.displayName, c.id)))),
    h('label', {}, t('video.privacy'), h('select', { name: 'privacy', id: 'import-privacy' },
      offered.filter((id) => id !== String(PASSWORD_PROTECTED)).map((id) => new Option(t('privacy.' + id), id)))),
    error, submit, status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    const data = new FormData(form);
    const body = { targetUrl: data.get('targetUrl'), channelId: Number(data.get('channelId')), privacy: Number(data.get('privacy')) };
    const name = String(data.get('name') || '').trim();
    if (name) body.name = name;
    submit.disabled = true;
    try {
      const started = await api.send('/api/v1/videos/imports', 'POST', body);
      form.querySelector('#import-url').value = '';
      form.querySelector('#import-name').value = '';
      followImport(started, status);
    } catch (e) {
      error.textContent = e.message;
    } finally {
      submit.disabled = false;
    }
  });
  return h('section', { id: 'import-section' }, h('h2', {}, t('import.title')), form);
}

/**
 * Shows an import's state in the status area and follows it (GET /api/v1/users/me/videos/imports, newest
 * first, every second) until it is over, another import is started from the form, or the page is left (the
 * area is no longer in the document).
 */
async function followImport(started, status) {
  const id = String(started.id);
  status.followedImport = id;
  const following = () => status.isConnected && status.followedImport === id;
  const show = (imp, problem) => {
    const percent = imp.progress >= 0;
    status.hidden = false;
    status.replaceChildren(...[
      h('p', {}, t('import.following', { url: imp.targetUrl, state: importState(imp.state) }),
        percent ? ' ' + t('import.percent', { percent: Math.round(imp.progress) }) : null),
      percent && !IMPORT_DONE.includes(imp.state.id) ? h('progress', { id: 'import-progress', max: '100', value: String(Math.round(imp.progress)) }) : null,
      (imp.state.id === 3 || imp.state.id === 4) && imp.error ? h('p', { class: 'error', id: 'import-failure' }, imp.error) : null,
      imp.state.id === 2 && imp.video
        ? h('p', {}, t('import.done') + ' ', importVideoLink(imp, { id: 'import-video-link' }), ' · ', h('a', { href: '/my-videos' }, t('import.allImports')))
        : null,
      problem ? errorBox(problem) : null,
    ].filter(Boolean));
  };
  let imp = started;
  show(imp);
  while (!IMPORT_DONE.includes(imp.state.id)) {
    await new Promise((res) => setTimeout(res, 1000));
    if (!following()) return;
    try {
      const list = await api.json('/api/v1/users/me/videos/imports?start=0&count=25');
      if (!following()) return;
      imp = list.data.find((i) => String(i.id) === id) || imp;
      show(imp);
    } catch (e) {
      if (!following()) return;
      show(imp, e);
      // Logged out or no longer allowed: asking again would not help. Anything else may pass (a dropped connection).
      if (e.status === 401 || e.status === 403) return;
    }
  }
}

/** PeerTube's resumable protocol: chunks with Content-Range; a dropped connection asks where to resume. */
async function resumableUpload(file, attrs, onProgress) {
  const init = await api.call('/api/v1/videos/upload-resumable', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Upload-Content-Length': String(file.size), 'X-Upload-Content-Type': file.type || 'application/octet-stream' },
    body: JSON.stringify(attrs),
  });
  if (init.status !== 201 && init.status !== 200) {
    throw new api.ApiError(init.status, await init.json().catch(() => null));
  }
  const location = new URL(init.headers.get('Location'), window.location.href);
  const url = location.pathname + location.search;
  const chunk = 1024 * 1024;
  let offset = 0;
  let failures = 0;
  while (true) {
    const end = Math.min(file.size, offset + chunk);
    let r;
    try {
      r = await api.call(url, {
        method: 'PUT',
        headers: { 'Content-Range': `bytes ${offset}-${end - 1}/${file.size}`, 'Content-Type': 'application/octet-stream' },
        body: file.slice(offset, end),
      });
    } catch (networkError) {
      if (++failures > 8) throw new Error(t('upload.dropping'));
      await new Promise((res) => setTimeout(res, 1000 * failures));
      offset = await resumeOffset(url, file.size);
      onProgress(offset);
      continue;
    }
    if (r.status === 308) {
      const range = r.headers.get('Range');
      offset = range ? Number(range.split('-')[1]) + 1 : 0;
      failures = 0;
      onProgress(offset);
    } else if (r.ok) {
      onProgress(file.size);
      return (await r.json()).video;
    } else {
      throw new api.ApiError(r.status, await r.json().catch(() => null));
    }
  }
}

async function resumeOffset(url, size) {
  const r = await api.call(url, { method: 'PUT', headers: { 'Content-Range': `bytes */${size}` } });
  const range = r.headers.get('Range');
  return range ? Number(range.split('-')[1]) + 1 : 0;
}

/** Follows the video until it is published, with its transcoding job's progress in the bar. */
async function waitPublished(uuid, status, bar) {
  for (;;) {
    const v = await api.json('/api/v1/videos/' + uuid);
    if (v.state.id === 1) return v;
    if (v.state.id === 7) throw new Error(t('upload.failed'));
    const job = await api.json('/api/v1/videos/' + uuid + '/jobs').then((j) => j.data[0]).catch(() => null);
    if (job && job.state === 'active') {
      bar.value = job.progress;
      status.textContent = t('upload.transcodingPercent', { percent: job.progress });
    } else if (job && job.state === 'waiting') {
      bar.removeAttribute('value');
      status.textContent = t('upload.waiting');
    } else {
      status.textContent = `${stateLabel(v.state)}…`;
    }
    await new Promise((res) => setTimeout(res, 1500));
  }
}
