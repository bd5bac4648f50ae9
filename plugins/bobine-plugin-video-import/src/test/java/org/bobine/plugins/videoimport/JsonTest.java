package org.bobine.plugins.videoimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesWhatItReads() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", 12L);
        m.put("text", "quote \" backslash \\ newline \n tab \t control \u0001 unicode é \u2028");
        m.put("none", null);
        m.put("flag", true);
        String json = Json.object(m);
        assertEquals(m, Json.parse(json));
    }

    @Test
    void readsYtDlpOutput() {
        Object v = Json.parse("{\"id\": \"x1\", \"title\": \"Caf\\u00e9 \\ud83c\\udfa5\", \"duration\": 12.5, "
            + "\"formats\": [{\"ext\": \"mp4\", \"height\": 720}, {}], \"is_live\": false, \"chapters\": null, "
            + "\"filesize\": -3e2}");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals("Caf\u00e9 \ud83c\udfa5", m.get("title"));
        assertEquals(12.5, m.get("duration"));
        assertEquals(-300.0, m.get("filesize"));
        assertEquals(720L, ((Map<?, ?>) ((List<?>) m.get("formats")).get(0)).get("height"));
        assertEquals(false, m.get("is_live"));
    }

    @Test
    void refusesWhatIsNotJson() {
        for (String s : List.of("", "{", "{\"a\":}", "[1,]", "{\"a\":1} x", "\"\\x\"", "nul", "{a:1}")) {
            assertThrows(IllegalArgumentException.class, () -> Json.parse(s), s);
        }
        char[] deep = new char[1000];
        Arrays.fill(deep, '[');
        assertThrows(IllegalArgumentException.class, () -> Json.parse(new String(deep)));
    }
}
