package org.bobine.sdk.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bobine.sdk.hook.Viewer;

/**
 * An HTTP request for a plugin's router, as {@link PluginTestKit#route(RouteRequest)} sends it. The path is
 * the full one the platform serves, {@code /plugins/<name>/router/...}, optionally with a query string.
 *
 * <pre>{@code
 * kit.route(RouteRequest.post("/plugins/hello/router/notes?draft=true")
 *     .json("{\"text\":\"hi\"}")
 *     .viewer(new Viewer("alice", "user")));
 * }</pre>
 */
public final class RouteRequest {

    private final String method;
    private final String path;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private byte[] body = new byte[0];
    private String contentType;
    private Viewer viewer = Viewer.ANONYMOUS;
    private String remoteAddress = "127.0.0.1";

    private RouteRequest(String method, String path) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path starts with /: " + path);
        }
    }

    /**
     * @param method an HTTP method
     * @param path   {@code /plugins/<name>/router/...}, with an optional query string
     * @return a request without body, from an anonymous viewer
     */
    public static RouteRequest of(String method, String path) {
        return new RouteRequest(method, path);
    }

    /**
     * @param path {@code /plugins/<name>/router/...}
     * @return a GET request
     */
    public static RouteRequest get(String path) {
        return of("GET", path);
    }

    /**
     * @param path {@code /plugins/<name>/router/...}
     * @return a POST request
     */
    public static RouteRequest post(String path) {
        return of("POST", path);
    }

    /**
     * @param name  a header name
     * @param value a value, added to earlier ones of that name
     * @return this
     */
    public RouteRequest header(String name, String value) {
        headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
    }

    /**
     * @param type  the body's content type
     * @param bytes the body
     * @return this
     */
    public RouteRequest body(String type, byte[] bytes) {
        this.contentType = type;
        this.body = bytes.clone();
        return this;
    }

    /**
     * @param type the body's content type; UTF-8 is added as its charset when it names none
     * @param text the body, sent in UTF-8
     * @return this
     */
    public RouteRequest body(String type, String text) {
        String t = type.toLowerCase(Locale.ROOT).contains("charset=") ? type : type + ";charset=UTF-8";
        return body(t, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param json a JSON document
     * @return this, with an {@code application/json} body
     */
    public RouteRequest json(String json) {
        return body("application/json", json);
    }

    /**
     * @param who who asks; the platform derives it from the request's bearer token
     * @return this
     */
    public RouteRequest viewer(Viewer who) {
        this.viewer = Objects.requireNonNull(who, "viewer");
        return this;
    }

    /**
     * @param address the client's IP address (default 127.0.0.1)
     * @return this
     */
    public RouteRequest remoteAddress(String address) {
        this.remoteAddress = address;
        return this;
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the path with its query string, if any */
    public String path() {
        return path;
    }

    /** @return the headers, by case-insensitive name */
    public Map<String, List<String>> headers() {
        return Collections.unmodifiableMap(headers);
    }

    /** @return a copy of the body */
    public byte[] body() {
        return body.clone();
    }

    /** @return the body's content type, or null */
    public String contentType() {
        return contentType;
    }

    /** @return who asks */
    public Viewer viewer() {
        return viewer;
    }

    /** @return the client's address */
    public String remoteAddress() {
        return remoteAddress;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
