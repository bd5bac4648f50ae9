package org.bobine.sdk.testkit;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What a plugin's router answered to a {@link RouteRequest}. */
public final class RouteResponse {

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    RouteResponse(int status, Map<String, List<String>> headers, byte[] body) {
        this.status = status;
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
        this.headers = Collections.unmodifiableMap(h);
        this.body = body;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the content type with its charset, or null */
    public String contentType() {
        return header("Content-Type");
    }

    /**
     * @param name a header name, in any case
     * @return its first value, or null
     */
    public String header(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** @return every header, by case-insensitive name */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** @return a copy of the body's bytes */
    public byte[] body() {
        return body.clone();
    }

    /** @return the body decoded with the content type's charset, UTF-8 when it names none */
    public String text() {
        return new String(body, charset(contentType()));
    }

    static Charset charset(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    try {
                        return Charset.forName(p.substring(8).replace("\"", "").trim());
                    } catch (IllegalArgumentException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    @Override
    public String toString() {
        String t = text();
        return status + " " + (contentType() == null ? "" : contentType() + " ")
            + (t.length() > 200 ? t.substring(0, 200) + "..." : t);
    }
}
