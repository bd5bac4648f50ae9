package org.bobine.core.rest.support;

import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.UriInfo;
import org.bobine.core.api.BobineException;
import org.bobine.video.api.model.VideoQuery;

/** Parsing of query and form values, with 400s that name the field. */
public final class Params {

    private Params() {
    }

    public static Integer integer(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw BobineException.badRequest(field + " must be an integer");
        }
    }

    public static Long longValue(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw BobineException.badRequest(field + " must be an integer");
        }
    }

    public static Boolean bool(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value.trim()) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw BobineException.badRequest(field + " must be true or false");
        };
    }

    /** Values of a list parameter sent as {@code x=1&x=2} or {@code x[]=1&x[]=2}. */
    public static List<String> list(MultivaluedMap<String, String> q, String name) {
        List<String> out = new ArrayList<>();
        for (String key : List.of(name, name + "[]")) {
            List<String> v = q.get(key);
            if (v != null) {
                out.addAll(v);
            }
        }
        return out.isEmpty() ? null : out;
    }

    public static List<Integer> intList(MultivaluedMap<String, String> q, String name) {
        List<String> l = list(q, name);
        return l == null ? null : l.stream().map(s -> integer(name, s)).toList();
    }

    public static VideoQuery videoQuery(UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        VideoQuery query = new VideoQuery();
        Integer start = integer("start", q.getFirst("start"));
        Integer count = integer("count", q.getFirst("count"));
        query.start = start == null ? 0 : start;
        query.count = count == null ? 15 : count;
        if (q.getFirst("sort") != null) {
            query.sort = q.getFirst("sort");
        }
        query.nsfw = q.getFirst("nsfw");
        query.isLocal = bool("isLocal", q.getFirst("isLocal"));
        query.categoryOneOf = intList(q, "categoryOneOf");
        query.licenceOneOf = intList(q, "licenceOneOf");
        query.languageOneOf = list(q, "languageOneOf");
        query.tagsOneOf = list(q, "tagsOneOf");
        query.tagsAllOf = list(q, "tagsAllOf");
        query.search = q.getFirst("search");
        return query;
    }

    public static int start(String s) {
        Integer v = integer("start", s);
        return v == null ? 0 : v;
    }

    public static int count(String s) {
        Integer v = integer("count", s);
        return v == null ? 15 : v;
    }
}
