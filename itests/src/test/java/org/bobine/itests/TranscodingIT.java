package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The media pipeline on the distribution: upload, HLS ladder, segment hashes, jobs, readable by ffprobe. */
@ExtendWith(BobineExtension.class)
class TranscodingIT {

    private final Bobine bobine;

    TranscodingIT(Bobine bobine) {
        this.bobine = bobine;
    }

    @Test
    void anUploadIsTranscodedToAnHlsLadderThatPlayersCanTrust() throws Exception {
        Users.TestUser u = Users.create(bobine, "hls");
        Api.Res r = u.api().upload(u.channelId(), "Ladder", 1, "ladder.mp4", Media.video360(), "ladder");
        assertEquals(200, r.status(), r.toString());
        String uuid = r.json().get("video").get("uuid").asText();
        JsonNode before = u.api().get("/api/v1/videos/" + uuid).json();
        assertTrue(before.get("files").get(0).get("torrentUrl").asText().length() > 0,
            "the original is a web video at once, as peertube-cli expects");

        JsonNode v = Published.await(u.api(), uuid);
        JsonNode playlist = v.get("streamingPlaylists").get(0);
        assertEquals(1, playlist.get("type").asInt());
        List<Integer> resolutions = new ArrayList<>();
        playlist.get("files").forEach(f -> resolutions.add(f.get("resolution").get("id").asInt()));
        assertEquals(List.of(360, 240), resolutions, "never upscaled, highest first");

        Api anon = Api.anonymous(bobine);
        Api.Res master = anon.get(playlist.get("playlistUrl").asText());
        assertEquals(200, master.status());
        assertEquals("application/vnd.apple.mpegurl", master.contentType());
        assertTrue(master.text().contains("RESOLUTION=640x360") && master.text().contains("360.m3u8"), master.text());

        String heights = Hls.verify(playlist);
        assertTrue(heights.contains("360") && heights.contains("240"), heights);

        JsonNode completed = Users.root(bobine).get("/api/v1/jobs/completed?count=100").json();
        boolean found = false;
        for (JsonNode j : completed.get("data")) {
            found |= uuid.equals(j.get("data").path("videoUUID").asText()) && j.get("progress").asInt() == 100;
        }
        assertTrue(found, "the job is listed as completed: " + completed);
        assertEquals(403, u.api().get("/api/v1/jobs/completed").status());
        assertTrue(bobine.shell("bobine:job-list completed").contains(uuid));

        assertEquals(204, u.api().delete("/api/v1/videos/" + uuid).status());
        assertEquals(404, anon.get(playlist.get("playlistUrl").asText()).status());
        assertTrue(!bobine.files("storage/streaming-playlists/hls").contains(uuid));
        assertTrue(!Files.exists(bobine.data().resolve("storage/streaming-playlists/hls").resolve(uuid)));
    }

    @Test
    void privateHlsFilesAreServedOnlyToThoseAllowed() {
        Users.TestUser owner = Users.create(bobine, "hlspriv");
        Users.TestUser other = Users.create(bobine, "hlsother");
        String uuid = owner.api().upload(owner.channelId(), "Private ladder", 3, "p.mp4", Media.video360()).json()
            .get("video").get("uuid").asText();
        JsonNode v = Published.await(owner.api(), uuid);
        String master = v.get("streamingPlaylists").get(0).get("playlistUrl").asText();
        String file = v.get("files").get(0).get("fileUrl").asText();
        assertTrue(master.contains("/static/streaming-playlists/hls/private/" + uuid + "/"), master);
        assertTrue(file.contains("/static/web-videos/private/"), file);
        assertTrue(Files.isDirectory(bobine.data().resolve("storage/streaming-playlists/hls/private").resolve(uuid)));
        assertEquals(200, owner.api().get(master).status());
        assertEquals(403, other.api().get(master).status());
        assertEquals(401, Api.anonymous(bobine).get(master).status());
        assertEquals(401, Api.anonymous(bobine).get(file).status());
        assertArrayEquals(owner.api().get(master).raw().body(), owner.api().get(master).raw().body());

        // Made public, the files move to the public side; made internal again, the public URLs lead nowhere.
        assertEquals(204, owner.api().putJson("/api/v1/videos/" + uuid, Api.obj("privacy", 1)).status());
        JsonNode pub = Api.anonymous(bobine).get("/api/v1/videos/" + uuid).json();
        String publicMaster = pub.get("streamingPlaylists").get(0).get("playlistUrl").asText();
        String publicFile = pub.get("files").get(0).get("fileUrl").asText();
        assertEquals(master.replace("/hls/private/", "/hls/"), publicMaster);
        assertEquals(200, Api.anonymous(bobine).get(publicMaster).status());
        assertEquals(200, Api.anonymous(bobine).get(publicFile).status());
        assertTrue(Files.isDirectory(bobine.data().resolve("storage/streaming-playlists/hls").resolve(uuid)));
        assertEquals(204, owner.api().putJson("/api/v1/videos/" + uuid, Api.obj("privacy", 4)).status());
        assertEquals(404, owner.api().get(publicMaster).status());
        assertEquals(404, owner.api().get(publicFile).status());
        assertEquals(200, other.api().get(master).status(), "internal: every logged-in user of the instance");
        assertEquals(401, Api.anonymous(bobine).get(master).status());
    }
}
