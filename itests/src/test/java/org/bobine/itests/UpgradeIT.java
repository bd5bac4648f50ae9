package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Upgrades: this release started on a data directory made by release 0.1 (one persistence unit), which
 * {@code src/test/resources/upgrade/} keeps as a tarball with a JSON file of everything that was in it. The
 * data must come back whole: users log in with their passwords (root's from the data, not from the
 * environment, which only counts on a first start), channels, videos with their privacy, tags, web-video
 * and HLS files still served, completed jobs, the runner and its tokens, and the video-password plugin
 * reinstalled from its kept KAR with its settings and its stored passwords. Then a new upload is published, so
 * the upgraded schema takes writes. The fixture is never regenerated with newer code: it stands for data
 * that release made (see the folder's README).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeIT {

    private static final String FIXTURE = "/upgrade/data-0.1-layout";
    private static final String PASSWORD_HEADER = "x-peertube-video-password";
    /** Given in the environment but not the fixture's: a start that took the data for new would take it. */
    private static final String ENV_ROOT_PASSWORD = "not-the-root-password-of-the-fixture";

    private JsonNode fixture;
    private Path data;
    private List<String> storageBefore;
    private Bobine bobine;
    private Api anon;
    private Api root;
    private String aliceToken;
    private Api alice;

    @BeforeAll
    void bootOnTheOldData() throws IOException {
        try (InputStream json = UpgradeIT.class.getResourceAsStream(FIXTURE + ".json")) {
            assertNotNull(json, FIXTURE + ".json on the test classpath");
            fixture = Api.JSON.readTree(json);
        }
        data = Paths.get(System.getProperty("bobine.work", "target/instances"))
            .resolve("upgrade-data-" + System.nanoTime()).toAbsolutePath();
        unpack(FIXTURE + ".tar.gz", data);
        storageBefore = storageFiles();
        assertEquals(fixture.get("videos").size() * 8, storageBefore.size(),
            "per video: web video, torrent, thumbnail, preview and 4 HLS files");
        bobine = Bobine.create("upgrade", Map.of("BOBINE_DATA", data.toString(), "BOBINE_ROOT_PASSWORD", ENV_ROOT_PASSWORD));
        anon = Api.anonymous(bobine);
        root = anon.as(anon.login("root", fixture.get("root").get("password").asText()));
        JsonNode a = user("fixture_alice");
        aliceToken = anon.login(a.get("username").asText(), a.get("password").asText());
        alice = anon.as(aliceToken);
        // Plugins missing from this new Karaf are installed again from their kept KARs, after the start.
        for (JsonNode p : fixture.get("plugins")) {
            awaitPlugin(p.get("npmName").asText());
        }
    }

    @AfterAll
    void shutdown() {
        if (bobine != null) {
            bobine.close();
        }
    }

    /** Unpacks a tar.gz of the test classpath with the system's tar (on every Debian machine). */
    private static void unpack(String resource, Path target) throws IOException {
        Files.createDirectories(target);
        Process tar = new ProcessBuilder("tar", "-xzf", "-", "-C", target.toString()).redirectErrorStream(true).start();
        try (InputStream in = UpgradeIT.class.getResourceAsStream(resource); OutputStream out = tar.getOutputStream()) {
            assertNotNull(in, resource + " on the test classpath");
            in.transferTo(out);
        }
        String log = new String(tar.getInputStream().readAllBytes());
        try {
            assertEquals(0, tar.waitFor(), "tar: " + log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the files below storage/, relative to the data directory */
    private List<String> storageFiles() {
        try (Stream<Path> s = Files.walk(data.resolve("storage"))) {
            return s.filter(Files::isRegularFile).map(p -> data.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode user(String name) {
        for (JsonNode u : fixture.get("users")) {
            if (u.get("username").asText().equals(name)) {
                return u;
            }
        }
        throw new AssertionError("No user " + name + " in the fixture");
    }

    private JsonNode video(String key) {
        for (JsonNode v : fixture.get("videos")) {
            if (v.get("key").asText().equals(key)) {
                return v;
            }
        }
        throw new AssertionError("No " + key + " video in the fixture");
    }

    private JsonNode awaitPlugin(String npmName) {
        // A guard so a plugin that never comes back fails the test; not a performance check.
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Api.Res r = root.get("/api/v1/plugins/" + npmName);
        while (System.nanoTime() < deadline && (r.status() != 200 || !r.json().get("state").asText().equals("running"))) {
            Bobine.sleep(500);
            r = root.get("/api/v1/plugins/" + npmName);
        }
        return r.json();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** @return the headers that let alice's private video and the password video be fetched by a client */
    private Map<String, String> access(JsonNode v) {
        Map<String, String> h = new HashMap<>();
        switch (v.get("key").asText()) {
            case "private" -> h.put("Authorization", "Bearer " + aliceToken);
            case "password" -> h.put(PASSWORD_HEADER, v.get("videoPasswords").get(0).asText());
            default -> {
            }
        }
        return h;
    }

    @Test
    @Order(1)
    void usersLogInWithTheirPasswordsAndKeepTheirAccountsAndChannels() {
        assertNotEquals(200, anon.token("root", ENV_ROOT_PASSWORD).status(), "root was not created again");
        JsonNode rootMe = root.get("/api/v1/users/me").json();
        assertEquals(fixture.get("root").get("role").asInt(), rootMe.get("role").get("id").asInt());

        JsonNode expected = user("fixture_alice");
        assertNotEquals(200, anon.token("fixture_alice", "not-her-password").status());
        JsonNode me = alice.get("/api/v1/users/me").json();
        assertEquals(expected.get("username").asText(), me.get("username").asText());
        assertEquals(expected.get("email").asText(), me.get("email").asText());
        assertEquals(expected.get("role").asInt(), me.get("role").get("id").asInt());
        assertEquals(expected.get("displayName").asText(), me.get("account").get("displayName").asText());
        assertEquals(expected.get("videoQuota").asLong(), me.get("videoQuota").asLong());
        assertEquals(expected.get("videoQuotaDaily").asLong(), me.get("videoQuotaDaily").asLong());
        assertEquals(expected.get("videoQuotaUsed").asLong(), me.get("videoQuotaUsed").asLong());
        assertEquals(expected.get("videosCount").asInt(), me.get("videosCount").asInt());
        assertEquals(2, root.get("/api/v1/users?count=100").json().get("total").asInt(), "root and alice");

        JsonNode channel = expected.get("channels").get(0);
        assertEquals(channel.get("name").asText(), me.get("videoChannels").get(0).get("name").asText());
        JsonNode c = anon.get("/api/v1/video-channels/" + channel.get("name").asText()).json();
        assertEquals(channel.get("id").asLong(), c.get("id").asLong());
        assertEquals(channel.get("displayName").asText(), c.get("displayName").asText());
        assertEquals(channel.get("description").asText(), c.get("description").asText());
        assertEquals(channel.get("support").asText(), c.get("support").asText());
        assertEquals(fixture.get("videos").size(), alice.get("/api/v1/users/me/videos").json().get("total").asInt());
    }

    @Test
    @Order(2)
    void videosKeepTheirAttributesAndTheirFilesAreServed() throws Exception {
        for (JsonNode expected : fixture.get("videos")) {
            String key = expected.get("key").asText();
            String uuid = expected.get("uuid").asText();
            Api.Res r = alice.get("/api/v1/videos/" + uuid);
            assertEquals(200, r.status(), key + ": " + r);
            JsonNode v = r.json();
            assertEquals(expected.get("shortUUID").asText(), v.get("shortUUID").asText(), key);
            assertEquals(expected.get("name").asText(), v.get("name").asText(), key);
            assertEquals(expected.get("description").asText(), v.get("description").asText(), key);
            assertEquals(expected.get("privacy").asInt(), v.get("privacy").get("id").asInt(), key);
            assertEquals(1, v.get("state").get("id").asInt(), key + " published");
            assertEquals(expected.get("channel").asText(), v.get("channel").get("name").asText(), key);
            assertEquals(expected.get("duration").asInt(), v.get("duration").asInt(), key);
            assertEquals(texts(expected.get("tags")), texts(v.get("tags")), key);

            Map<String, String> access = access(expected);
            JsonNode files = v.get("files");
            assertEquals(expected.get("webVideoFiles").size(), files.size(), key);
            for (int i = 0; i < files.size(); i++) {
                JsonNode want = expected.get("webVideoFiles").get(i);
                JsonNode f = files.get(i);
                assertEquals(want.get("resolution").asInt(), f.get("resolution").get("id").asInt(), key);
                assertEquals(want.get("size").asLong(), f.get("size").asLong(), key);
                String url = f.get("fileUrl").asText();
                assertTrue(url.startsWith(bobine.url() + "/") && url.endsWith("/" + want.get("filename").asText()), url);
                Api.Res file = anon.get(url, access);
                assertEquals(200, file.status(), key + " " + url);
                assertEquals(want.get("size").asLong(), file.raw().body().length, key + " " + url);
                String stored = url.contains("/web-videos/private/") ? "storage/web-videos/private/" : "storage/web-videos/";
                assertArrayEquals(Files.readAllBytes(data.resolve(stored + want.get("filename").asText())),
                    file.raw().body(), key);
                if (!access.isEmpty()) {
                    assertNotEquals(200, anon.get(url).status(), key + " refused without " + access.keySet());
                }
            }

            assertEquals(1, v.get("streamingPlaylists").size(), key);
            JsonNode playlist = v.get("streamingPlaylists").get(0);
            JsonNode hls = expected.get("hls").get("files");
            assertEquals(hls.size(), playlist.get("files").size(), key + " HLS renditions");
            for (int i = 0; i < hls.size(); i++) {
                JsonNode f = playlist.get("files").get(i);
                assertEquals(hls.get(i).get("resolution").asInt(), f.get("resolution").get("id").asInt(), key);
                assertEquals(hls.get(i).get("size").asLong(), f.get("size").asLong(), key);
                Api.Res fragmented = anon.get(f.get("fileUrl").asText(), access);
                assertEquals(200, fragmented.status(), key + " " + f.get("fileUrl").asText());
                assertEquals(hls.get(i).get("size").asLong(), fragmented.raw().body().length, key);
            }
            String master = playlist.get("playlistUrl").asText();
            Api.Res m = anon.get(master, access);
            assertEquals(200, m.status(), key + " " + master);
            assertTrue(m.text().startsWith("#EXTM3U"), m.text());
            assertEquals(200, anon.get(playlist.get("segmentsSha256Url").asText(), access).status(), key);
            if (!access.isEmpty()) {
                assertNotEquals(200, anon.get(master).status(), key + " playlist refused without " + access.keySet());
                assertNotEquals(200, anon.get("/api/v1/videos/" + uuid).status(), key + " refused anonymously");
            }
            List<String> folder = new ArrayList<>();
            String hlsDir = "storage/streaming-playlists/hls/" + (master.contains("/hls/private/") ? "private/" : "");
            try (Stream<Path> s = Files.list(data.resolve(hlsDir + uuid))) {
                s.forEach(p -> folder.add(p.getFileName().toString()));
            }
            folder.sort(null);
            assertEquals(texts(expected.get("hls").get("folderFiles")), folder, key);
        }
        // Hashes of the public video's segments, and ffprobe reads its master playlist.
        Hls.verify(anon.get("/api/v1/videos/" + video("public").get("uuid").asText()).json().get("streamingPlaylists").get(0));

        JsonNode listed = anon.get("/api/v1/videos?count=100").json();
        assertEquals(1, listed.get("total").asInt(), listed.toString());
        assertEquals(video("public").get("uuid").asText(), listed.get("data").get(0).get("uuid").asText());
        // The start sweeps files that no row references: a row lost on the way would show here.
        assertEquals(storageBefore, storageFiles());
    }

    @Test
    @Order(3)
    void completedJobsAreStillListed() {
        JsonNode jobs = root.get("/api/v1/jobs/completed?count=100").json();
        JsonNode expected = fixture.get("jobs");
        assertEquals(expected.get("completed").asInt(), jobs.get("total").asInt(), jobs.toString());
        List<String> videos = new ArrayList<>();
        for (JsonNode j : jobs.get("data")) {
            assertEquals(expected.get("type").asText(), j.get("type").asText(), j.toString());
            assertEquals("completed", j.get("state").asText(), j.toString());
            videos.add(j.get("data").get("videoUUID").asText());
        }
        videos.sort(null);
        List<String> want = new ArrayList<>(texts(expected.get("videoUUIDs")));
        want.sort(null);
        assertEquals(want, videos);
        assertEquals(0, root.get("/api/v1/jobs/failed?count=0").json().get("total").asInt());
    }

    @Test
    @Order(4)
    void theRunnerAndItsTokensStillWork() {
        JsonNode expected = fixture.get("runners");
        JsonNode runner = expected.get("registered").get(0);
        JsonNode runners = root.get("/api/v1/runners").json();
        assertEquals(1, runners.get("total").asInt(), runners.toString());
        assertEquals(runner.get("name").asText(), runners.get("data").get(0).get("name").asText());
        assertEquals(runner.get("description").asText(), runners.get("data").get(0).get("description").asText());
        JsonNode tokens = root.get("/api/v1/runners/registration-tokens").json();
        assertEquals(expected.get("registrationToken").asText(), tokens.get("data").get(0).get("registrationToken").asText());
        assertEquals(1, tokens.get("data").get(0).get("registeredRunnersCount").asInt());

        Api.Res request = anon.postJson("/api/v1/runners/jobs/request", Map.of("runnerToken", runner.get("runnerToken").asText()));
        assertEquals(200, request.status(), request.toString());
        assertTrue(request.json().get("availableJobs").isArray(), request.toString());
        assertEquals(404, anon.postJson("/api/v1/runners/jobs/request", Map.of("runnerToken", "ptrt-unknown")).status());
        Api.Res again = anon.postJson("/api/v1/runners/register", Map.of("registrationToken",
            expected.get("registrationToken").asText(), "name", runner.get("name").asText()));
        assertEquals(400, again.status(), "its name is still taken: " + again);
    }

    @Test
    @Order(5)
    void thePluginComesBackWithItsSettingsAndItsStoredPasswords() {
        JsonNode expected = fixture.get("plugins").get(0);
        String npmName = expected.get("npmName").asText();
        JsonNode list = root.get("/api/v1/plugins").json();
        assertEquals(1, list.get("total").asInt(), list.toString());
        JsonNode p = list.get("data").get(0);
        assertEquals(npmName, p.get("npmName").asText());
        assertEquals(expected.get("version").asText(), p.get("version").asText());
        assertEquals("running", p.get("state").asText(), p.toString());
        assertTrue(p.get("enabled").asBoolean());

        JsonNode settings = root.get("/api/v1/plugins/" + npmName + "/settings").json();
        JsonNode changed = expected.get("changedSetting");
        assertEquals(changed.get("value").asText(), settings.get(changed.get("name").asText()).asText(), settings.toString());
        assertEquals(expected.get("settings"), settings);

        String api = "/api/v1/videos/" + expected.get("protectedVideo").asText();
        Api.Res none = anon.get(api);
        assertEquals(403, none.status(), none.toString());
        assertEquals("video_requires_password", none.json().get("code").asText());
        Api.Res wrong = anon.get(api, Map.of(PASSWORD_HEADER, "not-a-fixture-password"));
        assertEquals(403, wrong.status(), wrong.toString());
        assertEquals("incorrect_video_password", wrong.json().get("code").asText());
        assertEquals(200, anon.get(api, Map.of(PASSWORD_HEADER, expected.get("protectedVideoPassword").asText())).status());
        for (JsonNode password : video("password").get("videoPasswords")) {
            assertEquals(200, anon.get(api, Map.of(PASSWORD_HEADER, password.asText())).status(), password.asText());
        }
        assertEquals(200, alice.get(api).status(), "the owner needs no password");
    }

    @Test
    @Order(6)
    void theUpgradedDataTakesWrites() {
        JsonNode channel = user("fixture_alice").get("channels").get(0);
        String handle = channel.get("name").asText();
        assertEquals(204, alice.putJson("/api/v1/video-channels/" + handle, Api.obj("displayName",
            channel.get("displayName").asText(), "description", "Changed after the upgrade.")).status());
        assertEquals("Changed after the upgrade.", anon.get("/api/v1/video-channels/" + handle).json().get("description").asText());

        Api.Res up = alice.upload(channel.get("id").asLong(), "After the upgrade", 1, "after.mp4", Media.video(), "upgraded");
        assertEquals(200, up.status(), up.toString());
        String uuid = up.json().get("video").get("uuid").asText();
        long oldest = 0;
        for (JsonNode v : fixture.get("videos")) {
            oldest = Math.max(oldest, v.get("id").asLong());
        }
        assertTrue(up.json().get("video").get("id").asLong() > oldest, "ids go on after the old ones: " + up);
        JsonNode v = Published.await(alice, uuid);
        assertEquals(List.of("upgraded"), texts(v.get("tags")));
        assertEquals(1, v.get("streamingPlaylists").get(0).get("files").size(), "240p from a 240p input");
        assertEquals(200, anon.get(v.get("streamingPlaylists").get(0).get("playlistUrl").asText()).status());
        assertEquals(200, anon.get(v.get("files").get(0).get("fileUrl").asText()).status());
        assertEquals(fixture.get("videos").size() + 1, alice.get("/api/v1/users/me").json().get("videosCount").asInt());

        // Its job is recorded next to the old ones (the row may be completed just after the video is published).
        int expected = fixture.get("jobs").get("completed").asInt() + 1;
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        int completed = root.get("/api/v1/jobs/completed?count=0").json().get("total").asInt();
        while (completed < expected && System.nanoTime() < deadline) {
            Bobine.sleep(300);
            completed = root.get("/api/v1/jobs/completed?count=0").json().get("total").asInt();
        }
        assertEquals(expected, completed);
    }
}
