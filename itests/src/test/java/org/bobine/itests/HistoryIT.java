package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Watch history over HTTP: positions from the player's view reports and from {@code watching}, the
 * {@code userHistory} of videos answered to their user only, the history list, removing and clearing, the
 * switch in {@code /users/me}, videos that become hidden, and what each route refuses. Also the channel search.
 */
@ExtendWith(BobineExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryIT {

    private final Bobine bobine;
    private Users.TestUser creator;
    private Users.TestUser viewer;
    private String first;
    private String second;
    private String later;

    HistoryIT(Bobine bobine) {
        this.bobine = bobine;
    }

    @BeforeAll
    void uploadVideos() {
        creator = Users.create(bobine, "historian");
        viewer = Users.create(bobine, "watcher");
        first = upload("History first");
        second = upload("History second");
        later = upload("History later private");
    }

    private String upload(String name) {
        Api.Res r = creator.api().upload(creator.channelId(), name, 1, "v.mp4", Media.video(), "history");
        assertEquals(200, r.status(), r.toString());
        String uuid = r.json().get("video").get("uuid").asText();
        Published.await(creator.api(), uuid);
        return uuid;
    }

    private static List<String> uuids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("data").forEach(v -> out.add(v.get("uuid").asText()));
        return out;
    }

    @Test
    void positionsAreKeptForTheirUserAndResumeTheVideo() {
        Api api = viewer.api();
        // The player's view report of a logged-in viewer is their position (as PeerTube's players report it).
        assertEquals(204, api.postJson("/api/v1/videos/" + first + "/views", Api.obj("currentTime", 3)).status());
        JsonNode v = api.get("/api/v1/videos/" + first).json();
        assertEquals(3, v.get("userHistory").get("currentTime").asInt(), v.toString());
        assertNull(Api.anonymous(bobine).get("/api/v1/videos/" + first).json().get("userHistory"), "nobody else sees it");
        assertNull(creator.api().get("/api/v1/videos/" + first).json().get("userHistory"), "not even the owner");
        assertEquals(204, api.putJson("/api/v1/videos/" + second + "/watching", Api.obj("currentTime", 2)).status());

        // Lists answered to the viewer carry their positions; the same list to others does not.
        JsonNode mine = api.get("/api/v1/videos?count=100&sort=-publishedAt").json();
        boolean marked = false;
        for (JsonNode x : mine.get("data")) {
            if (x.get("uuid").asText().equals(second)) {
                marked = x.get("userHistory").get("currentTime").asInt() == 2;
            }
        }
        assertTrue(marked, "the list marks the watched video: " + mine);
        assertFalse(Api.anonymous(bobine).get("/api/v1/videos?count=100").text().contains("userHistory"));

        JsonNode history = api.get("/api/v1/users/me/history/videos").json();
        assertEquals(List.of(second, first), uuids(history).subList(0, 2), "the most recently watched first");
        assertEquals(2, history.get("data").get(0).get("userHistory").get("currentTime").asInt());
        PtTypes.check("ResultList<Video>", history, "VideoDetails", v);
        assertEquals(List.of(first), uuids(api.get("/api/v1/users/me/history/videos?search=first").json()));
        assertEquals(0, creator.api().get("/api/v1/users/me/history/videos").json().get("total").asInt(),
            "another user's history is their own");
    }

    @Test
    void historyCanBePausedRemovedAndCleared() {
        Users.TestUser u = Users.create(bobine, "forgetful");
        Api api = u.api();
        assertTrue(api.get("/api/v1/users/me").json().get("videosHistoryEnabled").asBoolean());
        assertEquals(204, api.putJson("/api/v1/videos/" + first + "/watching", Api.obj("currentTime", 4)).status());
        assertEquals(204, api.putJson("/api/v1/users/me", Api.obj("videosHistoryEnabled", false)).status());
        assertFalse(api.get("/api/v1/users/me").json().get("videosHistoryEnabled").asBoolean());
        Api.Res paused = api.putJson("/api/v1/videos/" + second + "/watching", Api.obj("currentTime", 1));
        assertEquals(409, paused.status(), "PeerTube's answer while history is off: " + paused);
        assertEquals(204, api.postJson("/api/v1/videos/" + second + "/views", Api.obj("currentTime", 1)).status());
        assertEquals(List.of(first), uuids(api.get("/api/v1/users/me/history/videos").json()), "nothing new while paused");
        assertEquals(204, api.putJson("/api/v1/users/me", Api.obj("videosHistoryEnabled", true)).status());
        assertEquals(204, api.putJson("/api/v1/videos/" + second + "/watching", Api.obj("currentTime", 1)).status());

        JsonNode before = api.get("/api/v1/users/me/history/videos").json();
        long firstId = before.get("data").get(1).get("id").asLong();
        assertEquals(204, api.delete("/api/v1/users/me/history/videos/" + firstId).status());
        assertEquals(404, api.delete("/api/v1/users/me/history/videos/" + firstId).status());
        assertEquals(List.of(second), uuids(api.get("/api/v1/users/me/history/videos").json()));
        assertEquals(204, api.postJson("/api/v1/users/me/history/videos/remove", Api.obj("beforeDate", "2000-01-01T00:00:00Z"))
            .status());
        assertEquals(1, api.get("/api/v1/users/me/history/videos").json().get("total").asInt(), "nothing that old");
        assertEquals(204, api.postJson("/api/v1/users/me/history/videos/remove", Api.obj()).status());
        assertEquals(0, api.get("/api/v1/users/me/history/videos").json().get("total").asInt());
    }

    @Test
    void aVideoHiddenFromTheViewerLeavesTheirHistory() {
        Users.TestUser u = Users.create(bobine, "curious");
        assertEquals(204, u.api().putJson("/api/v1/videos/" + later + "/watching", Api.obj("currentTime", 2)).status());
        assertTrue(uuids(u.api().get("/api/v1/users/me/history/videos").json()).contains(later));
        assertEquals(204, creator.api().putJson("/api/v1/videos/" + later, Api.obj("privacy", 3)).status());
        JsonNode after = u.api().get("/api/v1/users/me/history/videos").json();
        assertFalse(uuids(after).contains(later), "a private video of someone else never shows in a history: " + after);
        assertEquals(0, after.get("total").asInt(), "nor in its count");
        assertEquals(403, u.api().putJson("/api/v1/videos/" + later + "/watching", Api.obj("currentTime", 2)).status());
    }

    @Test
    void badInputIsRefusedAndStoresNothing() {
        Users.TestUser u = Users.create(bobine, "clumsy");
        Api api = u.api();
        String watching = "/api/v1/videos/" + first + "/watching";
        for (Object bad : new Object[] {"ten", -1, null}) {
            Api.Res r = api.putJson(watching, bad == null ? Api.obj() : Api.obj("currentTime", bad));
            assertEquals(400, r.status(), bad + ": " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.toString());
        }
        assertEquals(404, api.putJson("/api/v1/videos/no-such-video/watching", Api.obj("currentTime", 1)).status());
        assertEquals(401, Api.anonymous(bobine).putJson(watching, Api.obj("currentTime", 1)).status());
        assertEquals(401, Api.anonymous(bobine).get("/api/v1/users/me/history/videos").status());
        assertEquals(400, api.get("/api/v1/users/me/history/videos?count=1000").status());
        assertEquals(400, api.delete("/api/v1/users/me/history/videos/abc").status());
        assertEquals(400, api.postJson("/api/v1/users/me/history/videos/remove", Api.obj("beforeDate", "yesterday")).status());
        assertEquals(400, api.putJson("/api/v1/users/me", Api.obj("videosHistoryEnabled", "no")).status());
        Api.Res unknown = api.putJson("/api/v1/users/me", Api.obj("videosHistoryEnabled", false, "favouriteColour", "blue"));
        assertEquals(400, unknown.status(), "a field nobody keeps is refused, not dropped: " + unknown);
        assertTrue(api.get("/api/v1/users/me").json().get("videosHistoryEnabled").asBoolean(), "and nothing changed");
        assertEquals(0, api.get("/api/v1/users/me/history/videos").json().get("total").asInt(), "nothing was stored");
    }

    @Test
    void channelsAreFoundByWordsOrHandle() {
        String host = Api.anonymous(bobine).get("/api/v1/video-channels/" + creator.channel()).json().get("host").asText();
        JsonNode byName = Api.anonymous(bobine).get("/api/v1/search/video-channels?search=" + creator.channel()).json();
        assertEquals(creator.channel(), byName.get("data").get(0).get("name").asText(), byName.toString());
        PtTypes.check("ResultList<VideoChannel>", byName);
        JsonNode byHandle = Api.anonymous(bobine).get("/api/v1/search/video-channels?search=" + creator.channel() + "@" + host)
            .json();
        assertEquals(1, byHandle.get("total").asInt(), byHandle.toString());
        assertEquals(0, Api.anonymous(bobine).get("/api/v1/search/video-channels?search=" + creator.channel() + "@elsewhere.example")
            .json().get("total").asInt(), "another host's channel needs federation");
        assertEquals(0, Api.anonymous(bobine).get("/api/v1/search/video-channels?search=zzqx%25_nothing").json().get("total")
            .asInt(), "LIKE wildcards are searched as text");
        assertEquals(400, Api.anonymous(bobine).get("/api/v1/search/video-channels?sort=nonsense").status());
        assertEquals(400, Api.anonymous(bobine).get("/api/v1/search/video-channels?count=-1").status());
    }
}
