package org.bobine.sdk.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/**
 * The one shape of every error Bobine answers, on the REST API, file routes and plugin routes alike: an RFC
 * 7807 {@code application/problem+json} document in PeerTube's flavour, with {@code type}, {@code title},
 * {@code detail}, {@code status}, PeerTube's {@code code} when there is one, and {@code error} (the detail
 * again, which PeerTube before 3.2 and clients such as {@code peertube-cli} read).
 */
public final class Problem {

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_BASE = "https://docs.joinpeertube.org/api-rest-reference.html#section/Errors/";

    private Problem() {
    }

    /**
     * @param status an HTTP status
     * @return its reason phrase as PeerTube (Node.js) words it, e.g. "Not Found", "Payload Too Large"
     */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 416 -> "Range Not Satisfiable";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error";
        };
    }

    /**
     * @param status the HTTP status
     * @param code   PeerTube's error code (e.g. {@code video_requires_password}), or null
     * @param detail what went wrong, for people
     * @return the document's fields, in order, for a JSON library
     */
    public static Map<String, Object> body(int status, String code, String detail) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", code == null ? "about:blank" : TYPE_BASE + code);
        p.put("title", title(status));
        p.put("detail", detail);
        p.put("status", status);
        if (code != null) {
            p.put("code", code);
        }
        p.put("error", detail);
        return p;
    }

    /**
     * @param status the HTTP status
     * @param code   PeerTube's error code, or null
     * @param detail what went wrong
     * @return the document as JSON text
     */
    public static String json(int status, String code, String detail) {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, Object> e : body(status, code, detail).entrySet()) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(Json.quote(e.getKey())).append(':');
            b.append(e.getValue() instanceof Integer i ? i.toString() : Json.quote((String) e.getValue()));
        }
        return b.append('}').toString();
    }

    /**
     * Answers a servlet request with a problem document.
     *
     * @param resp   the response, not committed yet
     * @param status the HTTP status
     * @param code   PeerTube's error code, or null
     * @param detail what went wrong
     * @throws IOException when the client is gone
     */
    public static void write(HttpServletResponse resp, int status, String code, String detail) throws IOException {
        resp.setStatus(status);
        resp.setContentType(MEDIA_TYPE);
        resp.setCharacterEncoding("UTF-8");
        byte[] body = json(status, code, detail).getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
