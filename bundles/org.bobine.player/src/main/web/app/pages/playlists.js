// Playlists, as PeerTube has them: the "Save to playlist" dialog of the watch page (Watch later first, a
// checkbox per playlist of the viewer, a new playlist made on the spot), the playlist page (/w/p/{id} and
// /videos/watch/playlist/{id}) whose player goes through the elements in order, each from its start to its
// stop time, on to the next (?playlistPosition=N), with the owner's reordering (buttons and drag) and
// removal, and "My playlists" (/my-library/video-playlists) to create, change and delete them.
import * as api from '../api.js';
import { h, page, errorBox, markdown, content } from '../dom.js';
import { duration } from '../format.js';
import { t, formatNumber } from '../i18n.js';
import { instanceName } from '../instance.js';
import { createPlayer, formatTime } from '../player.js';

const WATCH_LATER = 2;
const REGULAR_ELEMENT = 0;
const PRIVACIES = [[1, 'playlist.public'], [2, 'playlist.unlisted'], [3, 'playlist.private']];

/** A playlist's name as shown: Watch later in this page's language. */
function playlistName(p) {
  return p.type && p.type.id === WATCH_LATER ? t('playlist.watchLater') : p.displayName;
}

/** Every playlist of the logged-in user, Watch later first. */
async function ownPlaylists(me) {
  const list = await api.json(`/api/v1/accounts/${encodeURIComponent(me.account.name)}/video-playlists?count=100&sort=-updatedAt`);
  return list.data.sort((a, b) => (b.type.id === WATCH_LATER) - (a.type.id === WATCH_LATER));
}

/** All elements of a playlist, page after page. */
async function allElements(id) {
  const out = [];
  for (let start = 0; ; start += 100) {
    const page = await api.json(`/api/v1/video-playlists/${encodeURIComponent(id)}/videos?start=${start}&count=100`);
    out.push(...page.data);
    if (!page.data.length || out.length >= page.total) return out;
  }
}

function privacySelect(id, chosen) {
  const select = h('select', { id, name: 'privacy' });
  for (const [value, key] of PRIVACIES) select.append(new Option(t(key), String(value), value === chosen, value === chosen));
  return select;
}

function channelSelect(id, me, chosen) {
  const select = h('select', { id, name: 'videoChannelId' });
  select.append(new Option(t('playlist.noChannel'), '', chosen == null, chosen == null));
  for (const c of me.videoChannels || []) select.append(new Option(c.displayName, String(c.id), c.id === chosen, c.id === chosen));
  return select;
}

/** The playlist fields of a form, as PeerTube's API takes them. */
function playlistBody(form) {
  const body = { displayName: form.elements.displayName.value, privacy: Number(form.elements.privacy.value) };
  const channel = form.elements.videoChannelId.value;
  body.videoChannelId = channel ? Number(channel) : null;
  if (form.elements.description) body.description = form.elements.description.value;
  return body;
}

/**
 * The watch page's "Save" button and its dialog. A logged-out viewer is sent to log in and back.
 * @return {HTMLElement[]} the button and the dialog
 */
export function saveButton(v) {
  const dialog = h('dialog', { id: 'save-dialog', 'aria-labelledby': 'save-title' });
  const open = async () => {
    const me = await api.currentUser();
    if (!me) {
      location.assign('/login?next=' + encodeURIComponent(location.pathname + location.search));
      return;
    }
    dialog.replaceChildren(h('h2', { id: 'save-title' }, t('playlist.saveTo')));
    dialog.showModal();
    await fillSaveDialog(dialog, v, me);
  };
  return [h('button', { type: 'button', id: 'save', onclick: open }, t('playlist.save')), dialog];
}

async function fillSaveDialog(dialog, v, me) {
  const status = h('p', { class: 'meta', id: 'save-status', 'aria-live': 'polite' });
  const close = h('button', { type: 'button', id: 'save-close', onclick: () => dialog.close() }, t('common.close'));
  let lists;
  let exist;
  try {
    [lists, exist] = await Promise.all([ownPlaylists(me), api.json('/api/v1/users/me/video-playlists/videos-exist?videoIds=' + v.id)]);
  } catch (e) {
    dialog.replaceChildren(h('h2', { id: 'save-title' }, t('playlist.saveTo')), errorBox(e), close);
    return;
  }
  const elementIn = new Map((exist[v.id] || []).map((x) => [x.playlistId, x.playlistElementId]));
  const boxes = h('ul', { class: 'save-playlists', id: 'save-playlists' });
  for (const p of lists) {
    const id = p.type.id === WATCH_LATER ? 'save-watch-later' : 'save-playlist-' + p.id;
    const box = h('input', { type: 'checkbox', id, checked: elementIn.has(p.id) || null, 'data-playlist-id': p.id });
    box.addEventListener('change', async () => {
      box.disabled = true;
      try {
        if (box.checked) {
          const r = await api.send(`/api/v1/video-playlists/${p.id}/videos`, 'POST', { videoId: v.id });
          elementIn.set(p.id, r.videoPlaylistElement.id);
          status.textContent = t('playlist.savedTo', { name: playlistName(p) });
        } else {
          await api.json(`/api/v1/video-playlists/${p.id}/videos/${elementIn.get(p.id)}`, { method: 'DELETE' });
          elementIn.delete(p.id);
          status.textContent = t('playlist.removedFrom', { name: playlistName(p) });
        }
        box.dataset.saved = String(box.checked);
      } catch (e) {
        box.checked = !box.checked;
        status.textContent = e.message;
      } finally {
        box.disabled = false;
      }
    });
    boxes.append(h('li', {}, box, ' ', h('label', { for: id }, playlistName(p)),
      p.privacy.id !== 3 ? h('span', { class: 'meta' }, ' · ' + t(PRIVACIES[p.privacy.id - 1][1])) : null));
  }
  const form = h('form', { class: 'stack new-playlist', id: 'new-playlist-form' },
    h('h3', {}, t('playlist.new')),
    h('label', {}, t('playlist.name'), h('input', { name: 'displayName', id: 'new-playlist-name', required: true, maxlength: 120 })),
    h('label', {}, t('playlist.privacy'), privacySelect('new-playlist-privacy', 3)),
    h('label', {}, t('playlist.channel'), channelSelect('new-playlist-channel', me, null)),
    h('button', { type: 'submit', class: 'primary' }, t('playlist.createAndAdd')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const created = await api.send('/api/v1/video-playlists', 'POST', playlistBody(form));
      await api.send(`/api/v1/video-playlists/${created.videoPlaylist.id}/videos`, 'POST', { videoId: v.id });
      await fillSaveDialog(dialog, v, me);
      dialog.querySelector('#save-status').textContent = t('playlist.savedTo', { name: form.elements.displayName.value });
    } catch (e) {
      status.textContent = e.message;
    }
  });
  dialog.replaceChildren(h('h2', { id: 'save-title' }, t('playlist.saveTo')), boxes, status, form, close);
}

/** The headers the player's requests need for the viewer's own private videos (their Watch later). */
function mediaHeaders() {
  const tokens = api.tokens();
  return tokens ? { Authorization: 'Bearer ' + tokens.access } : {};
}

export async function playlistPage(id, params) {
  let p;
  let elements;
  try {
    p = await api.json('/api/v1/video-playlists/' + encodeURIComponent(id));
    elements = await allElements(p.uuid);
  } catch (e) {
    page(e.status === 404 ? t('playlist.notFound') : t('playlist.cannotShow'), errorBox(e));
    return;
  }
  const me = await api.currentUser();
  const mine = !!(me && p.ownerAccount && me.account && me.account.id === p.ownerAccount.id);
  document.title = playlistName(p) + ' - ' + instanceName;
  const holder = h('div', { class: 'playlist-player', id: 'playlist-player' });
  const list = h('ol', { class: 'playlist-elements', id: 'playlist-elements' });
  const error = h('p', { class: 'error', role: 'alert', id: 'playlist-error', hidden: true });
  const section = h('section', { class: 'playlist-page', id: 'playlist-page' },
    h('div', { class: 'playlist-main' }, holder),
    h('aside', { class: 'playlist-side' },
      h('h1', {}, playlistName(p)),
      h('p', { class: 'meta' }, p.ownerAccount ? t('playlist.by', { name: p.ownerAccount.displayName }) : null, ' · ',
        t('playlist.videos', { count: formatNumber(p.videosLength) }), ' · ', t(PRIVACIES[p.privacy.id - 1][1])),
      markdown(p.description),
      mine && elements.length > 1 ? h('p', { class: 'meta' }, t('playlist.dragHint')) : null,
      error, list));
  content.replaceChildren(section);

  let player = null;
  let current = null;
  const play = (position, autoplay) => {
    const e = elements.find((x) => x.position >= position && x.type === REGULAR_ELEMENT && x.video);
    if (player) player.destroy();
    player = null;
    holder.replaceChildren();
    current = e || null;
    if (!e) {
      holder.append(h('p', { class: 'playlist-end', id: 'playlist-end' }, elements.length ? t('playlist.end') : t('playlist.empty')));
      section.dataset.playlistPosition = 'end';
      render();
      return;
    }
    history.replaceState(history.state, '', location.pathname + '?playlistPosition=' + e.position);
    const privateFiles = !(e.video.privacy && (e.video.privacy.id === 1 || e.video.privacy.id === 2));
    player = createPlayer(holder, e.video, { start: e.startTimestamp || 0, headers: mediaHeaders(), privateFiles, autoplay });
    const video = player.video;
    window.bobinePlayer = video;
    holder.append(h('h2', { id: 'playlist-current' }, h('a', { href: '/w/' + e.video.shortUUID }, e.video.name)));
    section.dataset.playlistPosition = String(e.position);
    let done = false;
    const next = () => {
      if (done || player === null || player.video !== video) return;
      done = true;
      play(e.position + 1, true);
    };
    // PeerTube's element times: played from startTimestamp, left at stopTimestamp for the next one.
    video.addEventListener('timeupdate', () => {
      if (e.stopTimestamp != null && video.currentTime >= e.stopTimestamp) next();
    });
    video.addEventListener('ended', next);
    render();
  };

  const reload = async () => {
    elements = await allElements(p.uuid);
    if (current) current = elements.find((x) => x.id === current.id) || null;
    if (current) {
      history.replaceState(history.state, '', location.pathname + '?playlistPosition=' + current.position);
      section.dataset.playlistPosition = String(current.position);
    }
    render();
  };
  const change = async (work) => {
    error.hidden = true;
    try {
      await work();
      await reload();
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    }
  };
  const reorder = (start, insertAfter) => change(() => api.send(`/api/v1/video-playlists/${p.id}/videos/reorder`, 'POST',
    { startPosition: start, insertAfterPosition: insertAfter }));
  let dragged = null;

  function item(e) {
    const li = h('li', {
      class: 'playlist-element' + (current && current.id === e.id ? ' current' : ''), 'data-position': e.position,
      'data-element-id': e.id, 'aria-current': current && current.id === e.id ? 'true' : null, draggable: mine ? 'true' : null,
    });
    if (e.type === REGULAR_ELEMENT && e.video) {
      const v = e.video;
      const times = e.startTimestamp != null || e.stopTimestamp != null
        ? h('span', { class: 'meta' }, ' · ' + t('playlist.times', {
          start: formatTime(e.startTimestamp || 0), stop: e.stopTimestamp != null ? formatTime(e.stopTimestamp) : duration(v.duration),
        })) : null;
      li.append(h('button', { type: 'button', class: 'playlist-play', onclick: () => play(e.position, true) },
        v.thumbnailPath ? h('img', { src: v.thumbnailPath, alt: '', loading: 'lazy', width: 120, height: 67 }) : null,
        h('span', { class: 'playlist-title' }, v.name)),
      h('span', { class: 'meta' }, duration(v.duration)));
      if (times) li.append(times);
    } else {
      li.append(h('span', { class: 'playlist-unavailable meta' }, t({ 1: 'playlist.type1', 2: 'playlist.type2' }[e.type] || 'playlist.type3')));
    }
    if (mine) {
      li.append(h('span', { class: 'row-actions playlist-tools' },
        h('button', { type: 'button', class: 'move-up', 'aria-label': t('playlist.moveUp'), title: t('playlist.moveUp'),
          disabled: e.position === 1 || null, onclick: () => reorder(e.position, e.position - 2) }, '↑'),
        h('button', { type: 'button', class: 'move-down', 'aria-label': t('playlist.moveDown'), title: t('playlist.moveDown'),
          disabled: e.position === elements.length || null, onclick: () => reorder(e.position, e.position + 1) }, '↓'),
        h('button', { type: 'button', class: 'remove', onclick: () => change(() => api.json(
          `/api/v1/video-playlists/${p.id}/videos/${e.id}`, { method: 'DELETE' })) }, t('playlist.remove'))));
      li.addEventListener('dragstart', (ev) => {
        dragged = e.position;
        ev.dataTransfer.effectAllowed = 'move';
        ev.dataTransfer.setData('text/plain', String(e.position));
      });
      li.addEventListener('dragover', (ev) => {
        ev.preventDefault();
        ev.dataTransfer.dropEffect = 'move';
      });
      li.addEventListener('drop', (ev) => {
        ev.preventDefault();
        const from = dragged ?? Number(ev.dataTransfer.getData('text/plain'));
        dragged = null;
        if (!from || from === e.position) return;
        // Dropped on an element: the dragged one takes its place.
        reorder(from, from < e.position ? e.position : e.position - 1);
      });
    }
    return li;
  }

  function render() {
    list.replaceChildren(...elements.map(item));
  }

  const asked = Number(params.get('playlistPosition') || 1);
  play(Number.isInteger(asked) && asked > 0 ? asked : 1, params.has('playlistPosition'));
}

export async function myPlaylists(params) {
  const title = t('playlist.mine');
  const me = await api.currentUser();
  if (!me) {
    page(title, h('p', {}, t('playlist.login') + ' '),
      h('a', { class: 'button', href: '/login?next=' + encodeURIComponent(location.pathname) }, t('nav.login')));
    return;
  }
  let lists;
  try {
    lists = await ownPlaylists(me);
  } catch (e) {
    page(title, errorBox(e));
    return;
  }
  const error = h('p', { class: 'error', role: 'alert', id: 'my-playlists-error', hidden: true });
  const act = async (work) => {
    error.hidden = true;
    try {
      await work();
      await myPlaylists(params);
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    }
  };
  const fields = (prefix, p) => [
    h('label', {}, t('playlist.name'), h('input', { name: 'displayName', id: prefix + '-name', required: true, maxlength: 120, value: p ? p.displayName : '' })),
    h('label', {}, t('playlist.description'), h('textarea', { name: 'description', id: prefix + '-description', rows: 3, maxlength: 1000 }, p ? p.description || '' : '')),
    h('label', {}, t('playlist.privacy'), privacySelect(prefix + '-privacy', p ? p.privacy.id : 3)),
    h('label', {}, t('playlist.channel'), channelSelect(prefix + '-channel', me, p && p.videoChannel ? p.videoChannel.id : null)),
    h('label', {}, t('playlist.thumbnail'), h('input', { type: 'file', name: 'thumbnailfile', id: prefix + '-thumbnail', accept: 'image/png,image/jpeg,image/webp' })),
  ];
  // With an image, the form goes as PeerTube's clients send it (multipart); otherwise as JSON.
  const send = (path, method, form) => {
    const file = form.elements.thumbnailfile.files[0];
    if (!file) return api.send(path, method, playlistBody(form));
    const data = new FormData();
    for (const [k, v] of Object.entries(playlistBody(form))) data.append(k, v == null ? '' : String(v));
    data.append('thumbnailfile', file);
    return api.json(path, { method, body: data });
  };
  const create = h('form', { class: 'stack', id: 'create-playlist-form' }, h('h2', {}, t('playlist.new')), ...fields('create-playlist'),
    h('button', { type: 'submit', class: 'primary' }, t('playlist.create')));
  create.addEventListener('submit', (ev) => {
    ev.preventDefault();
    act(() => send('/api/v1/video-playlists', 'POST', create));
  });
  const rows = lists.map((p) => {
    const li = h('li', { class: 'my-playlist', 'data-playlist-id': p.id });
    const show = () => {
      li.replaceChildren(...[
        p.thumbnailPath ? h('img', { src: p.thumbnailPath, alt: '', width: 120, height: 67, loading: 'lazy' }) : null,
        h('a', { href: '/w/p/' + p.shortUUID, class: 'title' }, playlistName(p)), ' ',
        h('span', { class: 'meta' }, t('playlist.videos', { count: formatNumber(p.videosLength) }) + ' · ' + t(PRIVACIES[p.privacy.id - 1][1])),
      ].filter((c) => c != null));
      if (p.type.id !== WATCH_LATER) {
        const remove = h('button', { type: 'button', class: 'delete-playlist' }, t('playlist.delete'));
        remove.addEventListener('click', () => {
          // Asked twice, on the page itself: a second click on the changed button deletes.
          if (remove.dataset.confirm) act(() => api.json('/api/v1/video-playlists/' + p.id, { method: 'DELETE' }));
          else {
            remove.dataset.confirm = 'true';
            remove.textContent = t('playlist.confirmDelete');
          }
        });
        li.append(h('span', { class: 'row-actions' }, h('button', { type: 'button', class: 'edit-playlist', onclick: edit }, t('playlist.edit')), remove));
      }
    };
    const edit = () => {
      const form = h('form', { class: 'stack', id: 'edit-playlist-form' }, ...fields('edit-playlist', p),
        h('span', { class: 'row-actions' }, h('button', { type: 'submit', class: 'primary' }, t('playlist.saveChanges')),
          h('button', { type: 'button', onclick: show }, t('playlist.cancel'))));
      form.addEventListener('submit', (ev) => {
        ev.preventDefault();
        act(() => send('/api/v1/video-playlists/' + p.id, 'PUT', form));
      });
      li.replaceChildren(form);
    };
    show();
    return li;
  });
  page(title, error, h('ul', { class: 'my-playlists', id: 'my-playlists' }, rows), create);
}
