package org.bobine.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The runner side of PeerTube's runner protocol, over HTTP with JSON bodies. Tokens are only ever sent
 * to the instance the runner registered with: a file URL on another origin is refused.
 */
final class InstanceClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a registration returned. */
    record Registration(long id, String runnerToken) {
    }

    private final URI base;
    private final String runnerToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER).build();

    InstanceClient(String url, String runnerToken) throws RunnerException {
        String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        try {
            this.base = URI.create(u);
        } catch (IllegalArgumentException e) {
            throw new RunnerException("Not a URL: " + url);
        }
        if (base.getHost() == null || !("http".equals(base.getScheme()) || "https".equals(base.getScheme()))) {
            throw new RunnerException("The instance URL must be http(s)://host[:port]: " + url);
        }
        this.runnerToken = runnerToken;
    }

    Registration register(String registrationToken, String name, String description, String version)
        throws RunnerException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("registrationToken", registrationToken);
        body.put("name", name);
        if (description != null) {
            body.put("description", description);
        }
        body.put("version", version);
        JsonNode r = post("/api/v1/runners/register", body);
        return new Registration(r.path("id").asLong(), r.path("runnerToken").asText());
    }

    void unregister() throws RunnerException {
        post("/api/v1/runners/unregister", Map.of("runnerToken", runnerToken));
    }

    JsonNode request(List<String> jobTypes) throws RunnerException {
        return post("/api/v1/runners/jobs/request", Map.of("runnerToken", runnerToken, "jobTypes", jobTypes));
    }

    JsonNode accept(String jobUuid) throws RunnerException {
        return post("/api/v1/runners/jobs/" + jobUuid + "/accept", Map.of("runnerToken", runnerToken)).path("job");
    }

    void update(String jobUuid, String jobToken, int progress) throws RunnerException {
        post("/api/v1/runners/jobs/" + jobUuid + "/update",
            Map.of("runnerToken", runnerToken, "jobToken", jobToken, "progress", progress));
    }

    void error(String jobUuid, String jobToken, String message) throws RunnerException {
        post("/api/v1/runners/jobs/" + jobUuid + "/error",
            Map.of("runnerToken", runnerToken, "jobToken", jobToken, "message", message));
    }

    void abort(String jobUuid, String jobToken, String reason) throws RunnerException {
        post("/api/v1/runners/jobs/" + jobUuid + "/abort",
            Map.of("runnerToken", runnerToken, "jobToken", jobToken, "reason", reason));
    }

    /** Downloads an input file of a job (the URL comes from the job's payload) to {@code target}. */
    void download(String url, String jobToken, Path target) throws RunnerException {
        URI uri = sameOrigin(url);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofHours(1))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("runnerToken", runnerToken, "jobToken", jobToken))))
            .build();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            HttpResponse<Path> r = http.send(req, HttpResponse.BodyHandlers.ofFile(part));
            if (r.statusCode() != 200) {
                String detail = Files.readString(part);
                throw new RunnerException("Downloading " + uri.getPath() + " answered " + r.statusCode() + ": "
                    + detail(detail), r.statusCode());
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunnerException("Interrupted");
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    /** Sends the result files, tokens first, as a streamed multipart body. */
    void success(String jobUuid, String jobToken, Map<String, Path> files) throws RunnerException {
        String boundary = "bobine-" + UUID.randomUUID();
        List<InputStream> parts = new ArrayList<>();
        parts.add(text(field(boundary, "runnerToken", runnerToken) + field(boundary, "jobToken", jobToken)));
        for (var f : files.entrySet()) {
            parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"payload[" + f.getKey()
                + "]\"; filename=\"" + f.getValue().getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
            Path file = f.getValue();
            parts.add(new LazyFileStream(file));
            parts.add(text("\r\n"));
        }
        parts.add(text("--" + boundary + "--\r\n"));
        long length = 0;
        try {
            for (InputStream p : parts) {
                length += p instanceof LazyFileStream l ? Files.size(l.file) : ((ByteArrayInputStream) p).available();
            }
        } catch (IOException e) {
            throw new RunnerException("Cannot read a result file: " + e.getMessage());
        }
        HttpRequest req = HttpRequest.newBuilder(base.resolve("/api/v1/runners/jobs/" + jobUuid + "/success"))
            .timeout(Duration.ofHours(1)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                () -> new SequenceInputStream(Collections.enumeration(parts))), length))
            .build();
        send(req);
    }

    /** Opens its file only when the multipart body reaches it. */
    private static final class LazyFileStream extends InputStream {
        private final Path file;
        private InputStream in;

        LazyFileStream(Path file) {
            this.file = file;
        }

        private InputStream in() throws IOException {
            if (in == null) {
                in = Files.newInputStream(file);
            }
            return in;
        }

        @Override
        public int read() throws IOException {
            return in().read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in().read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
            }
        }
    }

    private static String field(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private URI sameOrigin(String url) throws RunnerException {
        URI u = URI.create(url);
        if (!base.getScheme().equals(u.getScheme()) || !base.getHost().equalsIgnoreCase(u.getHost())
            || base.getPort() != u.getPort()) {
            throw new RunnerException("The job's file URL " + url + " is not on the instance " + base
                + "; refusing to send tokens there (is the instance's public URL right?)");
        }
        return u;
    }

    private JsonNode post(String path, Map<String, ?> body) throws RunnerException {
        HttpRequest req = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
            .header("Content-Type", "application/json").header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json(body))).build();
        return send(req);
    }

    private JsonNode send(HttpRequest req) throws RunnerException {
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new RunnerException(req.uri().getPath() + " answered " + r.statusCode() + ": " + detail(r.body()),
                    r.statusCode());
            }
            return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunnerException("Interrupted");
        }
    }

    private RunnerException unreachable(IOException e) {
        return new RunnerException((e instanceof ConnectException ? "Cannot reach " : "Talking to ") + base + " failed: "
            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }

    /** The RFC 7807 detail of an error answer, or its text. */
    private static String detail(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n.hasNonNull("detail")) {
                return n.get("detail").asText();
            }
        } catch (IOException | RuntimeException e) {
            // not JSON
        }
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
