// P2P between viewers of the same video: p2p-media-loader over hls.js, peers found through this instance's
// WebSocket tracker (/tracker/socket) and nothing else (no public trackers, no STUN servers), each segment
// from a peer checked against the video's segments-sha256.json before it is used. Viewers turn it off with
// the switch under the player; administrators for the whole instance in its configuration.

const SETTING = 'bobine.p2p';

/** Segment bytes that came over HTTP and from peers (validated), for the viewer, the tests and bench/p2p. */
export const stats = { http: 0, p2p: 0, peers: new Set() };

export function viewerAllows() {
  return localStorage.getItem(SETTING) !== 'off';
}

export function setViewerAllows(on) {
  localStorage.setItem(SETTING, on ? 'on' : 'off');
}

async function sha256Hex(data) {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Loads the P2P engine; null when P2P is off or cannot work here (the player then uses HTTP alone). */
export async function load(instanceAllows) {
  if (!instanceAllows || !viewerAllows() || !window.RTCPeerConnection || !window.crypto || !crypto.subtle) {
    return null;
  }
  let module;
  try {
    module = await import('/client/lib/p2p-media-loader-hlsjs.es.js');
  } catch (e) {
    return null;
  }
  const tracker = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/tracker/socket';
  return {
    mixin: (Hls) => module.HlsJsP2PEngine.injectMixin(Hls),
    config: (video, playlist) => {
      let hashes = null;
      const known = fetch(playlist.segmentsSha256Url).then((r) => (r.ok ? r.json() : null)).then((j) => { hashes = j; })
        .catch(() => {});
      return {
        core: {
          swarmId: 'bobine-' + video.uuid,
          announceTrackers: [tracker],
          rtcConfig: { iceServers: [] },
          validateP2PSegment: async (url, byteRange, data) => {
            await known;
            if (!hashes || !byteRange) return false;
            const file = new URL(url, location.href).pathname.split('/').pop();
            const expected = (hashes[file] || {})[`${byteRange.start}-${byteRange.end}`];
            return !!expected && expected === (await sha256Hex(data));
          },
        },
        onHlsJsCreated: (hls) => {
          // Counted once a segment is complete and, from a peer, checked against segments-sha256.json.
          hls.p2pEngine.addEventListener('onSegmentLoaded', (d) => {
            stats[d.downloadSource === 'p2p' ? 'p2p' : 'http'] += d.bytesLength;
          });
          hls.p2pEngine.addEventListener('onPeerConnect', (peer) => stats.peers.add(peer.peerId));
          hls.p2pEngine.addEventListener('onPeerClose', (peer) => stats.peers.delete(peer.peerId));
        },
      };
    },
  };
}
