package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;

/** Checks a published HLS playlist the way a P2P player trusts it. */
final class Hls {

    private Hls() {
    }

    /**
     * Every segment listed in segments-sha256.json has that hash when fetched by its byte range, and
     * ffprobe reads the master playlist.
     *
     * @param playlist a public video's streaming playlist JSON
     * @return the heights ffprobe found, one per line
     */
    static String verify(JsonNode playlist) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String master = playlist.get("playlistUrl").asText();
        HttpResponse<String> m = http.send(HttpRequest.newBuilder(URI.create(master)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, m.statusCode());
        assertEquals("application/vnd.apple.mpegurl", m.headers().firstValue("Content-Type").orElse(""));
        JsonNode sha = Api.JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(playlist.get("segmentsSha256Url")
            .asText())).build(), HttpResponse.BodyHandlers.ofString()).body());
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> files = sha.fields(); files.hasNext(); ) {
            Map.Entry<String, JsonNode> file = files.next();
            String url = master.replace("master.m3u8", file.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> ranges = file.getValue().fields(); ranges.hasNext(); ) {
                Map.Entry<String, JsonNode> range = ranges.next();
                HttpResponse<byte[]> segment = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Range", "bytes=" + range.getKey()).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(206, segment.statusCode());
                assertEquals(range.getValue().asText(),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(segment.body())));
                checked++;
            }
        }
        assertTrue(checked >= playlist.get("files").size(), "segments of every rendition are hashed");
        Process probe = new ProcessBuilder("ffprobe", "-v", "error", "-select_streams", "v", "-show_entries",
            "stream=height", "-of", "csv=p=0", master).redirectErrorStream(true).start();
        String heights = new String(probe.getInputStream().readAllBytes());
        assertEquals(0, probe.waitFor(), heights);
        return heights;
    }
}
