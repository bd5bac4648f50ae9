package org.bobine.player.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebTorrent tracker protocol as p2p-media-loader speaks it over a WebSocket: peers announce the swarms
 * (one per HLS rendition) they are in, with WebRTC offers; the tracker relays each offer to other peers of
 * the swarm and each answer back to the peer that offered. It keeps nothing but who is connected now, and
 * accepts only swarms of videos this instance serves (public and unlisted): a swarm's info hash is derived
 * from the video's uuid and its master playlist exactly as the player derives it, so unknown hashes are
 * refused.
 */
final class Tracker {

    /** A connected peer: how to send it a message. */
    interface Connection {
        void send(String text);
    }

    /** The swarm prefix the player uses: the video's uuid follows. */
    static final String SWARM_PREFIX = "bobine-";
    private static final Logger LOG = LoggerFactory.getLogger(Tracker.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_OFFERS = 10;
    private static final long REFRESH_MILLIS = 10_000;

    private final Map<String, Map<String, Connection>> swarms = new ConcurrentHashMap<>();
    private final Map<Connection, Set<String[]>> memberships = new ConcurrentHashMap<>();
    private final Supplier<Collection<String>> videos;
    private final Function<String, String> masterPlaylist;
    private final Map<String, Set<String>> hashesByVideo = new ConcurrentHashMap<>();
    private volatile long refreshedAt;

    /**
     * @param videos         uuids of the videos that have an HLS playlist
     * @param masterPlaylist a public or unlisted video's master playlist text, null for others
     */
    Tracker(Supplier<Collection<String>> videos, Function<String, String> masterPlaylist) {
        this.videos = videos;
        this.masterPlaylist = masterPlaylist;
    }

    private static final Pattern ATTR = Pattern.compile("([A-Z-]+)=(\"[^\"]*\"|[^,]*)");

    /**
     * The info hashes p2p-media-loader 2 announces for a video's renditions: its stream id is the base64
     * SHA-1 of "{bandwidth}-{video codec}-{width}-{height}----{frame rate}-" from the master playlist, its
     * swarm "v2-{swarmId}-main-{stream id}", and the info hash the base64 of the first 15 bytes of that
     * swarm's SHA-1.
     */
    static Set<String> infoHashes(String swarmId, String master) {
        Set<String> out = new HashSet<>();
        for (String line : master.split("\n")) {
            if (!line.startsWith("#EXT-X-STREAM-INF:")) {
                continue;
            }
            Map<String, String> a = new HashMap<>();
            Matcher m = ATTR.matcher(line.substring("#EXT-X-STREAM-INF:".length()));
            while (m.find()) {
                a.put(m.group(1), m.group(2).replace("\"", ""));
            }
            String[] size = a.getOrDefault("RESOLUTION", "x").split("x");
            String videoCodec = "";
            for (String c : a.getOrDefault("CODECS", "").split(",")) {
                String t = c.trim().toLowerCase(Locale.ROOT);
                if (t.startsWith("avc") || t.startsWith("hvc") || t.startsWith("hev") || t.startsWith("av01") || t.startsWith("vp")) {
                    videoCodec = t;
                    break;
                }
            }
            String fps = a.get("FRAME-RATE");
            String frameRate = fps == null ? "" : new BigDecimal(fps).stripTrailingZeros().toPlainString();
            String streamId = base64(sha1(a.getOrDefault("BANDWIDTH", "0") + "-" + videoCodec + "-" + size[0] + "-"
                + (size.length > 1 ? size[1] : "") + "----" + frameRate + "-"), 20);
            out.add(base64(sha1("v2-" + swarmId + "-main-" + streamId), 15));
        }
        return out;
    }

    private static byte[] sha1(String s) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes, int length) {
        return Base64.getEncoder().encodeToString(Arrays.copyOf(bytes, length));
    }

    boolean isKnown(String infoHash) {
        if (contains(infoHash)) {
            return true;
        }
        long now = System.currentTimeMillis();
        if (now - refreshedAt < REFRESH_MILLIS) {
            return false;
        }
        refreshedAt = now;
        Collection<String> current = videos.get();
        hashesByVideo.keySet().retainAll(current);
        for (String uuid : current) {
            if (!hashesByVideo.containsKey(uuid)) {
                String master = masterPlaylist.apply(uuid);
                if (master != null) {
                    hashesByVideo.put(uuid, infoHashes(SWARM_PREFIX + uuid, master));
                }
            }
        }
        return contains(infoHash);
    }

    private boolean contains(String infoHash) {
        for (Set<String> hashes : hashesByVideo.values()) {
            if (hashes.contains(infoHash)) {
                return true;
            }
        }
        return false;
    }

    /** @return how many peers are in the swarm now */
    int peers(String infoHash) {
        Map<String, Connection> s = swarms.get(infoHash);
        return s == null ? 0 : s.size();
    }

    /** Handles one message from a peer. */
    void onMessage(Connection from, String text) {
        JsonNode m;
        try {
            m = JSON.readTree(text);
        } catch (Exception e) {
            error(from, "invalid message");
            return;
        }
        String action = m.path("action").asText();
        if ("scrape".equals(action)) {
            scrape(from, m);
            return;
        }
        if (!"announce".equals(action)) {
            error(from, "invalid action");
            return;
        }
        String infoHash = m.path("info_hash").asText("");
        String peerId = m.path("peer_id").asText("");
        if (infoHash.length() != 20 || peerId.length() != 20) {
            error(from, "invalid info_hash or peer_id");
            return;
        }
        if (!isKnown(infoHash)) {
            LOG.debug("Refused an announce for unknown info hash {}", infoHash);
            error(from, "unknown info_hash: this tracker serves only the videos of its instance");
            return;
        }
        Map<String, Connection> swarm = swarms.computeIfAbsent(infoHash, k -> new ConcurrentHashMap<>());
        if ("stopped".equals(m.path("event").asText())) {
            leave(from, infoHash, peerId);
            return;
        }
        if (swarm.put(peerId, from) == null) {
            memberships.computeIfAbsent(from, k -> ConcurrentHashMap.newKeySet()).add(new String[] {infoHash, peerId});
        }
        LOG.debug("Announce in {}: {} peers, {} offers, answer: {}", infoHash, swarm.size(), m.path("offers").size(),
            m.has("answer"));
        if (m.has("answer")) {
            Connection to = swarm.get(m.path("to_peer_id").asText());
            if (to != null) {
                ObjectNode relay = JSON.createObjectNode().put("action", "announce").put("peer_id", peerId)
                    .put("info_hash", infoHash).put("offer_id", m.path("offer_id").asText());
                relay.set("answer", m.get("answer"));
                to.send(relay.toString());
            }
            return;
        }
        ObjectNode reply = JSON.createObjectNode().put("action", "announce").put("interval", 120)
            .put("info_hash", infoHash).put("complete", 0).put("incomplete", swarm.size());
        from.send(reply.toString());
        JsonNode offers = m.path("offers");
        if (offers.isArray() && offers.size() > 0) {
            List<Map.Entry<String, Connection>> others = new ArrayList<>();
            for (Map.Entry<String, Connection> e : swarm.entrySet()) {
                if (!e.getKey().equals(peerId)) {
                    others.add(e);
                }
            }
            Collections.shuffle(others);
            int n = Math.min(Math.min(offers.size(), MAX_OFFERS), others.size());
            for (int i = 0; i < n; i++) {
                JsonNode offer = offers.get(i);
                ObjectNode relay = JSON.createObjectNode().put("action", "announce").put("peer_id", peerId)
                    .put("info_hash", infoHash).put("offer_id", offer.path("offer_id").asText());
                relay.set("offer", offer.get("offer"));
                others.get(i).getValue().send(relay.toString());
            }
        }
    }

    private void scrape(Connection from, JsonNode m) {
        ObjectNode files = JSON.createObjectNode();
        JsonNode hashes = m.path("info_hash");
        List<String> asked = new ArrayList<>();
        if (hashes.isArray()) {
            hashes.forEach(h -> asked.add(h.asText()));
        } else if (hashes.isTextual()) {
            asked.add(hashes.asText());
        }
        for (String h : asked) {
            if (isKnown(h)) {
                files.putObject(h).put("complete", 0).put("incomplete", peers(h)).put("downloaded", 0);
            }
        }
        ObjectNode reply = JSON.createObjectNode().put("action", "scrape");
        reply.set("files", files);
        from.send(reply.toString());
    }

    private void leave(Connection c, String infoHash, String peerId) {
        Map<String, Connection> swarm = swarms.get(infoHash);
        if (swarm != null && swarm.remove(peerId, c) && swarm.isEmpty()) {
            swarms.remove(infoHash, swarm);
        }
    }

    /** Forgets a peer whose socket closed. */
    void onClose(Connection c) {
        Set<String[]> in = memberships.remove(c);
        if (in != null) {
            in.forEach(m -> leave(c, m[0], m[1]));
        }
    }

    private static void error(Connection c, String reason) {
        c.send(JSON.createObjectNode().put("failure reason", reason).toString());
    }

    /** @param action called for each swarm with its peer count, for statistics */
    void eachSwarm(Consumer<Map.Entry<String, Integer>> action) {
        swarms.forEach((k, v) -> action.accept(Map.entry(k, v.size())));
    }
}
