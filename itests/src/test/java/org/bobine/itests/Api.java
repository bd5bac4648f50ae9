package org.bobine.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for Bobine's PeerTube API, as a PeerTube client speaks it. */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;

    Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** @param b an instance @return an anonymous client */
    static Api anonymous(Bobine b) {
        return new Api(b.url(), null);
    }

    /** @param token a bearer token @return a client sending it */
    Api as(String token) {
        return new Api(base, token);
    }

    /** A response: status, headers, body. */
    record Res(int status, HttpResponse<byte[]> raw) {
        String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + text(), e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    /** Logs in with the password grant. */
    String login(String username, String password) {
        Res r = token(username, password);
        if (r.status() != 200) {
            throw new IllegalStateException("Login of " + username + " failed: " + r);
        }
        return r.json().get("access_token").asText();
    }

    Res token(String username, String password) {
        JsonNode client = get("/api/v1/oauth-clients/local").json();
        return form("/api/v1/users/token", Map.of("client_id", client.get("client_id").asText(),
            "client_secret", client.get("client_secret").asText(), "grant_type", "password",
            "username", username, "password", password));
    }

    Res get(String path) {
        return send(builder(path).GET());
    }

    Res get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path);
        headers.forEach(b::header);
        return send(b.GET());
    }

    Res delete(String path) {
        return send(builder(path).DELETE());
    }

    Res postJson(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json").POST(body(body)));
    }

    Res putJson(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json").PUT(body(body)));
    }

    Res postRaw(String path, String contentType, byte[] body) {
        return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Res form(String path, Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(sb.toString())));
    }

    Res put(String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder b = builder(path);
        headers.forEach(b::header);
        return send(b.PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Res postWithHeaders(String path, Map<String, String> headers, Object json) {
        HttpRequest.Builder b = builder(path).header("Content-Type", "application/json");
        headers.forEach(b::header);
        return send(b.POST(body(json)));
    }

    /** A multipart/form-data body, built in order as PeerTube clients send it. */
    static final class Multipart {
        private final String boundary = "----bobine" + UUID.randomUUID().toString().replace("-", "");
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            write(value);
            write("\r\n");
            return this;
        }

        Multipart file(String name, String filename, String type, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + type + "\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        byte[] build() {
            write("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    Res multipart(String path, Multipart m) {
        byte[] body = m.build();
        return send(builder(path).header("Content-Type", m.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Res multipartPut(String path, Multipart m) {
        byte[] body = m.build();
        return send(builder(path).header("Content-Type", m.contentType()).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Uploads a video with the legacy multipart route. */
    Res upload(long channelId, String name, int privacy, String filename, byte[] content, String... tags) {
        Multipart m = new Multipart().field("name", name).field("channelId", String.valueOf(channelId))
            .field("privacy", String.valueOf(privacy));
        for (int i = 0; i < tags.length; i++) {
            m.field("tags[" + i + "]", tags[i]);
        }
        m.file("videofile", filename, "video/mp4", content);
        return multipart("/api/v1/videos/upload", m);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
            .timeout(Duration.ofSeconds(120));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(body instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                : JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Res send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Res(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** @return a JSON object from alternating keys and values */
    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
