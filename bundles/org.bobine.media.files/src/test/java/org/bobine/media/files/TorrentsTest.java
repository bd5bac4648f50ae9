package org.bobine.media.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TorrentsTest {

    private static final String SEED = "http://localhost:9000/static/web-videos/abc-0.mp4";
    private static final List<String> TRACKERS =
        List.of("ws://localhost:9000/tracker/socket", "http://localhost:9000/tracker/announce");

    @TempDir
    Path dir;

    @Test
    void metainfoDescribesTheFile() throws Exception {
        byte[] content = new byte[300 * 1024 + 123];
        new Random(42).nextBytes(content);
        Path file = Files.write(dir.resolve("video.mp4"), content);

        Torrents.Torrent t = Torrents.build(file, "abc-0.mp4", SEED, TRACKERS);

        Decoder d = new Decoder(t.metainfo());
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) d.decode();
        assertEquals(t.metainfo().length, d.pos, "nothing after the dictionary");
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) meta.get("info");
        assertEquals("abc-0.mp4", str(info.get("name")));
        assertEquals((long) content.length, info.get("length"));
        long pieceLength = (Long) info.get("piece length");
        assertEquals(16 * 1024, pieceLength);

        byte[] pieces = (byte[]) info.get("pieces");
        int count = (int) ((content.length + pieceLength - 1) / pieceLength);
        assertEquals(count * 20, pieces.length);
        for (int i = 0; i < count; i++) {
            int from = (int) (i * pieceLength);
            int to = (int) Math.min(content.length, from + pieceLength);
            byte[] expected = MessageDigest.getInstance("SHA-1").digest(Arrays.copyOfRange(content, from, to));
            assertArrayEquals(expected, Arrays.copyOfRange(pieces, i * 20, i * 20 + 20), "piece " + i);
        }

        assertEquals(List.of(SEED), ((List<?>) meta.get("url-list")).stream().map(TorrentsTest::str).toList());
        assertEquals(TRACKERS.get(0), str(meta.get("announce")));
        assertEquals(2, ((List<?>) meta.get("announce-list")).size());

        byte[] infoBytes = Arrays.copyOfRange(t.metainfo(), d.infoStart, d.infoEnd);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(infoBytes)), t.infoHash());
        assertTrue(t.infoHash().matches("[0-9a-f]{40}"));
    }

    @Test
    void fileOfWholePiecesHasNoEmptyLastPiece() throws Exception {
        byte[] content = new byte[4 * 16 * 1024];
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("whole.webm"), content);

        Torrents.Torrent t = Torrents.build(file, "whole.webm", SEED, List.of());

        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) new Decoder(t.metainfo()).decode();
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) meta.get("info");
        assertEquals(4 * 20, ((byte[]) info.get("pieces")).length);
        assertFalse(meta.containsKey("announce"), "no tracker, no announce");
    }

    @Test
    void pieceLengthGrowsWithTheFile() {
        assertEquals(16 * 1024, Torrents.pieceLength(0));
        assertEquals(16 * 1024, Torrents.pieceLength(1500L * 16 * 1024));
        assertEquals(32 * 1024, Torrents.pieceLength(1500L * 16 * 1024 + 16 * 1024));
        assertEquals(16 * 1024 * 1024, Torrents.pieceLength(1L << 40));
    }

    @Test
    void magnetNamesHashSeedAndTorrent() {
        String hash = "0123456789abcdef0123456789abcdef01234567";
        String torrentUrl = "http://localhost:9000/lazy-static/torrents/abc-0.torrent";
        String m = Torrents.magnet(hash, "My video", torrentUrl, SEED, TRACKERS);
        assertTrue(m.startsWith("magnet:?"), m);
        assertTrue(m.contains("xt=urn:btih:" + hash), m);
        assertTrue(m.contains("ws=" + URLEncoder.encode(SEED, StandardCharsets.UTF_8)), m);
        assertTrue(m.contains("xs=" + URLEncoder.encode(torrentUrl, StandardCharsets.UTF_8)), m);
        assertTrue(m.contains("dn=My+video"), m);
        for (String tr : TRACKERS) {
            assertTrue(m.contains("tr=" + URLEncoder.encode(tr, StandardCharsets.UTF_8)), m);
        }
    }

    private static String str(Object bytes) {
        return new String((byte[]) bytes, StandardCharsets.UTF_8);
    }

    /** Just enough bencode decoding to read a torrent back; remembers where the top-level info dict is. */
    private static final class Decoder {
        private final byte[] b;
        int pos;
        int infoStart = -1;
        int infoEnd = -1;

        Decoder(byte[] b) {
            this.b = b;
        }

        Object decode() {
            return decode(0);
        }

        private Object decode(int depth) {
            byte c = b[pos];
            if (c == 'i') {
                int end = indexOf('e', pos);
                long v = Long.parseLong(new String(b, pos + 1, end - pos - 1, StandardCharsets.US_ASCII));
                pos = end + 1;
                return v;
            }
            if (c == 'l') {
                pos++;
                List<Object> l = new ArrayList<>();
                while (b[pos] != 'e') {
                    l.add(decode(depth + 1));
                }
                pos++;
                return l;
            }
            if (c == 'd') {
                pos++;
                Map<String, Object> m = new LinkedHashMap<>();
                String previous = null;
                while (b[pos] != 'e') {
                    String key = str(decode(depth + 1));
                    if (previous != null) {
                        assertTrue(previous.compareTo(key) < 0, "keys sorted: " + previous + " < " + key);
                    }
                    previous = key;
                    int start = pos;
                    m.put(key, decode(depth + 1));
                    if (depth == 0 && key.equals("info")) {
                        infoStart = start;
                        infoEnd = pos;
                    }
                }
                pos++;
                return m;
            }
            int colon = indexOf(':', pos);
            int len = Integer.parseInt(new String(b, pos, colon - pos, StandardCharsets.US_ASCII));
            byte[] s = Arrays.copyOfRange(b, colon + 1, colon + 1 + len);
            pos = colon + 1 + len;
            return s;
        }

        private int indexOf(char ch, int from) {
            for (int i = from; i < b.length; i++) {
                if (b[i] == ch) {
                    return i;
                }
            }
            throw new IllegalStateException("no " + ch + " after " + from);
        }
    }
}
