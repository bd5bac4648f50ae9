package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The privacy matrix: owner, another user and an anonymous visitor, against the four privacies, on every
 * path a video can be reached through: by id, in lists, in search, on the channel and account pages, in
 * the counts those pages give, and its files.
 */
@ExtendWith(BobineExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyIT {

    private static final String[] PRIVACY = {null, "public", "unlisted", "private", "internal"};

    private final Bobine bobine;
    private Users.TestUser owner;
    private Users.TestUser other;
    private final Map<Integer, String> uuids = new LinkedHashMap<>();
    private final Map<Integer, String> fileUrls = new LinkedHashMap<>();
    private String word;

    PrivacyIT(Bobine bobine) {
        this.bobine = bobine;
    }

    @BeforeAll
    void uploadOneVideoPerPrivacy() {
        owner = Users.create(bobine, "priv");
        other = Users.create(bobine, "peer");
        word = "zq" + Long.toString(System.nanoTime(), 36);
        for (int privacy = 1; privacy <= 4; privacy++) {
            Api.Res r = owner.api().upload(owner.channelId(), word + " " + PRIVACY[privacy], privacy, "v.mp4",
                Media.video(), word);
            assertEquals(200, r.status(), r.toString());
            String uuid = r.json().get("video").get("uuid").asText();
            uuids.put(privacy, uuid);
            fileUrls.put(privacy, Published.await(owner.api(), uuid).get("files").get(0).get("fileUrl").asText());
        }
    }

    private Api viewer(String who) {
        return switch (who) {
            case "owner" -> owner.api();
            case "other" -> other.api();
            default -> Api.anonymous(bobine);
        };
    }

    @Test
    void getById() {
        int[][] expected = {
            // owner, other, anonymous
            {200, 200, 200}, // public
            {200, 200, 200}, // unlisted
            {200, 403, 401}, // private
            {200, 200, 401}, // internal
        };
        String[] who = {"owner", "other", "anonymous"};
        for (int privacy = 1; privacy <= 4; privacy++) {
            for (int w = 0; w < 3; w++) {
                Api.Res r = viewer(who[w]).get("/api/v1/videos/" + uuids.get(privacy));
                assertEquals(expected[privacy - 1][w], r.status(), who[w] + " gets a " + PRIVACY[privacy] + " video");
                if (r.status() != 200) {
                    assertEquals(expected[privacy - 1][w], r.json().get("status").asInt());
                }
            }
        }
    }

    @Test
    void commentsRatingsAndHistoryFollowTheVideosPrivacy() {
        int[][] read = {
            // owner, other, anonymous
            {200, 200, 200}, // public
            {200, 200, 200}, // unlisted
            {200, 403, 401}, // private
            {200, 200, 401}, // internal
        };
        String[] who = {"owner", "other", "anonymous"};
        for (int privacy = 1; privacy <= 4; privacy++) {
            String v = "/api/v1/videos/" + uuids.get(privacy);
            for (int w = 0; w < 3; w++) {
                int may = read[privacy - 1][w];
                String what = who[w] + " and a " + PRIVACY[privacy] + " video: ";
                Api api = viewer(who[w]);
                assertEquals(may, api.get(v + "/comment-threads").status(), what + "its comments");
                int write = w == 2 ? 401 : may;
                assertEquals(write == 200 ? 200 : write, api.postJson(v + "/comment-threads", Api.obj("text", "Seen")).status(),
                    what + "commenting");
                assertEquals(write == 200 ? 204 : write, api.putJson(v + "/rate", Api.obj("rating", "like")).status(),
                    what + "rating");
                assertEquals(write == 200 ? 204 : write, api.putJson(v + "/watching", Api.obj("currentTime", 1)).status(),
                    what + "its history");
                if (w < 2) {
                    assertEquals(may, api.get("/api/v1/users/me/videos/" + uuids.get(privacy) + "/rating").status(),
                        what + "my rating of it");
                }
            }
            // What another may not see leaves no trace in their history.
            boolean inHistory = other.api().get("/api/v1/users/me/history/videos?count=100").text().contains(uuids.get(privacy));
            assertEquals(read[privacy - 1][1] == 200, inHistory, "a " + PRIVACY[privacy] + " video in another's history");
        }
        // The counts on the private video say what its owner did, nothing else.
        JsonNode mine = owner.api().get("/api/v1/videos/" + uuids.get(3)).json();
        assertEquals(1, mine.get("likes").asInt());
        assertEquals(1, mine.get("comments").asInt());
    }

    @Test
    void filesFollowTheVideosPrivacy() {
        assertEquals(200, Api.anonymous(bobine).get(fileUrls.get(1)).status());
        assertEquals(200, Api.anonymous(bobine).get(fileUrls.get(2)).status());
        assertEquals(401, Api.anonymous(bobine).get(fileUrls.get(3)).status());
        assertEquals(403, other.api().get(fileUrls.get(3)).status());
        assertEquals(200, owner.api().get(fileUrls.get(3)).status());
        assertEquals(401, Api.anonymous(bobine).get(fileUrls.get(4)).status());
        assertEquals(200, other.api().get(fileUrls.get(4)).status());
    }

    /** Which privacies each viewer finds in lists: public always, internal when logged in, never the others. */
    private List<Integer> listable(String who) {
        return who.equals("anonymous") ? List.of(1) : List.of(1, 4);
    }

    private List<Integer> found(JsonNode page) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode v : page.get("data")) {
            uuids.forEach((privacy, uuid) -> {
                if (uuid.equals(v.get("uuid").asText())) {
                    out.add(privacy);
                }
            });
        }
        out.sort(null);
        return out;
    }

    @Test
    void listsSearchChannelAndAccountPagesShowOnlyWhatTheViewerMaySee() {
        for (String who : List.of("owner", "other", "anonymous")) {
            Api api = viewer(who);
            Map<String, JsonNode> pages = new LinkedHashMap<>();
            pages.put("list", api.get("/api/v1/videos?count=100&tagsOneOf=" + word).json());
            pages.put("search", api.get("/api/v1/search/videos?search=" + word + "&count=100").json());
            pages.put("channel", api.get("/api/v1/video-channels/" + owner.channel() + "/videos?count=100").json());
            pages.put("account", api.get("/api/v1/accounts/" + owner.name() + "/videos?count=100").json());
            for (var e : pages.entrySet()) {
                assertEquals(listable(who), found(e.getValue()), who + " on the " + e.getKey() + " page");
                assertEquals(listable(who).size(), e.getValue().get("total").asInt(),
                    who + ": the " + e.getKey() + " count must not reveal hidden videos");
            }
        }
    }

    @Test
    void myVideosShowsTheOwnerEverything() {
        JsonNode mine = owner.api().get("/api/v1/users/me/videos?count=100").json();
        assertEquals(4, mine.get("total").asInt());
        assertEquals(0, other.api().get("/api/v1/users/me/videos").json().get("total").asInt());
        assertEquals(401, Api.anonymous(bobine).get("/api/v1/users/me/videos").status());
    }

    @Test
    void onlyTheOwnerChangesOrDeletes() {
        String uuid = uuids.get(1);
        assertEquals(403, other.api().putJson("/api/v1/videos/" + uuid, Api.obj("name", "Taken over")).status());
        assertEquals(403, other.api().delete("/api/v1/videos/" + uuid).status());
        assertEquals(401, Api.anonymous(bobine).delete("/api/v1/videos/" + uuid).status());
        assertEquals(403, other.api().putJson("/api/v1/videos/" + uuids.get(3), Api.obj("name", "Seen")).status());
        Api.Res ok = owner.api().putJson("/api/v1/videos/" + uuid, Api.obj("name", word + " public renamed",
            "tags", List.of(word, "renamed")));
        assertEquals(204, ok.status(), ok.toString());
        assertEquals(word + " public renamed", Api.anonymous(bobine).get("/api/v1/videos/" + uuid).json()
            .get("name").asText());
    }
}
