package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Remote runners, on an instance of its own that hands every transcoding job type to runners (its local
 * workers transcode nothing): the protocol as a runner sees it, a runner that goes silent, and the whole
 * transcoding of a video and of an audio file done by a {@code bobine-runner} process.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunnerIT {

    private static final String ALL_TYPES = "vod-hls-transcoding,vod-web-video-transcoding,vod-audio-merge-transcoding";

    private Bobine bobine;
    private Api root;
    private Path runnerHome;
    private Process runner;
    private String waitingVideo;

    @BeforeAll
    void boot() throws IOException {
        bobine = Bobine.create("runners", Map.of("BOBINE_RUNNER_JOB_TYPES", ALL_TYPES,
            "BOBINE_TRANSCODING_WEB_VIDEOS", "true", "BOBINE_RUNNER_STALL_SECONDS", "5"));
        root = Users.root(bobine);
        runnerHome = Files.createTempDirectory("bobine-runner-it");
    }

    @AfterAll
    void shutdown() throws Exception {
        if (runner != null) {
            runner.destroy();
            runner.waitFor(30, TimeUnit.SECONDS);
            runner.destroyForcibly();
        }
        bobine.close();
        try (Stream<Path> files = Files.walk(runnerHome)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private String registrationToken() {
        JsonNode tokens = root.get("/api/v1/runners/registration-tokens").json();
        return tokens.get("data").get(0).get("registrationToken").asText();
    }

    @Test
    @Order(1)
    void onlyAdministratorsHandOutRegistrationTokens() {
        Users.TestUser u = Users.create(bobine, "notadmin");
        assertEquals(401, Api.anonymous(bobine).postJson("/api/v1/runners/registration-tokens/generate", Map.of()).status());
        assertEquals(403, u.api().postJson("/api/v1/runners/registration-tokens/generate", Map.of()).status());
        assertEquals(403, u.api().get("/api/v1/runners/registration-tokens").status());
        assertEquals(403, u.api().get("/api/v1/runners/jobs").status());
        assertEquals(204, root.postJson("/api/v1/runners/registration-tokens/generate", Map.of()).status());
        assertTrue(registrationToken().startsWith("ptrrt-"));
        assertTrue(Api.anonymous(bobine).get("/api/v1/config").json().get("transcoding").get("remoteRunners")
            .get("enabled").asBoolean());
    }

    @Test
    @Order(2)
    void theProtocolRefusesWhatIsWrongAndTakesBackTheJobOfASilentRunner() {
        Api anon = Api.anonymous(bobine);
        Api.Res bad = anon.postJson("/api/v1/runners/register", Map.of("registrationToken", "ptrrt-nope", "name", "x"));
        assertEquals(404, bad.status());
        assertEquals("application/problem+json", bad.contentType());
        JsonNode reg = anon.postJson("/api/v1/runners/register",
            Map.of("registrationToken", registrationToken(), "name", "silent", "version", "test")).json();
        String token = reg.get("runnerToken").asText();
        assertTrue(token.startsWith("ptrt-"));
        assertEquals(400, anon.postJson("/api/v1/runners/register",
            Map.of("registrationToken", registrationToken(), "name", "silent")).status(), "names are unique");
        assertEquals(404, anon.postJson("/api/v1/runners/jobs/request", Map.of("runnerToken", "ptrt-unknown")).status());

        Users.TestUser u = Users.create(bobine, "runnervid");
        waitingVideo = u.api().upload(u.channelId(), "For runners", 1, "r.mp4", Media.video360()).json()
            .get("video").get("uuid").asText();
        JsonNode job = awaitAvailableJob(anon, token, "vod-hls-transcoding");
        String uuid = job.get("uuid").asText();
        assertEquals(360, job.get("payload").get("output").get("resolution").asInt(), "highest resolution first");
        String fileUrl = job.get("payload").get("input").get("videoFileUrl").asText();
        assertTrue(fileUrl.startsWith(bobine.url() + "/api/v1/runners/jobs/" + uuid + "/files/videos/" + waitingVideo), fileUrl);

        JsonNode accepted = anon.postJson("/api/v1/runners/jobs/" + uuid + "/accept", Map.of("runnerToken", token)).json();
        String jobToken = accepted.get("job").get("jobToken").asText();
        assertEquals(2, accepted.get("job").get("state").get("id").asInt());
        assertEquals(409, anon.postJson("/api/v1/runners/jobs/" + uuid + "/accept", Map.of("runnerToken", token)).status());
        assertEquals(404, anon.postJson("/api/v1/runners/jobs/" + uuid + "/update",
            Map.of("runnerToken", token, "jobToken", "ptrjt-wrong", "progress", 10)).status());
        assertEquals(400, anon.postJson("/api/v1/runners/jobs/" + uuid + "/update",
            Map.of("runnerToken", token, "jobToken", jobToken, "progress", 150)).status());
        assertEquals(204, anon.postJson("/api/v1/runners/jobs/" + uuid + "/update",
            Map.of("runnerToken", token, "jobToken", jobToken, "progress", 10)).status());
        Api.Res input = anon.postJson(fileUrl.substring(bobine.url().length()), Map.of("runnerToken", token, "jobToken", jobToken));
        assertEquals(200, input.status());
        assertEquals(Media.video360().length, input.raw().body().length);
        assertEquals(404, anon.postJson(fileUrl.substring(bobine.url().length()).replace(waitingVideo,
            "00000000-0000-0000-0000-000000000000"), Map.of("runnerToken", token, "jobToken", jobToken)).status());
        Api.Res noFiles = anon.multipart("/api/v1/runners/jobs/" + uuid + "/success",
            new Api.Multipart().field("runnerToken", token).field("jobToken", jobToken));
        assertEquals(400, noFiles.status(), noFiles.toString());
        assertTrue(noFiles.text().contains("videoFile"), noFiles.text());

        // The refused result counted as a failure and the job went back; take it again and say nothing.
        JsonNode again = awaitAvailableJob(anon, token, "vod-hls-transcoding");
        String silentJob = again.get("uuid").asText();
        String silentToken = anon.postJson("/api/v1/runners/jobs/" + silentJob + "/accept", Map.of("runnerToken", token))
            .json().get("job").get("jobToken").asText();
        JsonNode taken = awaitRunnerJobState(silentJob, 1);
        assertEquals(0, taken.get("progress").asInt());
        assertEquals(404, anon.postJson("/api/v1/runners/jobs/" + silentJob + "/update",
            Map.of("runnerToken", token, "jobToken", silentToken, "progress", 50)).status(), "the job is not its any more");
        assertEquals(2, u.api().get("/api/v1/videos/" + waitingVideo).json().get("state").get("id").asInt(),
            "still waiting for transcoding");
        assertEquals(204, anon.postJson("/api/v1/runners/unregister", Map.of("runnerToken", token)).status());
        assertEquals(404, anon.postJson("/api/v1/runners/jobs/request", Map.of("runnerToken", token)).status());
    }

    private JsonNode awaitAvailableJob(Api anon, String token, String type) {
        // A guard so a stuck queue fails the test instead of the build; not a performance check.
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode jobs = anon.postJson("/api/v1/runners/jobs/request", Map.of("runnerToken", token,
                "jobTypes", List.of(type))).json().get("availableJobs");
            if (jobs.size() > 0) {
                return jobs.get(0);
            }
            Bobine.sleep(300);
        }
        throw new AssertionError("No " + type + " job was offered");
    }

    private JsonNode awaitRunnerJobState(String uuid, int state) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            for (JsonNode j : root.get("/api/v1/runners/jobs?count=100").json().get("data")) {
                if (j.get("uuid").asText().equals(uuid)) {
                    last = j;
                    if (j.get("state").get("id").asInt() == state) {
                        return j;
                    }
                }
            }
            Bobine.sleep(500);
        }
        throw new AssertionError("Runner job " + uuid + " never reached state " + state + ": " + last);
    }

    @Test
    @Order(3)
    void aBobineRunnerProcessDoesAllTheTranscoding() throws Exception {
        String jar = jar().toString();
        Process register = new ProcessBuilder("java", "-jar", jar, "register", "--config-dir", runnerHome.toString(),
            "--url", bobine.url(), "--registration-token", registrationToken(), "--runner-name", "itest-runner")
            .redirectErrorStream(true).start();
        String registered = new String(register.getInputStream().readAllBytes());
        assertEquals(0, register.waitFor(), registered);
        assertTrue(Files.readString(runnerHome.resolve("runner.properties")).contains("runnerToken=ptrt-"));
        runner = new ProcessBuilder("java", "-jar", jar, "server", "--config-dir", runnerHome.toString(),
            "--poll-interval", "0.5").redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(runnerHome.resolve("runner.log").toFile())).start();

        Users.TestUser u = Users.create(bobine, "runneraudio");
        String audio = u.api().upload(u.channelId(), "A song", 1, "song.m4a", Media.audio()).json()
            .get("video").get("uuid").asText();

        JsonNode video = Published.await(u.api(), waitingVideo);
        JsonNode playlist = video.get("streamingPlaylists").get(0);
        String heights = Hls.verify(playlist);
        assertTrue(heights.contains("360") && heights.contains("240"), heights);
        List<Integer> webResolutions = new ArrayList<>();
        for (JsonNode f : video.get("files")) {
            webResolutions.add(f.get("resolution").get("id").asInt());
            assertEquals(200, Api.anonymous(bobine).get(f.get("torrentUrl").asText()).status());
        }
        assertEquals(List.of(360, 240), webResolutions);

        JsonNode song = Published.await(u.api(), audio);
        assertTrue(song.get("thumbnailPath").asText().endsWith(".jpg"), "a waveform picture");
        List<Integer> songResolutions = new ArrayList<>();
        song.get("streamingPlaylists").get(0).get("files").forEach(f -> songResolutions.add(f.get("resolution").get("id").asInt()));
        assertEquals(List.of(480, 360, 240), songResolutions, "a 480p video over the still image, and its ladder");
        assertTrue(Hls.verify(song.get("streamingPlaylists").get(0)).contains("480"));

        // Every rendition of both videos was made by the runner process, none by local workers.
        int byRunner = 0;
        for (JsonNode j : root.get("/api/v1/runners/jobs?count=100&stateOneOf=3").json().get("data")) {
            if (j.path("runner").path("name").asText().equals("itest-runner")) {
                byRunner++;
            }
        }
        // 360 + 240 in HLS and web video for the video; the merge, then 480/360/240 twice for the song.
        assertEquals(4 + 1 + 6, byRunner, root.get("/api/v1/runners/jobs?count=100").text());
        JsonNode runners = root.get("/api/v1/runners").json();
        assertEquals(1, runners.get("total").asInt());
        assertEquals("itest-runner", runners.get("data").get(0).get("name").asText());
        assertTrue(bobine.files("runner-results").isEmpty(), "results are removed once published");
    }

    @Test
    @Order(4)
    void deletingARunnerOrItsTokenIsForAdministrators() throws Exception {
        runner.destroy();
        assertTrue(runner.waitFor(60, TimeUnit.SECONDS), "the runner stops on SIGTERM");
        String log = Files.readString(runnerHome.resolve("runner.log"));
        assertTrue(log.contains("Stopping"), log);
        long id = root.get("/api/v1/runners").json().get("data").get(0).get("id").asLong();
        Users.TestUser u = Users.create(bobine, "runnerdel");
        assertEquals(403, u.api().delete("/api/v1/runners/" + id).status());
        assertEquals(204, root.delete("/api/v1/runners/" + id).status());
        assertEquals(0, root.get("/api/v1/runners").json().get("total").asInt());
        long tokenId = root.get("/api/v1/runners/registration-tokens").json().get("data").get(0).get("id").asLong();
        assertEquals(204, root.delete("/api/v1/runners/registration-tokens/" + tokenId).status());
        assertEquals(404, root.delete("/api/v1/runners/registration-tokens/" + tokenId).status());
    }

    private static Path jar() {
        return Paths.get(System.getProperty("bobine.runner.jar", "../runner/target/bobine-runner.jar"));
    }
}
