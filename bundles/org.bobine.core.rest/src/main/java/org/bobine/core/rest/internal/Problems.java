package org.bobine.core.rest.internal;

import java.util.Map;
import javax.ws.rs.core.Response;
import org.bobine.sdk.http.Problem;

/** RFC 7807 problem documents as JAX-RS responses, in the one shape of {@link Problem}. */
final class Problems {

    static final String PROBLEM_JSON = Problem.MEDIA_TYPE;

    private Problems() {
    }

    static Map<String, Object> body(int status, String code, String detail) {
        return Problem.body(status, code, detail);
    }

    static Response response(int status, String code, String detail) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(status, code, detail)).build();
    }

    static String title(int status) {
        return Problem.title(status);
    }
}
