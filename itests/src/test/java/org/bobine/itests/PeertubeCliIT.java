package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** peertube-cli 1.0.3, PeerTube's own command-line client, unchanged against Bobine. */
@ExtendWith(BobineExtension.class)
class PeertubeCliIT {

    private final Bobine bobine;

    PeertubeCliIT(Bobine bobine) {
        this.bobine = bobine;
    }

    private String run(Path home, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("peertube.cli", "target/npm/node_modules/.bin/peertube-cli"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("XDG_CONFIG_HOME");
        pb.environment().remove("NODE_ENV");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        // A bound so a hanging client fails the test instead of the build; not a performance check.
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "peertube-cli finished");
        assertEquals(0, p.exitValue(), "peertube-cli " + String.join(" ", args) + " printed: " + out);
        return out;
    }

    @Test
    void authAddThenUploadWithTagsThumbnailChannelAndPrivacy() throws Exception {
        Users.TestUser u = Users.create(bobine, "cli");
        Path home = Files.createTempDirectory("peertube-cli-home");
        Path video = Files.write(home.resolve("clip.mp4"), Media.video());
        Path thumb = Files.write(home.resolve("thumb.jpg"), Media.thumbnail());

        run(home, "auth", "add", "-u", bobine.url(), "-U", u.name(), "--password", u.password());
        String out = run(home, "upload", "-f", video.toAbsolutePath().toString(), "-n", "Uploaded by peertube-cli",
            "-t", "cli,compat", "-b", thumb.toAbsolutePath().toString(), "-C", u.channel(), "-P", "1",
            "-d", "Sent with PeerTube's own client", "-L", "en", "-c", "12");
        assertTrue(out.contains("uploaded"), out);

        // peertube-cli asks to wait for transcoding, so the video is listed once it is published.
        JsonNode mine = u.api().get("/api/v1/users/me/videos").json();
        Published.await(u.api(), mine.get("data").get(0).get("uuid").asText());
        JsonNode list = Api.anonymous(bobine).get("/api/v1/videos?count=100&tagsOneOf=compat").json();
        JsonNode found = null;
        for (JsonNode v : list.get("data")) {
            if (v.get("name").asText().equals("Uploaded by peertube-cli")) {
                found = v;
            }
        }
        assertTrue(found != null, "the video is listed: " + list);
        assertEquals(u.channel(), found.get("channel").get("name").asText());
        assertEquals("[\"cli\",\"compat\"]", found.get("tags").toString());
        assertEquals(1, found.get("privacy").get("id").asInt());
        assertEquals("How To", found.get("category").get("label").asText());
        assertEquals(200, Api.anonymous(bobine).get(found.get("thumbnailPath").asText()).status());
    }
}
