package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Web-video renditions, on an instance of its own that enables them from the environment. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebVideosIT {

    private Bobine bobine;

    @BeforeAll
    void boot() {
        bobine = Bobine.create("webvideos", Map.of("BOBINE_TRANSCODING_WEB_VIDEOS", "true"));
    }

    @AfterAll
    void shutdown() {
        bobine.close();
    }

    @Test
    void eachResolutionBecomesAFaststartMp4WithItsTorrentReplacingTheOriginal() throws Exception {
        Users.TestUser u = Users.create(bobine, "web");
        assertTrue(Api.anonymous(bobine).get("/api/v1/config").json().get("transcoding").get("web_videos")
            .get("enabled").asBoolean());
        String uuid = u.api().upload(u.channelId(), "Web videos", 1, "w.mp4", Media.video360()).json()
            .get("video").get("uuid").asText();
        String original = u.api().get("/api/v1/videos/" + uuid).json().get("files").get(0).get("fileUrl").asText();
        JsonNode v = Published.await(u.api(), uuid);

        List<Integer> resolutions = new ArrayList<>();
        for (JsonNode f : v.get("files")) {
            resolutions.add(f.get("resolution").get("id").asInt());
            Api.Res file = Api.anonymous(bobine).get(f.get("fileUrl").asText());
            assertEquals(200, file.status());
            assertEquals("video/mp4", file.contentType());
            String head = new String(file.raw().body(), 0, 4096, StandardCharsets.ISO_8859_1);
            assertTrue(head.indexOf("moov") >= 0 && head.indexOf("moov") < Math.max(head.indexOf("mdat"), 4096),
                "faststart");
            Api.Res torrent = Api.anonymous(bobine).get(f.get("torrentUrl").asText());
            assertEquals(200, torrent.status());
            assertTrue(new String(torrent.raw().body(), StandardCharsets.ISO_8859_1).contains(f.get("fileUrl").asText()));
            assertTrue(f.get("magnetUri").asText().startsWith("magnet:?"));
        }
        assertEquals(List.of(360, 240), resolutions);
        assertEquals(2, v.get("streamingPlaylists").get(0).get("files").size());
        assertEquals(404, Api.anonymous(bobine).get(original).status(), "the original was replaced");
        assertEquals(2, bobine.files("storage/web-videos").size());
        assertEquals(2, bobine.files("storage/torrents").size());
    }
}
