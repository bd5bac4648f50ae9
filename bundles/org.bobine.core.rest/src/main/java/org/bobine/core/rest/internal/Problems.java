package org.bobine.core.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.core.Response;

/** RFC 7807 problem documents in PeerTube's flavour. */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    static Map<String, Object> body(int status, String code, String detail) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", code == null ? "about:blank"
            : "https://docs.joinpeertube.org/api-rest-reference.html#section/Errors/" + code);
        p.put("title", title(status));
        p.put("detail", detail);
        p.put("status", status);
        if (code != null) {
            p.put("code", code);
        }
        // PeerTube before 3.2 and clients such as peertube-cli read "error".
        p.put("error", detail);
        return p;
    }

    static Response response(int status, String code, String detail) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(status, code, detail)).build();
    }

    static String title(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        if (s != null) {
            return s.getReasonPhrase();
        }
        return switch (status) {
            case 413 -> "Payload Too Large";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            default -> "Error";
        };
    }
}
