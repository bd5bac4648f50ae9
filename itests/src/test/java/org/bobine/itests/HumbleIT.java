package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The optional Humble Video engine, installed into a running instance as an administrator would: its
 * artifact made available to Karaf (here copied into the instance's system repository, as Maven Central
 * would serve it), then {@code feature:install bobine-transcoding-humble} while requests keep being served.
 * The instance prefers it (BOBINE_TRANSCODING_ENGINE=humble): web videos come from Humble's FFmpeg 2.8, HLS
 * falls back to the ffmpeg engine, which Humble cannot replace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HumbleIT {

    private Bobine bobine;

    @BeforeAll
    void boot() {
        bobine = Bobine.create("humble", Map.of("BOBINE_TRANSCODING_ENGINE", "humble",
            "BOBINE_TRANSCODING_WEB_VIDEOS", "true"));
    }

    @AfterAll
    void shutdown() {
        bobine.close();
    }

    @Test
    void installedAtRuntimeItMakesTheWebVideosAndLeavesHlsToFfmpeg() throws Exception {
        assertTrue(bobine.shell("feature:list -i").indexOf("bobine-transcoding-humble") < 0, "not installed by default");
        String version = System.getProperty("bobine.version", "0.1.0-SNAPSHOT");
        Path bundle = Paths.get(System.getProperty("bobine.humble.bundle",
            "../bundles/org.bobine.media.humble/target/org.bobine.media.humble-" + version + ".jar"));
        Path repo = Files.createDirectories(bobine.home().resolve("system/org/bobine/org.bobine.media.humble").resolve(version));
        Files.copy(bundle, repo.resolve("org.bobine.media.humble-" + version + ".jar"));

        // Requests go on while the feature installs: none may fail (no platform refresh).
        AtomicBoolean installing = new AtomicBoolean(true);
        AtomicInteger served = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Thread load = new Thread(() -> {
            HttpClient http = HttpClient.newHttpClient();
            while (installing.get()) {
                try {
                    int s = http.send(HttpRequest.newBuilder(URI.create(bobine.url() + "/api/v1/videos")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                    (s == 200 ? served : failed).incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            }
        });
        load.start();
        String out = bobine.shell("feature:install bobine-transcoding-humble");
        String list = "";
        // A guard against an install that never completes; not a performance check.
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && !list.contains("HumbleEngineComponent")) {
            list = bobine.shell("scr:list | grep -i humble");
            Bobine.sleep(500);
        }
        installing.set(false);
        load.join();
        assertTrue(list.contains("enabled"), out + "\n" + list);
        assertTrue(served.get() > 0);
        assertEquals(0, failed.get(), "requests failed while the feature installed");

        Users.TestUser u = Users.create(bobine, "humble");
        String uuid = u.api().upload(u.channelId(), "By Humble", 1, "h.mp4", Media.video360()).json()
            .get("video").get("uuid").asText();
        JsonNode v = Published.await(u.api(), uuid);
        assertTrue(Hls.verify(v.get("streamingPlaylists").get(0)).contains("360"));
        assertEquals(2, v.get("files").size());
        assertTrue(encoder(v.get("files").get(0).get("fileUrl").asText()).startsWith("Lavf56"),
            "web videos are written by Humble's FFmpeg 2.8");
        String hlsEncoder = encoder(v.get("streamingPlaylists").get(0).get("files").get(0).get("playlistUrl").asText());
        assertTrue(!hlsEncoder.startsWith("Lavf56"), "HLS is left to the ffmpeg engine: " + hlsEncoder);
        String log = Files.readString(bobine.home().resolve("data/log/karaf.log"));
        assertTrue(log.contains("HLS_FMP4 is done by the 'ffmpeg' engine"), "the fallback is logged");

        bobine.shell("feature:uninstall bobine-transcoding-humble");
        String after = u.api().upload(u.channelId(), "After Humble", 1, "a.mp4", Media.video360()).json()
            .get("video").get("uuid").asText();
        JsonNode w = Published.await(u.api(), after);
        assertTrue(!encoder(w.get("files").get(0).get("fileUrl").asText()).startsWith("Lavf56"), "ffmpeg again");
    }

    /** The muxer that wrote a file, from its metadata. */
    private static String encoder(String url) throws Exception {
        Process p = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", "format_tags=encoder", "-of",
            "default=nw=1:nk=1", url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
