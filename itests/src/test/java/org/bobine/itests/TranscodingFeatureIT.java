package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The transcoding pipeline is a feature an administrator can leave out, on an instance of its own: removed
 * at runtime its routes go and the instance keeps serving; it boots and serves without it; uploads are then
 * published at once as their original web video, as PeerTube does with transcoding disabled; installed again
 * at runtime, it transcodes what waited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranscodingFeatureIT {

    private Bobine bobine;

    @BeforeAll
    void boot() {
        bobine = Bobine.create("no-transcoding");
    }

    @AfterAll
    void shutdown() {
        bobine.close();
    }

    private static void await(String what, BooleanSupplier condition) {
        // A guard so a broken feature fails the test instead of hanging the build; not a performance check.
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Bobine.sleep(250);
        }
    }

    /**
     * Runs a feature command in the shell. Right after a start Karaf may not have registered its feature
     * commands yet (the shell answers "Command not found"): then it is run again, a bounded number of times.
     */
    private String featureCommand(String command) {
        String out = bobine.shell(command);
        for (int i = 0; i < 30 && out.contains("Command not found"); i++) {
            Bobine.sleep(1000);
            out = bobine.shell(command);
        }
        return out;
    }

    private static boolean hlsEnabled(Api api) {
        return api.get("/api/v1/config").json().get("transcoding").get("hls").get("enabled").asBoolean();
    }

    @Test
    void uploadsArePublishedAsTheirOriginalWithoutThePipelineAndTranscodedOnceItIsBack() throws Exception {
        Api anon = Api.anonymous(bobine);
        assertTrue(hlsEnabled(anon));
        assertEquals(401, anon.get("/api/v1/runners").status());

        String out = featureCommand("feature:uninstall bobine-transcoding");
        assertFalse(out.contains("Error") || out.contains("not found"), out);
        await("the pipeline's routes to go", () -> anon.get("/api/v1/runners").status() == 404);
        assertFalse(hlsEnabled(anon), "PeerTube's config says transcoding is disabled");
        assertEquals(200, anon.get("/api/v1/videos").status(), "the core keeps serving");

        // Boots without it (Karaf keeps the feature state), and serves.
        bobine.stop();
        bobine.start();
        assertEquals(404, anon.get("/api/v1/runners").status());
        assertEquals(404, anon.get("/api/v1/jobs").status());
        assertFalse(hlsEnabled(anon));

        Users.TestUser u = Users.create(bobine, "nopipe");
        Api.Res audio = u.api().upload(u.channelId(), "A song", 1, "song.m4a", Media.audio());
        assertEquals(415, audio.status(), "audio files need the pipeline, as in PeerTube: " + audio);
        JsonNode up = u.api().upload(u.channelId(), "Published as it is", 1, "clip.mp4", Media.video()).json();
        String uuid = up.get("video").get("uuid").asText();
        JsonNode v = u.api().get("/api/v1/videos/" + uuid).json();
        assertEquals(1, v.get("state").get("id").asInt(), "published at once: " + v);
        assertEquals(0, v.get("streamingPlaylists").size());
        JsonNode file = v.get("files").get(0);
        assertEquals(200, anon.get(URI.create(file.get("fileUrl").asText()).getPath()).status());
        assertEquals(200, anon.get(URI.create(file.get("torrentUrl").asText()).getPath()).status());
        assertEquals(1, anon.get("/api/v1/videos?count=100").json().get("data").size());

        // Back at runtime: what waited is transcoded, the video stays published meanwhile.
        out = featureCommand("feature:install bobine-transcoding");
        assertFalse(out.contains("Error") || out.contains("not found"), out);
        String said = out;
        await("the pipeline's routes to come back (the shell said: " + said + ")", () -> anon.get("/api/v1/runners").status() == 401);
        assertTrue(hlsEnabled(anon));
        await("HLS for the video that waited",
            () -> u.api().get("/api/v1/videos/" + uuid).json().get("streamingPlaylists").size() == 1);
        JsonNode after = u.api().get("/api/v1/videos/" + uuid).json();
        assertEquals(1, after.get("state").get("id").asInt());
        Hls.verify(after.get("streamingPlaylists").get(0));
        // And audio files are accepted again, made into videos by the pipeline.
        Api.Res song = u.api().upload(u.channelId(), "A song", 1, "song.m4a", Media.audio());
        assertEquals(200, song.status(), song.toString());
        JsonNode published = Published.await(u.api(), song.json().get("video").get("uuid").asText());
        assertEquals(1, published.get("streamingPlaylists").size());
    }
}
