package org.bobine.media.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A bencode writer (BitTorrent BEP 3) for the four types: byte strings, integers, lists and dictionaries
 * with keys sorted as raw bytes. Written here because the few Java bencode libraries are not OSGi bundles
 * and writing is all Bobine needs.
 */
public final class Bencode {

    private Bencode() {
    }

    /**
     * @param value a String, byte[], Number, List or Map with String keys
     * @return its bencoding
     */
    public static byte[] encode(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Object v) {
        if (v instanceof String s) {
            writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
        } else if (v instanceof byte[] b) {
            writeBytes(out, b);
        } else if (v instanceof Number n) {
            out.writeBytes(("i" + n.longValue() + "e").getBytes(StandardCharsets.US_ASCII));
        } else if (v instanceof List<?> l) {
            out.write('l');
            for (Object o : l) {
                write(out, o);
            }
            out.write('e');
        } else if (v instanceof Map<?, ?> m) {
            SortedMap<String, Object> sorted = new TreeMap<>((a, b) -> compareBytes(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
            m.forEach((k, val) -> sorted.put((String) k, val));
            out.write('d');
            sorted.forEach((k, val) -> {
                writeBytes(out, k.getBytes(StandardCharsets.UTF_8));
                write(out, val);
            });
            out.write('e');
        } else {
            throw new IllegalArgumentException("Cannot bencode " + (v == null ? "null" : v.getClass().getName()));
        }
    }

    private static void writeBytes(ByteArrayOutputStream out, byte[] b) {
        out.writeBytes((b.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(b);
    }

    private static int compareBytes(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(a[i] & 0xff, b[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
