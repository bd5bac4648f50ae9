package org.bobine.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Map;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import org.bobine.core.api.BobineException;
import org.bobine.video.api.model.VideoAttributes;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> problem(Response r, int status) {
        assertEquals(status, r.getStatus());
        assertEquals(Problems.PROBLEM_JSON, r.getMediaType().toString());
        Map<String, Object> body = (Map<String, Object>) r.getEntity();
        assertEquals(status, body.get("status"));
        assertTrue(body.containsKey("type"));
        assertTrue(body.containsKey("title"));
        assertEquals(body.get("detail"), body.get("error"), "PeerTube's legacy field repeats the detail");
        return body;
    }

    @Test
    void bobineExceptionKeepsStatusCodeAndDetail() {
        Map<String, Object> p = problem(mapper.toResponse(
            new BobineException(413, "quota_reached", "The user video quota is exceeded with this video.")), 413);
        assertEquals("quota_reached", p.get("code"));
        assertEquals("https://docs.joinpeertube.org/api-rest-reference.html#section/Errors/quota_reached", p.get("type"));
        assertEquals("The user video quota is exceeded with this video.", p.get("detail"));
        assertEquals("Payload Too Large", p.get("title"), "as PeerTube words it");

        Map<String, Object> plain = problem(mapper.toResponse(BobineException.badRequest("name is required")), 400);
        assertEquals("about:blank", plain.get("type"));
        assertEquals("Bad Request", plain.get("title"));
        assertEquals("name is required", plain.get("detail"));
        assertFalse(plain.containsKey("code"));
    }

    @Test
    void unknownStatusesStillGetATitle() {
        assertEquals("Too Many Requests", problem(mapper.toResponse(
            new BobineException(429, "too_many_requests", "Slow down")), 429).get("title"));
        assertEquals("Unprocessable Entity", problem(mapper.toResponse(
            new BobineException(422, null, "No")), 422).get("title"));
    }

    @Test
    void bobineExceptionWrappedByTheRuntimeIsUnwrapped() {
        Map<String, Object> p = problem(mapper.toResponse(
            new WebApplicationException(BobineException.forbidden("Not yours"))), 403);
        assertEquals("Not yours", p.get("detail"));
    }

    @Test
    void mismatchedJsonIsABadRequestNamingTheField() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
            () -> JsonProvider.MAPPER.readValue("{\"privacy\": [1]}", VideoAttributes.class));
        Map<String, Object> p = problem(mapper.toResponse(e), 400);
        assertTrue(((String) p.get("detail")).contains("privacy"), (String) p.get("detail"));

        Exception coercion = assertThrows(MismatchedInputException.class,
            () -> JsonProvider.MAPPER.readValue("{\"channelId\": \"abc\"}", VideoAttributes.class));
        p = problem(mapper.toResponse(coercion), 400);
        assertTrue(((String) p.get("detail")).contains("channelId"), (String) p.get("detail"));

        Exception wrapped = new WebApplicationException(e, 400);
        problem(mapper.toResponse(wrapped), 400);
    }

    @Test
    void unknownFieldsAreNamedWhenTheMapperRefusesThem() {
        ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
            () -> strict.readValue("{\"colour\": 1}", VideoAttributes.class));
        assertEquals("Unknown field: colour", problem(mapper.toResponse(e), 400).get("detail"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        JsonParseException e = assertThrows(JsonParseException.class,
            () -> JsonProvider.MAPPER.readTree("{\"name\": oops"));
        String detail = (String) problem(mapper.toResponse(e), 400).get("detail");
        assertTrue(detail.startsWith("Malformed JSON"), detail);
    }

    @Test
    void jaxRsClientErrorsKeepTheirStatus() {
        assertEquals("Not found", problem(mapper.toResponse(new NotFoundException()), 404).get("detail"));
        assertEquals("Method not allowed",
            problem(mapper.toResponse(new NotAllowedException("GET")), 405).get("detail"));
    }

    @Test
    void serverErrorsSayNothingOfTheInside() {
        Map<String, Object> p = problem(mapper.toResponse(
            new IllegalStateException("connection to jdbc:derby:/secret/path refused")), 500);
        assertEquals("The server could not process the request", p.get("detail"));
        assertFalse(p.toString().contains("secret"));
        assertEquals("Internal Server Error", p.get("title"));

        Map<String, Object> unavailable = problem(mapper.toResponse(
            new ServiceUnavailableException("database /secret/path is down")), 503);
        assertFalse(unavailable.toString().contains("secret"));

        Map<String, Object> npe = problem(mapper.toResponse(new NullPointerException()), 500);
        assertInstanceOf(String.class, npe.get("detail"));
    }
}
