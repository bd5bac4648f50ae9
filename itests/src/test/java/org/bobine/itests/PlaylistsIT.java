package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Playlists and Watch later over HTTP: every route with PeerTube's shapes (checked against its models), the
 * order and times of elements, Watch later, what each route refuses (leaving nothing stored), and privacy: of
 * playlists, and of the videos in them, which never show through a playlist to someone who may not see them.
 */
@ExtendWith(BobineExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaylistsIT {

    private final Bobine bobine;
    private Users.TestUser owner;
    private Users.TestUser other;
    private JsonNode videoA;
    private JsonNode videoB;
    private JsonNode videoC;
    private JsonNode othersPrivate;

    PlaylistsIT(Bobine bobine) {
        this.bobine = bobine;
    }

    @BeforeAll
    void uploadVideos() {
        owner = Users.create(bobine, "lister");
        other = Users.create(bobine, "stranger");
        videoA = upload(owner, "Playlist clip A", 1);
        videoB = upload(owner, "Playlist clip B", 1);
        videoC = upload(other, "Playlist clip C", 1);
        othersPrivate = upload(other, "Playlist private clip", 3);
    }

    private static JsonNode upload(Users.TestUser u, String name, int privacy) {
        Api.Res r = u.api().upload(u.channelId(), name, privacy, "v.mp4", Media.video(), "playlist");
        assertEquals(200, r.status(), r.toString());
        String uuid = r.json().get("video").get("uuid").asText();
        Published.await(u.api(), uuid);
        return u.api().get("/api/v1/videos/" + uuid).json();
    }

    private static long create(Users.TestUser u, String name, int privacy, boolean inChannel) {
        Api.Res r = u.api().postJson("/api/v1/video-playlists", inChannel
            ? Api.obj("displayName", name, "privacy", privacy, "videoChannelId", u.channelId())
            : Api.obj("displayName", name, "privacy", privacy));
        assertEquals(200, r.status(), r.toString());
        return r.json().get("videoPlaylist").get("id").asLong();
    }

    private static long add(Users.TestUser u, Object playlist, JsonNode video) {
        Api.Res r = u.api().postJson("/api/v1/video-playlists/" + playlist + "/videos", Api.obj("videoId", video.get("id").asLong()));
        assertEquals(200, r.status(), r.toString());
        return r.json().get("videoPlaylistElement").get("id").asLong();
    }

    private static List<String> uuidsOf(JsonNode elements) {
        List<String> out = new ArrayList<>();
        elements.get("data").forEach(e -> out.add(e.get("video").isNull() || e.get("video").isMissingNode()
            ? "type" + e.get("type").asInt() : e.get("video").get("uuid").asText()));
        return out;
    }

    private static List<Long> idsOf(JsonNode list) {
        List<Long> out = new ArrayList<>();
        list.get("data").forEach(p -> out.add(p.get("id").asLong()));
        return out;
    }

    private static void assertProblem(int status, Api.Res r, String why) {
        assertEquals(status, r.status(), why + ": " + r);
        assertTrue(r.contentType() != null && r.contentType().startsWith("application/problem+json"), why + ": " + r.contentType());
    }

    @Test
    void aPlaylistIsCreatedWithAThumbnailChangedListedSearchedAndDeleted() {
        Api api = owner.api();
        Api.Multipart form = new Api.Multipart().field("displayName", "Evening lighthouse songs").field("privacy", "1")
            .field("videoChannelId", String.valueOf(owner.channelId())).field("description", "Songs *about* lighthouses")
            .file("thumbnailfile", "cover.jpg", "image/jpeg", Media.thumbnail());
        Api.Res created = api.multipart("/api/v1/video-playlists", form);
        assertEquals(200, created.status(), created.toString());
        JsonNode ids = created.json().get("videoPlaylist");
        long id = ids.get("id").asLong();
        String uuid = ids.get("uuid").asText();
        String shortUuid = ids.get("shortUUID").asText();
        PtTypes.check("{ videoPlaylist: VideoPlaylistCreateResult }", created.json());

        JsonNode p = Api.anonymous(bobine).get("/api/v1/video-playlists/" + id).json();
        assertEquals(uuid, Api.anonymous(bobine).get("/api/v1/video-playlists/" + shortUuid).json().get("uuid").asText());
        assertEquals(id, Api.anonymous(bobine).get("/api/v1/video-playlists/" + uuid).json().get("id").asLong());
        assertEquals("Evening lighthouse songs", p.get("displayName").asText());
        assertEquals(1, p.get("privacy").get("id").asInt());
        assertEquals(1, p.get("type").get("id").asInt());
        assertEquals(owner.name(), p.get("ownerAccount").get("name").asText());
        assertEquals(owner.channel(), p.get("videoChannel").get("name").asText());
        assertTrue(p.get("url").asText().endsWith("/video-playlists/" + uuid), p.toString());
        assertEquals(0, p.get("videosLength").asInt());
        Api.Res thumb = Api.anonymous(bobine).get(p.get("thumbnailPath").asText());
        assertEquals(200, thumb.status(), "the uploaded thumbnail is served");
        assertEquals("image/jpeg", thumb.contentType());
        Api.Res page = Api.anonymous(bobine).get("/video-playlists/" + uuid);
        assertEquals(302, page.status(), "the playlist's URL sends browsers to its page");
        assertTrue(page.header("Location").endsWith("/videos/watch/playlist/" + uuid), page.header("Location"));

        JsonNode all = Api.anonymous(bobine).get("/api/v1/video-playlists?count=100").json();
        JsonNode ofAccount = Api.anonymous(bobine).get("/api/v1/accounts/" + owner.name() + "/video-playlists").json();
        JsonNode ofChannel = Api.anonymous(bobine).get("/api/v1/video-channels/" + owner.channel() + "/video-playlists").json();
        JsonNode found = Api.anonymous(bobine).get("/api/v1/search/video-playlists?search=LIGHTHOUSE").json();
        JsonNode privacies = Api.anonymous(bobine).get("/api/v1/video-playlists/privacies").json();
        assertTrue(idsOf(all).contains(id));
        assertTrue(idsOf(ofAccount).contains(id));
        assertTrue(idsOf(ofChannel).contains(id));
        assertFalse(idsOf(found).contains(id), "search lists public playlists with videos only");
        assertEquals("Public", privacies.get("1").asText());
        assertEquals("Unlisted", privacies.get("2").asText());
        assertEquals("Private", privacies.get("3").asText());
        add(owner, id, videoA);
        found = Api.anonymous(bobine).get("/api/v1/search/video-playlists?search=lighthouse%20evening").json();
        assertTrue(idsOf(found).contains(id), found.toString());
        assertEquals(0, Api.anonymous(bobine).get("/api/v1/search/video-playlists?search=submarine").json().get("total").asInt());
        PtTypes.check("VideoPlaylist", p, "ResultList<VideoPlaylist>", all, "ResultList<VideoPlaylist>", ofAccount,
            "ResultList<VideoPlaylist>", ofChannel, "ResultList<VideoPlaylist>", found, "{ [id: number]: string }", privacies);

        // Changes, as JSON and as PeerTube's multipart form.
        assertEquals(204, api.putJson("/api/v1/video-playlists/" + id, Api.obj("displayName", "Morning lighthouse songs")).status());
        Api.Res put = api.multipartPut("/api/v1/video-playlists/" + shortUuid, new Api.Multipart().field("description", "Changed by form")
            .file("thumbnailfile", "other.jpg", "image/jpeg", Media.thumbnail()));
        assertEquals(204, put.status(), put.toString());
        JsonNode changed = api.get("/api/v1/video-playlists/" + id).json();
        assertEquals("Morning lighthouse songs", changed.get("displayName").asText());
        assertEquals("Changed by form", changed.get("description").asText());
        assertNotEquals(p.get("thumbnailPath").asText(), changed.get("thumbnailPath").asText(), "a new image gets a new name");
        assertEquals(404, Api.anonymous(bobine).get(p.get("thumbnailPath").asText()).status(), "the replaced image is gone");

        assertEquals(204, api.delete("/api/v1/video-playlists/" + id).status());
        assertEquals(404, api.get("/api/v1/video-playlists/" + id).status());
        assertEquals(404, Api.anonymous(bobine).get(changed.get("thumbnailPath").asText()).status());
        assertFalse(idsOf(Api.anonymous(bobine).get("/api/v1/video-playlists?count=100").json()).contains(id));
    }

    @Test
    void elementsKeepTheirOrderTheirTimesAndTheCount() {
        long id = create(owner, "Order matters", 2, false);
        long a = add(owner, id, videoA);
        long b = add(owner, id, videoB);
        Api.Res withTimes = owner.api().postJson("/api/v1/video-playlists/" + id + "/videos",
            Api.obj("videoId", videoC.get("uuid").asText(), "startTimestamp", 1, "stopTimestamp", 2));
        assertEquals(200, withTimes.status(), withTimes.toString());
        long c = withTimes.json().get("videoPlaylistElement").get("id").asLong();
        PtTypes.check("{ videoPlaylistElement: VideoPlaylistElementCreateResult }", withTimes.json());

        JsonNode list = owner.api().get("/api/v1/video-playlists/" + id + "/videos").json();
        assertEquals(3, list.get("total").asInt());
        assertEquals(List.of(videoA.get("uuid").asText(), videoB.get("uuid").asText(), videoC.get("uuid").asText()), uuidsOf(list));
        assertEquals(3, list.get("data").get(2).get("position").asInt());
        assertEquals(1, list.get("data").get(2).get("startTimestamp").asInt());
        assertEquals(2, list.get("data").get(2).get("stopTimestamp").asInt());
        assertEquals(0, list.get("data").get(0).get("type").asInt());
        JsonNode p = owner.api().get("/api/v1/video-playlists/" + id).json();
        assertEquals(3, p.get("videosLength").asInt());
        assertEquals(videoA.get("thumbnailPath").asText(), p.get("thumbnailPath").asText(), "without an upload, the first video's thumbnail");

        assertEquals(204, owner.api().putJson("/api/v1/video-playlists/" + id + "/videos/" + a,
            Api.obj("startTimestamp", 1)).status());
        assertEquals(204, owner.api().putJson("/api/v1/video-playlists/" + id + "/videos/" + c,
            Api.obj("stopTimestamp", null)).status());
        list = owner.api().get("/api/v1/video-playlists/" + id + "/videos").json();
        assertEquals(1, list.get("data").get(0).get("startTimestamp").asInt());
        assertTrue(list.get("data").get(2).get("stopTimestamp").isNull(), list.toString());

        // PeerTube's reorder: the third to the top, then the first two after the third.
        assertEquals(204, owner.api().postJson("/api/v1/video-playlists/" + id + "/videos/reorder",
            Api.obj("startPosition", 3, "insertAfterPosition", 0)).status());
        assertEquals(List.of(videoC.get("uuid").asText(), videoA.get("uuid").asText(), videoB.get("uuid").asText()),
            uuidsOf(owner.api().get("/api/v1/video-playlists/" + id + "/videos").json()));
        assertEquals(204, owner.api().postJson("/api/v1/video-playlists/" + id + "/videos/reorder",
            Api.obj("startPosition", 1, "insertAfterPosition", 3, "reorderLength", 2)).status());
        list = owner.api().get("/api/v1/video-playlists/" + id + "/videos").json();
        assertEquals(List.of(videoB.get("uuid").asText(), videoC.get("uuid").asText(), videoA.get("uuid").asText()), uuidsOf(list));
        assertEquals(videoB.get("thumbnailPath").asText(), owner.api().get("/api/v1/video-playlists/" + id).json()
            .get("thumbnailPath").asText(), "the thumbnail follows the first element");

        JsonNode exist = owner.api().get("/api/v1/users/me/video-playlists/videos-exist?videoIds=" + videoA.get("id").asLong()
            + "&videoIds=" + othersPrivate.get("id").asLong()).json();
        List<JsonNode> inA = new ArrayList<>();
        exist.get(videoA.get("id").asText()).forEach(x -> {
            if (x.get("playlistId").asLong() == id) {
                inA.add(x);
            }
        });
        assertEquals(1, inA.size(), exist.toString());
        assertEquals(a, inA.get(0).get("playlistElementId").asLong());
        assertEquals("Order matters", inA.get(0).get("playlistDisplayName").asText());
        assertEquals(p.get("shortUUID").asText(), inA.get(0).get("playlistShortUUID").asText());
        assertEquals(0, exist.get(othersPrivate.get("id").asText()).size());
        PtTypes.check("ResultList<VideoPlaylistElement>", list, "VideosExistInPlaylists", exist);

        assertEquals(204, owner.api().delete("/api/v1/video-playlists/" + id + "/videos/" + c).status());
        list = owner.api().get("/api/v1/video-playlists/" + id + "/videos").json();
        assertEquals(List.of(videoB.get("uuid").asText(), videoA.get("uuid").asText()), uuidsOf(list));
        assertEquals(2, list.get("data").get(1).get("position").asInt(), "the next elements move up");
        assertEquals(2, owner.api().get("/api/v1/video-playlists/" + id).json().get("videosLength").asInt());
        assertEquals(404, owner.api().delete("/api/v1/video-playlists/" + id + "/videos/" + c).status());
        assertEquals(b, list.get("data").get(0).get("id").asLong());
    }

    @Test
    void watchLaterIsEveryUsersOwnPrivatePlaylist() {
        Users.TestUser u = Users.create(bobine, "later");
        JsonNode me = u.api().get("/api/v1/users/me").json();
        JsonNode special = me.get("specialPlaylists");
        assertEquals(1, special.size(), me.toString());
        assertEquals("Watch later", special.get(0).get("name").asText());
        assertEquals(2, special.get(0).get("type").asInt());
        long id = special.get(0).get("id").asLong();
        assertEquals(id, u.api().get("/api/v1/users/me").json().get("specialPlaylists").get(0).get("id").asLong(), "made once");
        PtTypes.check("MyUserSpecialPlaylist[]", special);

        JsonNode p = u.api().get("/api/v1/video-playlists/" + id).json();
        assertEquals(2, p.get("type").get("id").asInt());
        assertEquals(3, p.get("privacy").get("id").asInt());
        add(u, id, videoA);
        assertEquals(1, u.api().get("/api/v1/video-playlists/" + id).json().get("videosLength").asInt());
        JsonNode mine = u.api().get("/api/v1/accounts/" + u.name() + "/video-playlists?playlistType=2").json();
        assertEquals(List.of(id), idsOf(mine));
        assertEquals(0, Api.anonymous(bobine).get("/api/v1/accounts/" + u.name() + "/video-playlists").json().get("total").asInt(),
            "others never see it");
        assertProblem(400, u.api().delete("/api/v1/video-playlists/" + id), "Watch later cannot be deleted");
        assertProblem(400, u.api().putJson("/api/v1/video-playlists/" + id, Api.obj("privacy", 1, "videoChannelId", u.channelId())),
            "Watch later cannot be made public");
        assertProblem(403, other.api().get("/api/v1/video-playlists/" + id), "a private playlist to another user");
        assertEquals(3, u.api().get("/api/v1/video-playlists/" + id).json().get("privacy").get("id").asInt());
    }

    @Test
    void aVideoHiddenFromTheViewerNeverShowsThroughAPlaylist() {
        // The stranger's public video, in the owner's public playlist, first: then made private by the stranger.
        JsonNode hidden = upload(other, "Soon private", 1);
        JsonNode gone = upload(other, "Soon deleted", 1);
        long id = create(owner, "Mixed company", 1, true);
        add(owner, id, hidden);
        add(owner, id, gone);
        add(owner, id, videoA);
        JsonNode before = Api.anonymous(bobine).get("/api/v1/video-playlists/" + id).json();
        assertEquals(hidden.get("thumbnailPath").asText(), before.get("thumbnailPath").asText());
        assertEquals(204, other.api().putJson("/api/v1/videos/" + hidden.get("uuid").asText(), Api.obj("privacy", 3)).status());
        assertEquals(204, other.api().delete("/api/v1/videos/" + gone.get("uuid").asText()).status());

        for (Api viewer : List.of(owner.api(), Api.anonymous(bobine), Users.create(bobine, "viewer").api())) {
            Api.Res r = viewer.get("/api/v1/video-playlists/" + id + "/videos");
            assertEquals(200, r.status(), r.toString());
            JsonNode list = r.json();
            assertEquals(List.of("type2", "type1", videoA.get("uuid").asText()), uuidsOf(list), "private, then deleted, then visible");
            assertTrue(list.get("data").get(0).get("video").isNull());
            assertFalse(r.text().contains(hidden.get("uuid").asText()) || r.text().contains("Soon private"),
                "nothing of the hidden video in the answer");
            JsonNode p = viewer.get("/api/v1/video-playlists/" + id).json();
            assertEquals(videoA.get("thumbnailPath").asText(), p.get("thumbnailPath").asText(),
                "the thumbnail is the first video this viewer may see, not the hidden one");
            assertFalse(viewer.get("/api/v1/video-playlists?count=100").text().contains(hidden.get("thumbnailPath").asText()));
            // The count is of the playlist's elements, as the element list shows them (placeholders included).
            assertEquals(list.get("total").asInt(), p.get("videosLength").asInt());
            PtTypes.check("ResultList<VideoPlaylistElement>", list, "VideoPlaylist", p);
        }
        // Its owner still sees it in the playlist.
        JsonNode forStranger = other.api().get("/api/v1/video-playlists/" + id + "/videos").json();
        assertEquals(hidden.get("uuid").asText(), forStranger.get("data").get(0).get("video").get("uuid").asText());

        // Only videos the owner may see can be added.
        assertProblem(403, owner.api().postJson("/api/v1/video-playlists/" + id + "/videos",
            Api.obj("videoId", othersPrivate.get("id").asLong())), "someone else's private video");
        assertEquals(3, owner.api().get("/api/v1/video-playlists/" + id).json().get("videosLength").asInt(), "nothing added");
    }

    @Test
    void privateAndUnlistedPlaylistsStayOutOfSight() {
        long priv = create(owner, "Secret garden", 3, false);
        long unlisted = create(owner, "Hidden garden", 2, false);
        add(owner, priv, videoA);
        add(owner, unlisted, videoA);
        JsonNode u = owner.api().get("/api/v1/video-playlists/" + unlisted).json();

        assertProblem(403, other.api().get("/api/v1/video-playlists/" + priv), "another user");
        assertProblem(403, Api.anonymous(bobine).get("/api/v1/video-playlists/" + priv), "anonymous");
        assertProblem(403, other.api().get("/api/v1/video-playlists/" + priv + "/videos"), "its elements neither");
        assertEquals(200, Api.anonymous(bobine).get("/api/v1/video-playlists/" + u.get("uuid").asText()).status(), "unlisted: by uuid");
        assertEquals(200, Api.anonymous(bobine).get("/api/v1/video-playlists/" + u.get("shortUUID").asText() + "/videos").status());
        assertProblem(404, Api.anonymous(bobine).get("/api/v1/video-playlists/" + unlisted), "unlisted: not by numeric id");
        for (Api viewer : List.of(Api.anonymous(bobine), other.api())) {
            List<Long> listed = new ArrayList<>(idsOf(viewer.get("/api/v1/video-playlists?count=100").json()));
            listed.addAll(idsOf(viewer.get("/api/v1/accounts/" + owner.name() + "/video-playlists?count=100").json()));
            listed.addAll(idsOf(viewer.get("/api/v1/search/video-playlists?search=garden").json()));
            assertFalse(listed.contains(priv) || listed.contains(unlisted), listed.toString());
        }
        List<Long> own = idsOf(owner.api().get("/api/v1/accounts/" + owner.name() + "/video-playlists?count=100").json());
        assertTrue(own.contains(priv) && own.contains(unlisted), "its user lists them all");
        assertEquals(2, owner.api().get("/api/v1/search/video-playlists?search=garden").json().get("total").asInt(),
            "and finds them");
        assertProblem(403, other.api().postJson("/api/v1/video-playlists/" + unlisted + "/videos",
            Api.obj("videoId", videoC.get("id").asLong())), "adding to someone else's playlist");
        assertProblem(403, other.api().delete("/api/v1/video-playlists/" + unlisted), "deleting someone else's");
        assertProblem(403, other.api().putJson("/api/v1/video-playlists/" + unlisted, Api.obj("displayName", "Mine now")), "changing");
        assertEquals("Hidden garden", owner.api().get("/api/v1/video-playlists/" + unlisted).json().get("displayName").asText());
    }

    @Test
    void badInputIsRefusedAndLeavesNothing() {
        Api api = owner.api();
        long id = create(owner, "Careful", 3, false);
        long element = add(owner, id, videoA);
        int before = api.get("/api/v1/accounts/" + owner.name() + "/video-playlists?count=100").json().get("total").asInt();
        String base = "/api/v1/video-playlists";

        assertProblem(401, Api.anonymous(bobine).postJson(base, Api.obj("displayName", "x", "privacy", 3)), "anonymous");
        assertProblem(400, api.postJson(base, Api.obj("privacy", 3)), "no name");
        assertProblem(400, api.postJson(base, Api.obj("displayName", "", "privacy", 3)), "empty name");
        assertProblem(400, api.postJson(base, Api.obj("displayName", "x".repeat(121))), "name too long");
        assertProblem(400, api.postJson(base, Api.obj("displayName", 42)), "name of the wrong type");
        assertProblem(400, api.postJson(base, Api.obj("displayName", "ok", "description", "d".repeat(1001))), "description too long");
        assertProblem(400, api.postJson(base, Api.obj("displayName", "ok", "privacy", 4)), "unknown privacy");
        assertProblem(400, api.postJson(base, Api.obj("displayName", "ok", "privacy", "public")), "privacy of the wrong type");
        assertProblem(400, api.postJson(base, Api.obj("displayName", "ok", "privacy", 1)), "public without a channel");
        assertProblem(400, api.postJson(base, Api.obj("displayName", "ok", "privacy", 1, "videoChannelId", other.channelId())),
            "someone else's channel");
        assertProblem(400, api.multipart(base, new Api.Multipart().field("displayName", "ok")
            .file("thumbnailfile", "x.jpg", "image/jpeg", "not an image".getBytes())), "a thumbnail that is no image");
        assertProblem(400, api.putJson(base + "/" + id, Api.obj("privacy", 1)), "made public without a channel");
        assertProblem(404, api.get(base + "/999999999"), "unknown playlist");
        assertProblem(404, api.get(base + "/not-a-playlist"), "malformed id");

        String videos = base + "/" + id + "/videos";
        assertProblem(404, api.postJson(videos, Api.obj("videoId", 999999999)), "unknown video");
        assertProblem(400, api.postJson(videos, Api.obj("videoId", true)), "videoId of the wrong type");
        assertProblem(400, api.postJson(videos, Api.obj()), "no videoId");
        assertProblem(400, api.postJson(videos, Api.obj("videoId", videoA.get("id").asLong(), "startTimestamp", 3600)), "start beyond the end");
        assertProblem(400, api.postJson(videos, Api.obj("videoId", videoA.get("id").asLong(), "stopTimestamp", 3600)), "stop beyond the end");
        assertProblem(400, api.postJson(videos, Api.obj("videoId", videoA.get("id").asLong(), "startTimestamp", 2, "stopTimestamp", 1)),
            "stop before start");
        assertProblem(400, api.postJson(videos, Api.obj("videoId", videoA.get("id").asLong(), "startTimestamp", -1)), "negative");
        assertProblem(400, api.postJson(videos, Api.obj("videoId", videoA.get("id").asLong(), "startTimestamp", "soon")), "wrong type");
        assertProblem(400, api.putJson(videos + "/" + element, Api.obj("stopTimestamp", 3600)), "update beyond the end");
        assertProblem(400, api.putJson(videos + "/abc", Api.obj("startTimestamp", 1)), "malformed element id");
        assertProblem(404, api.putJson(videos + "/999999999", Api.obj("startTimestamp", 1)), "unknown element");
        for (Object[] bad : new Object[][] {{0, 0, 1}, {2, 0, 1}, {1, 2, 1}, {1, 0, 2}, {1, -1, 1}}) {
            assertProblem(400, api.postJson(videos + "/reorder", Api.obj("startPosition", bad[0], "insertAfterPosition", bad[1],
                "reorderLength", bad[2])), "reorder " + List.of(bad));
        }
        assertProblem(400, api.postJson(videos + "/reorder", Api.obj("startPosition", 1)), "reorder without insertAfterPosition");
        assertProblem(400, api.get(base + "?sort=views"), "unknown sort");
        assertProblem(400, api.get(base + "?count=500"), "page too large");
        assertProblem(400, api.get(base + "?playlistType=7"), "unknown type");
        assertProblem(400, api.get("/api/v1/search/video-playlists"), "search without words");
        assertProblem(400, api.get("/api/v1/users/me/video-playlists/videos-exist?videoIds=abc"), "videoIds not numbers");
        assertProblem(401, Api.anonymous(bobine).get("/api/v1/users/me/video-playlists/videos-exist?videoIds=1"), "anonymous");
        assertProblem(404, api.get("/api/v1/accounts/no_such_account_here/video-playlists"), "unknown account");
        assertProblem(404, api.get("/api/v1/video-channels/no_such_channel_here/video-playlists"), "unknown channel");

        assertEquals(before, api.get("/api/v1/accounts/" + owner.name() + "/video-playlists?count=100").json().get("total").asInt(),
            "no playlist was stored");
        JsonNode list = api.get(videos).json();
        assertEquals(1, list.get("total").asInt(), "no element was stored");
        assertTrue(list.get("data").get(0).get("startTimestamp").isNull());
        assertTrue(list.get("data").get(0).get("stopTimestamp").isNull());
        assertEquals(3, api.get(base + "/" + id).json().get("privacy").get("id").asInt());
    }
}
