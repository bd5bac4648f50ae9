package org.bobine.core.rest.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.UriInfo;
import org.bobine.core.api.BobineException;
import org.bobine.video.api.model.VideoQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

public class ParamsTest {

    public static void assertBadRequest(String field, Executable e) {
        BobineException ex = assertThrows(BobineException.class, e);
        assertEquals(400, ex.status());
        assertTrue(ex.getMessage().startsWith(field), ex.getMessage());
    }

    @Test
    void integers() {
        assertNull(Params.integer("start", null));
        assertNull(Params.integer("start", ""));
        assertEquals(12, Params.integer("start", " 12 "));
        assertEquals(-3, Params.integer("start", "-3"));
        for (String bad : new String[] {"abc", "1.5", "1e3", "99999999999", " "}) {
            assertBadRequest("start", () -> Params.integer("start", bad));
        }
    }

    @Test
    void longs() {
        assertNull(Params.longValue("id", null));
        assertEquals(99_999_999_999L, Params.longValue("id", "99999999999"));
        assertBadRequest("id", () -> Params.longValue("id", "12abc"));
        assertBadRequest("id", () -> Params.longValue("id", "99999999999999999999"));
    }

    @Test
    void booleans() {
        assertNull(Params.bool("nsfw", null));
        assertNull(Params.bool("nsfw", ""));
        assertEquals(Boolean.TRUE, Params.bool("nsfw", "true"));
        assertEquals(Boolean.TRUE, Params.bool("nsfw", "1"));
        assertEquals(Boolean.FALSE, Params.bool("nsfw", " false "));
        assertEquals(Boolean.FALSE, Params.bool("nsfw", "0"));
        for (String bad : new String[] {"yes", "TRUE", "2", "on"}) {
            assertBadRequest("nsfw", () -> Params.bool("nsfw", bad));
        }
    }

    @Test
    void listsInBothForms() {
        MultivaluedMap<String, String> q = new MultivaluedHashMap<>();
        assertNull(Params.list(q, "tagsOneOf"));
        q.add("tagsOneOf", "a");
        q.add("tagsOneOf", "b");
        assertEquals(List.of("a", "b"), Params.list(q, "tagsOneOf"));
        q.add("tagsOneOf[]", "c");
        assertEquals(List.of("a", "b", "c"), Params.list(q, "tagsOneOf"));

        MultivaluedMap<String, String> brackets = new MultivaluedHashMap<>();
        brackets.add("categoryOneOf[]", "1");
        brackets.add("categoryOneOf[]", "15");
        assertEquals(List.of(1, 15), Params.intList(brackets, "categoryOneOf"));
        assertNull(Params.intList(brackets, "licenceOneOf"));
        brackets.add("categoryOneOf", "music");
        assertBadRequest("categoryOneOf", () -> Params.intList(brackets, "categoryOneOf"));
    }

    @Test
    void videoQueryDefaultsAndValues() {
        MultivaluedMap<String, String> q = new MultivaluedHashMap<>();
        VideoQuery defaults = Params.videoQuery(uriInfo(q));
        assertEquals(0, defaults.start);
        assertEquals(15, defaults.count);
        assertNull(defaults.isLocal);
        assertNull(defaults.categoryOneOf);

        q.add("start", "30");
        q.add("count", "5");
        q.add("sort", "-views");
        q.add("isLocal", "true");
        q.add("categoryOneOf[]", "2");
        q.add("languageOneOf", "fr");
        q.add("tagsAllOf", "x");
        q.add("search", "cats");
        VideoQuery v = Params.videoQuery(uriInfo(q));
        assertEquals(30, v.start);
        assertEquals(5, v.count);
        assertEquals("-views", v.sort);
        assertEquals(Boolean.TRUE, v.isLocal);
        assertEquals(List.of(2), v.categoryOneOf);
        assertEquals(List.of("fr"), v.languageOneOf);
        assertEquals(List.of("x"), v.tagsAllOf);
        assertEquals("cats", v.search);

        q.putSingle("count", "many");
        assertBadRequest("count", () -> Params.videoQuery(uriInfo(q)));
    }

    @Test
    void startAndCount() {
        assertEquals(0, Params.start(null));
        assertEquals(15, Params.count(null));
        assertEquals(7, Params.count("7"));
        assertBadRequest("start", () -> Params.start("x"));
    }

    /** A UriInfo that only knows its query parameters. */
    private static UriInfo uriInfo(MultivaluedMap<String, String> query) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> {
                if (method.getName().equals("getQueryParameters")) {
                    return query;
                }
                throw new UnsupportedOperationException(method.getName());
            });
    }
}
