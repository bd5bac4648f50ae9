// The player: adaptive HLS through hls.js (the browser's own HLS where hls.js cannot run), a manual
// resolution choice (remembered in this browser), playback speed, fullscreen from the native controls, and a
// start time.
import { t } from './i18n.js';

const QUALITY = 'bobine.quality';

/** The height the viewer chose last time, or null for automatic. */
function preferredHeight() {
  const h = Number(localStorage.getItem(QUALITY));
  return Number.isInteger(h) && h > 0 ? h : null;
}

/** Seconds from "90", "1m30s", "1h2m3s" or "90s"; null when it is none of those. */
export function parseTime(value) {
  if (value == null || value === '') return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  return (Number(m[1] || 0) * 3600) + (Number(m[2] || 0) * 60) + Number(m[3] || 0);
}

/** "1m30s" style, as PeerTube writes start times in links. */
export function formatTime(seconds) {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return (h ? h + 'h' : '') + (h || m ? m + 'm' : '') + (s % 60) + 's';
}

/**
 * Builds the player for a video.
 * @param {HTMLElement} root where to put it
 * @param {object} video the video's JSON
 * @param {object} options {start: seconds, headers: sent with every media request hls.js makes (the viewer's token,
 *   a video's password), privateFiles: true when the poster too needs those headers, autoplay, p2p: from p2p.js or null}
 * @return {{video: HTMLVideoElement, destroy: function}}
 */
export function createPlayer(root, video, options = {}) {
  const wrap = document.createElement('div');
  wrap.className = 'player-wrap';
  const el = document.createElement('video');
  el.id = 'player';
  el.controls = true;
  el.playsInline = true;
  el.preload = 'metadata';
  let posterUrl = null;
  if (video.previewPath && options.privateFiles && Object.keys(options.headers || {}).length) {
    // An image attribute cannot send headers: the preview of a private or protected video is fetched with them.
    fetch(video.previewPath, { headers: options.headers })
      .then((r) => (r.ok ? r.blob() : null))
      .then((blob) => {
        if (blob) el.poster = posterUrl = URL.createObjectURL(blob);
      })
      .catch(() => {});
  } else if (video.previewPath) {
    el.poster = video.previewPath;
  }
  el.setAttribute('aria-label', t('player.label', { name: video.name }));
  wrap.append(el);

  const controls = document.createElement('div');
  controls.className = 'controls';
  const quality = labelled(t('player.quality'), document.createElement('select'));
  quality.select.id = 'quality';
  const speed = labelled(t('player.speed'), document.createElement('select'));
  speed.select.id = 'speed';
  for (const s of [0.5, 0.75, 1, 1.25, 1.5, 2]) {
    speed.select.append(new Option(s === 1 ? t('player.normal') : s + '×', String(s), s === 1, s === 1));
  }
  speed.select.addEventListener('change', () => { el.playbackRate = Number(speed.select.value); });
  controls.append(quality.label, speed.label);
  root.append(wrap, controls);

  let hls = null;
  const playlist = (video.streamingPlaylists || [])[0];
  const start = options.start || 0;
  const seekToStart = () => {
    if (start > 0 && start < (el.duration || Infinity)) el.currentTime = start;
  };
  el.addEventListener('loadedmetadata', seekToStart, { once: true });

  if (playlist && window.Hls && window.Hls.isSupported()) {
    const hlsConfig = {
      startPosition: start > 0 ? start : -1,
      xhrSetup: (xhr) => {
        for (const [k, v] of Object.entries(options.headers || {})) xhr.setRequestHeader(k, v);
      },
    };
    if (options.p2p) {
      // hls.js hands each fragment's buffer to its worker, which detaches it: the copy the P2P loader keeps
      // for other viewers would then be empty. fMP4 needs no transmuxing, so the main thread costs little.
      hlsConfig.enableWorker = false;
    }
    const HlsClass = options.p2p ? options.p2p.mixin(window.Hls) : window.Hls;
    hls = new HlsClass(options.p2p ? { ...hlsConfig, p2p: options.p2p.config(video, playlist) } : hlsConfig);
    hls.loadSource(playlist.playlistUrl);
    hls.attachMedia(el);
    hls.on(window.Hls.Events.MANIFEST_PARSED, () => {
      // The remembered choice applies before the first fragment is loaded (no buffer to flush).
      const chosen = hls.levels.findIndex((level) => level.height === preferredHeight());
      quality.select.append(new Option(t('player.auto'), '-1', chosen < 0, chosen < 0));
      hls.levels.forEach((level, i) => quality.select.append(new Option(level.height + 'p', String(i), i === chosen, i === chosen)));
      if (chosen >= 0) hls.loadLevel = chosen;
      if (options.autoplay) el.play().catch(() => {});
    });
    quality.select.addEventListener('change', () => {
      const i = Number(quality.select.value);
      if (i >= 0) localStorage.setItem(QUALITY, String(hls.levels[i].height));
      else localStorage.removeItem(QUALITY);
      // A smooth switch: what is buffered plays out, the next fragments come in the new quality.
      hls.nextLevel = i;
    });
    hls.on(window.Hls.Events.ERROR, (_, data) => {
      if (data.fatal) showError(root, t('player.loadFailed', { details: data.details }));
    });
  } else {
    // Web-video files (or the browser's own HLS): one source per resolution, chosen by hand.
    const files = (video.files || []).slice().sort((a, b) => b.resolution.id - a.resolution.id);
    if (playlist && el.canPlayType('application/vnd.apple.mpegurl')) {
      el.src = playlist.playlistUrl;
      quality.select.append(new Option(t('player.auto'), 'auto', true, true));
    } else if (files.length) {
      files.forEach((f, i) => quality.select.append(new Option(f.resolution.label, f.fileUrl, i === 0, i === 0)));
      el.src = files[0].fileUrl;
      quality.select.addEventListener('change', () => {
        const t = el.currentTime;
        const playing = !el.paused;
        el.src = quality.select.value;
        el.addEventListener('loadedmetadata', () => { el.currentTime = t; if (playing) el.play(); }, { once: true });
      });
    } else {
      showError(root, t('player.noFile'));
    }
    if (options.autoplay) el.play().catch(() => {});
  }
  return {
    video: el,
    destroy: () => {
      if (hls) hls.destroy();
      if (posterUrl) URL.revokeObjectURL(posterUrl);
    },
  };
}

function labelled(text, select) {
  const label = document.createElement('label');
  label.append(text + ' ', select);
  return { label, select };
}

function showError(root, message) {
  const p = document.createElement('p');
  p.className = 'error';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  root.append(p);
}
