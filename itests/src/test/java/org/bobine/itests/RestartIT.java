package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Durability, on an instance of its own: a clean restart and a kill -9 keep every row and file, tokens
 * stay valid, and a resumable upload interrupted by either is completed afterwards. This instance also
 * opens registration, to check the settings that come from the environment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartIT {

    private Bobine bobine;

    @BeforeAll
    void boot() {
        bobine = Bobine.create("restart", Map.of("BOBINE_SIGNUP_ALLOWED", "true",
            "BOBINE_INSTANCE_NAME", "Restart test"));
    }

    @AfterAll
    void shutdown() {
        bobine.close();
    }

    @Test
    void visitorsRegisterWhenTheInstanceAllowsIt() {
        Api anon = Api.anonymous(bobine);
        JsonNode config = anon.get("/api/v1/config").json();
        assertEquals(true, config.get("signup").get("allowed").asBoolean());
        assertEquals("Restart test", config.get("instance").get("name").asText());
        Api.Res r = anon.postJson("/api/v1/users/register", Api.obj("username", "visitor", "password", "visitor-password",
            "email", "visitor@example.org", "displayName", "A visitor",
            "channel", Api.obj("name", "visitor_films", "displayName", "Films of a visitor")));
        assertEquals(204, r.status(), r.toString());
        JsonNode me = anon.as(anon.login("visitor", "visitor-password")).get("/api/v1/users/me").json();
        assertEquals(2, me.get("role").get("id").asInt());
        assertEquals("A visitor", me.get("account").get("displayName").asText());
        assertEquals("visitor_films", me.get("videoChannels").get(0).get("name").asText());
        assertEquals(409, anon.postJson("/api/v1/users/register", Api.obj("username", "visitor",
            "password", "visitor-password", "email", "other@example.org")).status());
        assertEquals(400, anon.postJson("/api/v1/users/register", Api.obj("username", "shortpw",
            "password", "short", "email", "s@example.org")).status());
    }

    /** Viewers, each with a browser of its own, report their position every 5 s for 10 s, all at once. */
    private void watchTogether(String uuid, String prefix, int viewers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(viewers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < viewers; i++) {
                String agent = prefix + "-" + i;
                done.add(pool.submit(() -> {
                    for (int t = 0; t <= 10; t += 5) {
                        Api.Res r = Api.anonymous(bobine).postWithHeaders("/api/v1/videos/" + uuid + "/views",
                            Map.of("User-Agent", agent), Api.obj("currentTime", t));
                        assertEquals(204, r.status(), r.toString());
                        if (t < 10) {
                            Bobine.sleep(5_000);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long views(String uuid) {
        return Api.anonymous(bobine).get("/api/v1/videos/" + uuid).json().get("views").asLong();
    }

    @Test
    void aKillWhileViewsAreBatchedLosesAtMostTheLastBatch() throws Exception {
        Users.TestUser u = Users.create(bobine, "viewed");
        String uuid = u.api().upload(u.channelId(), "Counted", 1, "v.mp4", Media.video()).json().get("video").get("uuid")
            .asText();
        Published.await(u.api(), uuid);
        watchTogether(uuid, "before", 20);
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (views(uuid) < 20 && System.nanoTime() < deadline) {
            Bobine.sleep(500);
        }
        assertEquals(20, views(uuid), "twenty viewers, written by a batch");
        // Ten more are counted in memory; the instance dies before (or while) their batch is written.
        watchTogether(uuid, "during", 10);
        bobine.kill();
        bobine.start();
        long after = views(uuid);
        assertTrue(after >= 20 && after <= 30, "what a batch wrote is kept, at most the last window is lost: " + after);
        JsonNode trending = Api.anonymous(bobine).get("/api/v1/videos?sort=-trending&count=1").json();
        assertEquals(uuid, trending.get("data").get(0).get("uuid").asText(), "the views of the day are intact: " + trending);
        // Counting goes on after the restart.
        watchTogether(uuid, "after", 1);
        deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (views(uuid) < after + 1 && System.nanoTime() < deadline) {
            Bobine.sleep(500);
        }
        assertEquals(after + 1, views(uuid));
    }

    @Test
    void aTranscodingKilledMidwayIsDoneAfterTheRestart() {
        Users.TestUser u = Users.create(bobine, "killed");
        String uuid = u.api().upload(u.channelId(), "Interrupted", 1, "long.mp4", Media.video720Long()).json()
            .get("video").get("uuid").asText();
        Api root = Users.root(bobine);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (root.get("/api/v1/jobs/active?count=0").json().get("total").asInt() == 0 && System.nanoTime() < deadline) {
            Bobine.sleep(100);
        }
        Bobine.sleep(1500);
        assertEquals(2, u.api().get("/api/v1/videos/" + uuid).json().get("state").get("id").asInt(),
            "killed while transcoding");
        bobine.kill();
        bobine.start();
        JsonNode v = Published.await(u.api(), uuid);
        assertEquals(4, v.get("streamingPlaylists").get(0).get("files").size(), "240, 360, 480 and 720 from a 720p input");
        assertEquals(List.of(), bobine.files("tmp"));
        try (var jobs = Files.list(bobine.data().resolve("tmp/jobs"))) {
            assertEquals(0, jobs.count(), "no work folder left");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void restartsKeepEverythingAndResumableUploadsCarryOn() {
        Users.TestUser u = Users.create(bobine, "durable");
        byte[] clip = Media.video();
        Api.Res first = u.api().upload(u.channelId(), "Before the restart", 1, "before.mp4", clip, "durable");
        assertEquals(200, first.status(), first.toString());
        String uuid = first.json().get("video").get("uuid").asText();
        String channel = u.api().postJson("/api/v1/video-channels", Api.obj("name", u.name() + "_second",
            "displayName", "Second")).json().get("videoChannel").get("id").asText();

        String location = Resumable.start(u, "Across restarts", 1, "across.mp4", clip.length);
        int third = clip.length / 3;
        assertEquals(308, Resumable.put(u, location, clip, 0, third).status());

        List<String> files = bobine.files("storage/web-videos");
        JsonNode before = u.api().get("/api/v1/videos/" + uuid).json();

        bobine.restart();

        assertEquals(before.get("files").toString(), u.api().get("/api/v1/videos/" + uuid).json().get("files").toString(),
            "the token is still valid and the video unchanged");
        assertEquals(files, bobine.files("storage/web-videos"));
        assertEquals(channel, String.valueOf(Api.anonymous(bobine).get("/api/v1/video-channels/" + u.name() + "_second")
            .json().get("id").asLong()));
        Api.Res status = Resumable.status(u, location, clip.length);
        assertEquals(308, status.status());
        assertEquals("bytes=0-" + (third - 1), status.header("Range"));
        assertEquals(308, Resumable.put(u, location, clip, third, 2 * third).status());

        bobine.kill();
        bobine.start();

        status = Resumable.status(u, location, clip.length);
        assertEquals(308, status.status(), status.toString());
        int received = Integer.parseInt(status.header("Range").substring("bytes=0-".length())) + 1;
        Api.Res done = Resumable.put(u, location, clip, received, clip.length);
        assertEquals(200, done.status(), done.toString());
        String second = done.json().get("video").get("uuid").asText();
        JsonNode v = u.api().get("/api/v1/videos/" + second).json();
        assertArrayEquals(clip, Api.anonymous(bobine).get(v.get("files").get(0).get("fileUrl").asText()).raw().body());
        assertEquals(2, u.api().get("/api/v1/users/me/videos").json().get("total").asInt());
        assertEquals(List.of(), bobine.files("tmp"));
        assertEquals(List.of(), bobine.files("tmp/uploads"));
    }
}
