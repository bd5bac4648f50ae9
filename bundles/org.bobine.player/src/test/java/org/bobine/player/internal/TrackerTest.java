package org.bobine.player.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackerTest {

    private static final String UUID = "f62fa20b-b9be-47cb-9a46-5c5da0d82378";
    private static final String MASTER = "#EXTM3U\n#EXT-X-VERSION:6\n"
        + "#EXT-X-STREAM-INF:BANDWIDTH=1234567,RESOLUTION=1280x720,FRAME-RATE=30.000,CODECS=\"avc1.64001f,mp4a.40.2\"\n"
        + "720.m3u8\n";

    /** The vector was computed with p2p-media-loader-core 2.3.1's own generateStreamShortId in node. */
    @Test
    void infoHashesAreThoseP2pMediaLoaderAnnounces() {
        assertEquals(Set.of("reqUOtx1JYJgwJ9j0oOI"), Tracker.infoHashes("bobine-" + UUID, MASTER));
    }

    private static final class Peer implements Tracker.Connection {
        final List<String> received = new ArrayList<>();

        @Override
        public void send(String text) {
            received.add(text);
        }
    }

    @Test
    void offersGoToOtherPeersAndAnswersBackUnknownSwarmsAreRefused() {
        Tracker t = new Tracker(() -> List.of(UUID), uuid -> MASTER);
        Peer a = new Peer();
        Peer b = new Peer();
        String hash = "reqUOtx1JYJgwJ9j0oOI";
        t.onMessage(a, "{\"action\":\"announce\",\"info_hash\":\"" + hash + "\",\"peer_id\":\"-PM0203-aaaaaaaaaaaa\",\"offers\":[]}");
        assertTrue(a.received.get(0).contains("\"interval\""), a.received.toString());
        t.onMessage(b, "{\"action\":\"announce\",\"info_hash\":\"" + hash + "\",\"peer_id\":\"-PM0203-bbbbbbbbbbbb\","
            + "\"offers\":[{\"offer_id\":\"o1\",\"offer\":{\"type\":\"offer\",\"sdp\":\"x\"}}]}");
        assertEquals(2, t.peers(hash));
        assertTrue(a.received.get(1).contains("\"offer_id\":\"o1\"") && a.received.get(1).contains("-PM0203-bbbbbbbbbbbb"));
        t.onMessage(a, "{\"action\":\"announce\",\"info_hash\":\"" + hash + "\",\"peer_id\":\"-PM0203-aaaaaaaaaaaa\","
            + "\"to_peer_id\":\"-PM0203-bbbbbbbbbbbb\",\"offer_id\":\"o1\",\"answer\":{\"type\":\"answer\",\"sdp\":\"y\"}}");
        assertTrue(b.received.get(b.received.size() - 1).contains("\"answer\""));
        Peer c = new Peer();
        t.onMessage(c, "{\"action\":\"announce\",\"info_hash\":\"AAAAAAAAAAAAAAAAAAAA\",\"peer_id\":\"-PM0203-cccccccccccc\"}");
        assertTrue(c.received.get(0).contains("failure reason"));
        t.onClose(a);
        assertEquals(1, t.peers(hash));
    }
}
