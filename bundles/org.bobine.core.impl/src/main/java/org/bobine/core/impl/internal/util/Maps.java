package org.bobine.core.impl.internal.util;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON objects built in place, keeping their keys in order. */
public final class Maps {

    private Maps() {
    }

    /**
     * @param kv keys (strings) and values, alternating; null values are kept
     * @return a mutable ordered map
     */
    public static Map<String, Object> of(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
