// The header's notification badge, kept live without polling: one Server-Sent Events stream
// (GET /api/v1/users/me/notifications/stream) read with fetch(), so the access token travels in the
// Authorization header and never in a URL. The server sends the unread count at once and with every change
// ("unread", "notification" events) and a heartbeat; when the stream ends (a restart, an expired token) it is
// opened again after a growing pause, and it is closed on logout. Each new notification is also told to the
// page as a "bobine:notification" event on window (the notifications page refreshes its list).
import * as api from './api.js';
import { t, formatNumber } from './i18n.js';

let controller = null;
let retry = 0;
let timer = null;

/** The unread count shown in the badge (0 hides it). */
function show(unread) {
  const badge = document.getElementById('notification-badge');
  const link = document.getElementById('notifications-link');
  if (!badge || !link) return;
  badge.textContent = unread > 99 ? '99+' : formatNumber(unread);
  badge.hidden = !unread;
  badge.dataset.unread = String(unread);
  link.setAttribute('aria-label', unread ? t('notifications.navUnread', { count: unread }) : t('nav.notifications'));
}

/** Handles one SSE frame ("event: x" and "data: {...}" lines). */
function frame(text) {
  let name = 'message';
  const data = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('event:')) name = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  if (!data.length) return;
  let body;
  try {
    body = JSON.parse(data.join('\n'));
  } catch (e) {
    return;
  }
  if (typeof body.unread === 'number') show(body.unread);
  if (name === 'notification') window.dispatchEvent(new CustomEvent('bobine:notification', { detail: body.notification }));
  if (name === 'unread') window.dispatchEvent(new CustomEvent('bobine:notifications-read', { detail: body.unread }));
}

async function run(signal) {
  const r = await api.call('/api/v1/users/me/notifications/stream', { headers: { Accept: 'text/event-stream' }, signal });
  if (!r.ok || !r.body) throw new Error('stream answered ' + r.status);
  retry = 0;
  const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value.replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      frame(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
    }
  }
}

/** Opens the stream for the logged-in user (once), or closes it when nobody is. */
export function sync(me) {
  if (!me) {
    stop();
    show(0);
    return;
  }
  if (controller) return;
  const c = new AbortController();
  controller = c;
  run(c.signal).catch(() => {}).finally(() => {
    if (controller !== c) return;
    controller = null;
    if (c.signal.aborted || !api.tokens()) return;
    // Ended by the server or the network: open it again, waiting longer each time (5 s up to 2 min).
    const wait = Math.min(120, 5 * 2 ** retry++) * 1000;
    timer = setTimeout(() => { timer = null; sync(me); }, wait);
  });
}

/** Closes the stream (logout). */
export function stop() {
  if (timer) clearTimeout(timer);
  timer = null;
  if (controller) {
    const c = controller;
    controller = null;
    c.abort();
  }
}

export { show as showUnread };
