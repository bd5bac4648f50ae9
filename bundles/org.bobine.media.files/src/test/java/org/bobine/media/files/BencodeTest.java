package org.bobine.media.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BencodeTest {

    private static String enc(Object o) {
        return new String(Bencode.encode(o), StandardCharsets.ISO_8859_1);
    }

    @Test
    void strings() {
        assertEquals("4:spam", enc("spam"));
        assertEquals("0:", enc(""));
        // Length is in bytes, not characters.
        assertArrayEquals("2:\u00e9".getBytes(StandardCharsets.UTF_8), Bencode.encode("\u00e9"));
    }

    @Test
    void integers() {
        assertEquals("i3e", enc(3));
        assertEquals("i0e", enc(0));
        assertEquals("i-3e", enc(-3));
        assertEquals("i9876543210e", enc(9_876_543_210L));
    }

    @Test
    void lists() {
        assertEquals("l4:spam4:eggse", enc(List.of("spam", "eggs")));
        assertEquals("le", enc(List.of()));
        assertEquals("lli1eei2ee", enc(List.of(List.of(1), 2)));
    }

    @Test
    void dictionariesHaveKeysSortedAsRawBytes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("spam", List.of("a", "b"));
        m.put("cow", "moo");
        assertEquals("d3:cow3:moo4:spaml1:a1:bee", enc(m));
        assertEquals("de", enc(Map.of()));

        Map<String, Object> bytes = new LinkedHashMap<>();
        bytes.put("b", 1);
        bytes.put("\u00e9", 2);
        bytes.put("B", 3);
        bytes.put("a b", 4);
        bytes.put("a", 5);
        // 'B' (0x42) < 'a' (0x61) < "a b" < 'b' (0x62) < 0xC3 0xA9
        assertArrayEquals("d1:Bi3e1:ai5e3:a bi4e1:bi1e2:\u00e9i2ee".getBytes(StandardCharsets.UTF_8),
            Bencode.encode(bytes));
    }

    @Test
    void rawBytes() {
        byte[] b = {0, (byte) 0xff, '\n'};
        byte[] out = Bencode.encode(b);
        assertArrayEquals(new byte[] {'3', ':', 0, (byte) 0xff, '\n'}, out);
    }

    @Test
    void refusesOtherTypes() {
        assertThrows(IllegalArgumentException.class, () -> Bencode.encode(null));
        assertThrows(IllegalArgumentException.class, () -> Bencode.encode(new Object()));
    }
}
