package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The social capability over HTTP: subscriptions and their feed, ratings and the counts on videos and
 * channels, views counted once per viewer after ten seconds watched, and what each refuses.
 */
@ExtendWith(BobineExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocialIT {

    private final Bobine bobine;
    private Users.TestUser creator;
    private Users.TestUser fan;
    private String publicVideo;
    private String privateVideo;

    SocialIT(Bobine bobine) {
        this.bobine = bobine;
    }

    @BeforeAll
    void uploadVideos() {
        creator = Users.create(bobine, "creator");
        fan = Users.create(bobine, "fan");
        publicVideo = upload(creator, "Social public", 1);
        privateVideo = upload(creator, "Social private", 3);
    }

    private static String upload(Users.TestUser u, String name, int privacy) {
        Api.Res r = u.api().upload(u.channelId(), name, privacy, "v.mp4", Media.video(), "social");
        assertEquals(200, r.status(), r.toString());
        String uuid = r.json().get("video").get("uuid").asText();
        Published.await(u.api(), uuid);
        return uuid;
    }

    private String host() {
        return Api.anonymous(bobine).get("/api/v1/video-channels/" + creator.channel()).json().get("host").asText();
    }

    @Test
    void subscribingFollowsAChannelAndItsVideosFillTheFeed() {
        String handle = creator.channel() + "@" + host();
        assertEquals(204, fan.api().postJson("/api/v1/users/me/subscriptions", Api.obj("uri", handle)).status());
        assertEquals(204, fan.api().postJson("/api/v1/users/me/subscriptions", Api.obj("uri", handle)).status(),
            "subscribing again changes nothing");
        JsonNode channel = Api.anonymous(bobine).get("/api/v1/video-channels/" + creator.channel()).json();
        assertEquals(1, channel.get("followersCount").asInt());
        assertEquals(1, Api.anonymous(bobine).get("/api/v1/accounts/" + creator.name()).json().get("followersCount").asInt());

        JsonNode list = fan.api().get("/api/v1/users/me/subscriptions").json();
        assertEquals(1, list.get("total").asInt());
        assertEquals(creator.channel(), list.get("data").get(0).get("name").asText());
        JsonNode exist = fan.api().get("/api/v1/users/me/subscriptions/exist?uris=" + handle + "&uris=root_channel@" + host()).json();
        assertTrue(exist.get(handle).asBoolean());
        assertFalse(exist.get("root_channel@" + host()).asBoolean());
        assertEquals(creator.channel(), fan.api().get("/api/v1/users/me/subscriptions/" + handle).json().get("name").asText());
        PtTypes.check("ResultList<VideoChannel>", list, "VideoChannel", fan.api().get("/api/v1/users/me/subscriptions/" + handle)
            .json(), "ResultList<Video>", fan.api().get("/api/v1/users/me/subscriptions/videos").json());

        // The feed: the channel's videos the fan may see; never the private one.
        JsonNode feed = fan.api().get("/api/v1/users/me/subscriptions/videos?count=50").json();
        List<String> uuids = new ArrayList<>();
        feed.get("data").forEach(v -> uuids.add(v.get("uuid").asText()));
        assertTrue(uuids.contains(publicVideo), feed.toString());
        assertFalse(uuids.contains(privateVideo), "a private video never reaches another's feed");
        Users.TestUser lonely = Users.create(bobine, "lonely");
        assertEquals(0, lonely.api().get("/api/v1/users/me/subscriptions/videos").json().get("total").asInt(),
            "no subscription, an empty feed (not every video)");

        assertEquals(204, fan.api().delete("/api/v1/users/me/subscriptions/" + handle).status());
        assertEquals(404, fan.api().delete("/api/v1/users/me/subscriptions/" + handle).status());
        assertEquals(0, Api.anonymous(bobine).get("/api/v1/video-channels/" + creator.channel()).json()
            .get("followersCount").asInt());
    }

    @Test
    void subscriptionsRefuseWhatCannotBeFollowed() {
        Api api = fan.api();
        assertEquals(400, api.postJson("/api/v1/users/me/subscriptions", Api.obj("uri", fan.channel())).status(),
            "one's own channel");
        Api.Res unknown = api.postJson("/api/v1/users/me/subscriptions", Api.obj("uri", "no_such_channel"));
        assertEquals(404, unknown.status());
        assertTrue(unknown.contentType().startsWith("application/problem+json"));
        assertEquals(400, api.postJson("/api/v1/users/me/subscriptions", Api.obj("uri", "music@other.example")).status(),
            "remote channels need federation");
        assertEquals(400, api.postJson("/api/v1/users/me/subscriptions", Api.obj("uri", "")).status());
        assertEquals(400, api.postJson("/api/v1/users/me/subscriptions", Api.obj("uri", 42)).status());
        assertEquals(400, api.postJson("/api/v1/users/me/subscriptions", Api.obj("uri", "a b/../c")).status());
        assertEquals(401, Api.anonymous(bobine).postJson("/api/v1/users/me/subscriptions",
            Api.obj("uri", creator.channel())).status());
        assertEquals(401, Api.anonymous(bobine).get("/api/v1/users/me/subscriptions").status());
        assertEquals(400, api.get("/api/v1/users/me/subscriptions?sort=views").status());
        assertEquals(0, api.get("/api/v1/users/me/subscriptions").json().get("total").asInt(), "nothing was stored");
    }

    @Test
    void ratingsMoveTheCountsOnTheVideo() {
        Api api = fan.api();
        assertEquals("none", api.get("/api/v1/users/me/videos/" + publicVideo + "/rating").json().get("rating").asText());
        assertEquals(204, api.putJson("/api/v1/videos/" + publicVideo + "/rate", Api.obj("rating", "like")).status());
        JsonNode v = Api.anonymous(bobine).get("/api/v1/videos/" + publicVideo).json();
        assertEquals(1, v.get("likes").asInt());
        assertEquals(0, v.get("dislikes").asInt());
        JsonNode mine = api.get("/api/v1/users/me/videos/" + publicVideo + "/rating").json();
        assertEquals("like", mine.get("rating").asText());
        assertEquals(v.get("id").asLong(), mine.get("videoId").asLong());

        assertEquals(204, api.putJson("/api/v1/videos/" + publicVideo + "/rate", Api.obj("rating", "dislike")).status());
        v = Api.anonymous(bobine).get("/api/v1/videos/" + publicVideo).json();
        assertEquals(0, v.get("likes").asInt());
        assertEquals(1, v.get("dislikes").asInt());
        JsonNode ratings = api.get("/api/v1/accounts/" + fan.name() + "/ratings").json();
        assertEquals(1, ratings.get("total").asInt());
        assertEquals("dislike", ratings.get("data").get(0).get("rating").asText());
        assertEquals(publicVideo, ratings.get("data").get(0).get("video").get("uuid").asText());
        PtTypes.check("UserVideoRate", mine, "ResultList<AccountVideoRate>", ratings, "VideoDetails", v);
        assertEquals(403, creator.api().get("/api/v1/accounts/" + fan.name() + "/ratings").status(),
            "only the account's user lists its ratings");

        assertEquals(204, api.putJson("/api/v1/videos/" + publicVideo + "/rate", Api.obj("rating", "none")).status());
        v = Api.anonymous(bobine).get("/api/v1/videos/" + publicVideo).json();
        assertEquals(0, v.get("likes").asInt());
        assertEquals(0, v.get("dislikes").asInt());
    }

    @Test
    void ratingsRefuseBadInputAndVideosTheCallerCannotSee() {
        Api api = fan.api();
        assertEquals(403, api.putJson("/api/v1/videos/" + privateVideo + "/rate", Api.obj("rating", "like")).status(),
            "someone else's private video");
        assertEquals(403, api.get("/api/v1/users/me/videos/" + privateVideo + "/rating").status());
        assertEquals(400, api.putJson("/api/v1/videos/" + publicVideo + "/rate", Api.obj("rating", "love")).status());
        assertEquals(400, api.putJson("/api/v1/videos/" + publicVideo + "/rate", Api.obj("rating", 1)).status());
        assertEquals(404, api.putJson("/api/v1/videos/no-such-video/rate", Api.obj("rating", "like")).status());
        assertEquals(401, Api.anonymous(bobine).putJson("/api/v1/videos/" + publicVideo + "/rate",
            Api.obj("rating", "like")).status());
        JsonNode v = creator.api().get("/api/v1/videos/" + privateVideo).json();
        assertEquals(0, v.get("likes").asInt(), "nothing was stored");
    }

    @Test
    void fiftyViewersLikingAndCommentingAtOnceLoseNoCount() throws Exception {
        String uuid = upload(creator, "Social crowd", 1);
        List<Users.TestUser> crowd = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            crowd.add(Users.create(bobine, "crowd"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (Users.TestUser u : crowd) {
                done.add(pool.submit(() -> u.api().putJson("/api/v1/videos/" + uuid + "/rate", Api.obj("rating", "like"))
                    .status()));
                done.add(pool.submit(() -> u.api().postJson("/api/v1/videos/" + uuid + "/comment-threads",
                    Api.obj("text", "Me too, " + u.name())).status() == 200 ? 204 : 500));
            }
            for (Future<Integer> f : done) {
                assertEquals(204, f.get());
            }
        } finally {
            pool.shutdown();
        }
        JsonNode counted = Api.anonymous(bobine).get("/api/v1/videos/" + uuid).json();
        assertEquals(50, counted.get("likes").asInt());
        assertEquals(50, counted.get("comments").asInt(), "the comment count too");
        assertEquals(50, Api.anonymous(bobine).get("/api/v1/videos/" + uuid + "/comment-threads").json().get("total").asInt());
        JsonNode liked = Api.anonymous(bobine).get("/api/v1/videos?sort=-likes&count=1").json();
        assertEquals(uuid, liked.get("data").get(0).get("uuid").asText(), "the most liked video comes first");
    }

    /** A player reports its position as PeerTube's does, every 5 s of playback. */
    private void watch(String uuid, String userAgent, int seconds) throws InterruptedException {
        Api api = Api.anonymous(bobine);
        for (int t = 0; t <= seconds; t += 5) {
            Api.Res r = api.postWithHeaders("/api/v1/videos/" + uuid + "/views", Map.of("User-Agent", userAgent),
                Api.obj("currentTime", t));
            assertEquals(204, r.status(), r.toString());
            if (t < seconds) {
                Thread.sleep(5_000);
            }
        }
    }

    @Test
    void aViewCountsOncePerViewerAfterTenSecondsWatched() throws Exception {
        String uuid = upload(creator, "Social views", 1);
        watch(uuid, "viewer-one", 10);
        watch(uuid, "viewer-two", 10);
        watch(uuid, "viewer-one", 10);
        // A seek is not watching: jumping to the end counts nothing.
        Api.Res seek = Api.anonymous(bobine).postWithHeaders("/api/v1/videos/" + uuid + "/views",
            Map.of("User-Agent", "viewer-three"), Api.obj("currentTime", 0));
        assertEquals(204, seek.status());
        assertEquals(204, Api.anonymous(bobine).postWithHeaders("/api/v1/videos/" + uuid + "/views",
            Map.of("User-Agent", "viewer-three"), Api.obj("currentTime", 60, "viewEvent", "seek")).status());
        long views = 0;
        for (int i = 0; i < 60 && views < 2; i++) {
            Thread.sleep(1_000);
            views = Api.anonymous(bobine).get("/api/v1/videos/" + uuid).json().get("views").asLong();
        }
        assertEquals(2, views, "two viewers, each counted once; the seek counts nothing");
        // Counts are written in batches: a while later, still two.
        Thread.sleep(12_000);
        assertEquals(2, Api.anonymous(bobine).get("/api/v1/videos/" + uuid).json().get("views").asLong());
        // Trending: views of the last two days (the configuration says so to clients), this video first.
        assertEquals(2, Api.anonymous(bobine).get("/api/v1/config").json().get("trending").get("videos")
            .get("intervalDays").asInt());
        assertEquals(uuid, Api.anonymous(bobine).get("/api/v1/videos?sort=-trending&count=1").json().get("data").get(0)
            .get("uuid").asText());
        assertEquals(400, Api.anonymous(bobine).postJson("/api/v1/videos/" + uuid + "/views",
            Api.obj("currentTime", 3, "viewEvent", "pause")).status());
        assertEquals(403, fan.api().postJson("/api/v1/videos/" + privateVideo + "/views", Api.obj("currentTime", 3))
            .status(), "views of a video the viewer cannot see are refused");
    }
}
