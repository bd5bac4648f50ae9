package org.bobine.sdk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void documentsHavePeerTubesFieldsInOrder() {
        assertEquals("{\"type\":\"https://docs.joinpeertube.org/api-rest-reference.html#section/Errors/video_requires_password\","
            + "\"title\":\"Forbidden\",\"detail\":\"Needs a password\",\"status\":403,\"code\":\"video_requires_password\","
            + "\"error\":\"Needs a password\"}", Problem.json(403, "video_requires_password", "Needs a password"));
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"detail\":\"No such route\",\"status\":404,"
            + "\"error\":\"No such route\"}", Problem.json(404, null, "No such route"));
    }

    @Test
    void stringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\\u003c/script\\u003e\"", Json.quote("a\"b\\c\nd\u0001</script>"));
        assertEquals("null", Json.quote(null));
        assertEquals("\"\"", Json.quote(""));
        assertEquals("Too Many Requests", Problem.title(429));
        assertEquals("Error", Problem.title(599));
    }
}
