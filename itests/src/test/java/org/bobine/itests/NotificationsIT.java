package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PeerTube's notifications over HTTP, each produced by the real action: a subscription (new follower), an
 * upload (new video from a subscription, my video published), comments (on my video, held for approval, a
 * reply, a mention), with the unread filter, read and read-all, the settings respected, privacy (a
 * subscriber is not told of a private video, and is told once it is made public), bad input, and the live
 * stream (Server-Sent Events with the token in the header, bounded per user).
 */
@ExtendWith(BobineExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Bobine bobine;
    private Users.TestUser owner;
    private Users.TestUser fan;
    private Users.TestUser other;

    NotificationsIT(Bobine bobine) {
        this.bobine = bobine;
    }

    @BeforeAll
    void setUp() {
        owner = Users.create(bobine, "creator");
        fan = Users.create(bobine, "fan");
        other = Users.create(bobine, "other");
        assertEquals(204, fan.api().postJson("/api/v1/users/me/subscriptions",
            Api.obj("uri", owner.channel() + "@" + URI.create(bobine.url()).getAuthority())).status());
    }

    private JsonNode list(Users.TestUser u, String query) {
        Api.Res r = u.api().get("/api/v1/users/me/notifications" + query);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static List<JsonNode> data(JsonNode list) {
        List<JsonNode> out = new ArrayList<>();
        list.get("data").forEach(out::add);
        return out;
    }

    /** Waits until the user has a notification the predicate accepts (the notifier works after the commit). */
    private JsonNode await(Users.TestUser u, String what, Predicate<JsonNode> p) {
        // A guard so a missing notification fails the test instead of the build; not a performance check.
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode n : data(list(u, "?count=100"))) {
                if (p.test(n)) {
                    return n;
                }
            }
            Bobine.sleep(200);
        }
        throw new AssertionError(u.name() + " was not told of " + what + ": " + list(u, "?count=100"));
    }

    private static Predicate<JsonNode> type(int type, String videoUuid) {
        return n -> n.get("type").asInt() == type && videoUuid.equals(videoOf(n));
    }

    private static String videoOf(JsonNode n) {
        for (String part : new String[] {"video", "comment", "videoImport"}) {
            JsonNode p = n.get(part);
            if (p != null) {
                JsonNode v = part.equals("video") ? p : p.get("video");
                return v == null ? null : v.get("uuid").asText();
            }
        }
        return null;
    }

    private long count(Users.TestUser u, Predicate<JsonNode> p) {
        return data(list(u, "?count=100")).stream().filter(p).count();
    }

    private String upload(Users.TestUser u, String name, int privacy) {
        Api.Res r = u.api().upload(u.channelId(), name, privacy, "v.mp4", Media.video());
        assertEquals(200, r.status(), r.toString());
        String uuid = r.json().get("video").get("uuid").asText();
        Published.await(u.api(), uuid);
        return uuid;
    }

    private JsonNode comment(Users.TestUser u, String path, String text) {
        Api.Res r = u.api().postJson(path, Api.obj("text", text));
        assertEquals(200, r.status(), r.toString());
        return r.json().get("comment");
    }

    @Test
    void eachKindComesFromTheRealAction() {
        JsonNode follow = await(owner, "a follower", n -> n.get("type").asInt() == 10
            && n.get("actorFollow").get("follower").get("name").asText().equals(fan.name()));
        assertEquals(owner.channel(), follow.get("actorFollow").get("following").get("name").asText());
        assertEquals("channel", follow.get("actorFollow").get("following").get("type").asText());

        String video = upload(owner, "Notified <b>clip</b>", 1);
        JsonNode published = await(owner, "their video published", type(6, video));
        JsonNode fresh = await(fan, "a new video", type(1, video));
        assertEquals("Notified <b>clip</b>", fresh.get("video").get("name").asText());
        assertEquals(owner.channel(), fresh.get("video").get("channel").get("name").asText());
        assertFalse(fresh.get("read").asBoolean());
        assertEquals(0, count(other, type(1, video)), "not subscribed, not told");
        assertEquals(0, count(fan, type(6, video)), "only the owner is told of the publication");

        JsonNode c = comment(fan, "/api/v1/videos/" + video + "/comment-threads", "Great, @" + other.name() + " look");
        JsonNode onMine = await(owner, "a comment", type(2, video));
        assertEquals(c.get("id").asLong(), onMine.get("comment").get("id").asLong());
        assertEquals(fan.name(), onMine.get("comment").get("account").get("name").asText());
        assertFalse(onMine.get("comment").get("heldForReview").asBoolean());
        JsonNode mention = await(other, "a mention", type(11, video));
        assertEquals(c.get("id").asLong(), mention.get("comment").get("id").asLong());

        JsonNode reply = comment(owner, "/api/v1/videos/" + video + "/comments/" + c.get("id").asLong(), "Thanks!");
        JsonNode answered = await(fan, "a reply", type(11, video));
        assertEquals(reply.get("id").asLong(), answered.get("comment").get("id").asLong());
        assertEquals(c.get("id").asLong(), answered.get("comment").get("threadId").asLong());
        assertEquals(1, count(owner, type(2, video)), "the owner is not told of their own reply");
        assertEquals(0, count(fan, type(2, video)), "nor is the fan of a comment on a video not theirs");

        PtTypes.check("ResultList<UserNotification>", list(owner, "?count=100"),
            "ResultList<UserNotification>", list(fan, "?count=100"), "ResultList<UserNotification>", list(other, "?count=100"),
            "UserNotification", published);
    }

    @Test
    void heldCommentsTellTheOwnerAtOnceAndTheMentionedOnceApproved() {
        String video = upload(owner, "Moderated clip", 1);
        assertEquals(204, owner.api().putJson("/api/v1/videos/" + video, Api.obj("commentsPolicy", 3)).status());
        JsonNode c = comment(fan, "/api/v1/videos/" + video + "/comment-threads", "Held, but @" + other.name());
        JsonNode held = await(owner, "a held comment", type(2, video));
        assertTrue(held.get("comment").get("heldForReview").asBoolean());
        assertEquals(0, count(other, type(11, video)), "a held comment is not shown to the mentioned user");
        assertEquals(204, owner.api().postJson("/api/v1/videos/" + video + "/comments/" + c.get("id").asLong() + "/approve",
            Api.obj()).status());
        JsonNode mention = await(other, "an approved mention", type(11, video));
        assertFalse(mention.get("comment").get("heldForReview").asBoolean());
    }

    @Test
    void unreadReadAndReadAll() {
        Users.TestUser me = Users.create(bobine, "reader");
        String video = upload(me, "Read me", 1);
        for (int i = 0; i < 3; i++) {
            comment(fan, "/api/v1/videos/" + video + "/comment-threads", "Comment " + i);
        }
        await(me, "three comments", n -> count(me, type(2, video)) == 3);
        JsonNode unread = list(me, "?unread=true&count=100");
        long total = unread.get("total").asLong();
        assertTrue(total >= 4, "three comments and the publication: " + unread);
        long first = unread.get("data").get(0).get("id").asLong();
        assertEquals(204, me.api().postJson("/api/v1/users/me/notifications/read", Api.obj("ids", List.of(first))).status());
        assertEquals(total - 1, list(me, "?unread=true").get("total").asLong());
        assertTrue(data(list(me, "?count=100")).stream().anyMatch(n -> n.get("id").asLong() == first && n.get("read").asBoolean()));
        // Someone else's ids are ignored.
        assertEquals(204, fan.api().postJson("/api/v1/users/me/notifications/read",
            Api.obj("ids", List.of(unread.get("data").get(1).get("id").asLong()))).status());
        assertEquals(total - 1, list(me, "?unread=true").get("total").asLong());
        assertEquals(204, me.api().postJson("/api/v1/users/me/notifications/read-all", Api.obj()).status());
        assertEquals(0, list(me, "?unread=true").get("total").asLong());
        assertEquals(total, list(me, "").get("total").asLong(), "read ones stay listed");
        JsonNode oldest = list(me, "?sort=createdAt&count=1");
        assertEquals(1, oldest.get("data").size());
    }

    @Test
    void settingsAreRespected() {
        Users.TestUser quiet = Users.create(bobine, "quiet");
        Users.TestUser maker = Users.create(bobine, "maker");
        assertEquals(204, quiet.api().postJson("/api/v1/users/me/subscriptions",
            Api.obj("uri", maker.channel() + "@" + URI.create(bobine.url()).getAuthority())).status());
        JsonNode me = quiet.api().get("/api/v1/users/me").json().get("notificationSettings");
        assertEquals(1, me.get("newVideoFromSubscription").asInt(), "PeerTube's default: web");
        assertEquals(3, me.get("abuseAsModerator").asInt(), "PeerTube's default: web and e-mail");
        assertEquals(18, me.size(), me.toString());
        PtTypes.check("UserNotificationSetting", me);

        assertEquals(204, quiet.api().putJson("/api/v1/users/me/notification-settings",
            Api.obj("newVideoFromSubscription", 0)).status());
        assertEquals(0, quiet.api().get("/api/v1/users/me").json().get("notificationSettings").get("newVideoFromSubscription").asInt());
        String silent = upload(maker, "Silent for quiet", 1);
        // The owner is told after the subscribers: once maker knows, quiet would have been told.
        await(maker, "their video published", type(6, silent));
        assertEquals(0, count(quiet, type(1, silent)), "newVideoFromSubscription: 0 sends nothing");

        // The same setting through PUT /users/me, as PeerTube's clients also send it.
        assertEquals(204, quiet.api().putJson("/api/v1/users/me", Api.obj("notificationSettings",
            Api.obj("newVideoFromSubscription", 1))).status());
        String told = upload(maker, "Told to quiet", 1);
        await(quiet, "a new video once allowed again", type(1, told));

        // Bad values change nothing and say why.
        for (Object bad : new Object[] {4, -1, "web", 1.5}) {
            Api.Res r = quiet.api().putJson("/api/v1/users/me/notification-settings",
                Api.obj("newCommentOnMyVideo", 0, "newFollow", bad));
            assertEquals(400, r.status(), bad + ": " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        }
        JsonNode after = quiet.api().get("/api/v1/users/me").json().get("notificationSettings");
        assertEquals(1, after.get("newCommentOnMyVideo").asInt(), "nothing half stored");
        assertEquals(400, quiet.api().putJson("/api/v1/users/me/notification-settings", Api.obj()).status());
        assertEquals(400, quiet.api().putJson("/api/v1/users/me", Api.obj("notificationSettings", "all")).status());
    }

    @Test
    void aSubscriberIsNotToldOfAPrivateVideoUntilItIsPublic() {
        String hidden = upload(owner, "Private at first", 3);
        await(owner, "their private video published", type(6, hidden));
        assertEquals(0, count(fan, type(1, hidden)), "a private video is told to nobody");
        assertEquals(204, owner.api().putJson("/api/v1/videos/" + hidden, Api.obj("privacy", 1)).status());
        JsonNode n = await(fan, "the video made public", type(1, hidden));
        assertEquals("Private at first", n.get("video").get("name").asText());

        // Unlisted: not told either (as PeerTube); a notification of a video made private again is no longer shown.
        String unlisted = upload(owner, "Unlisted", 2);
        await(owner, "their unlisted video published", type(6, unlisted));
        assertEquals(0, count(fan, type(1, unlisted)));
        assertEquals(204, owner.api().putJson("/api/v1/videos/" + hidden, Api.obj("privacy", 3)).status());
        assertEquals(0, count(fan, type(1, hidden)), "the fan may not see it any more");
    }

    @Test
    void badInputIsRefusedWithProblems() {
        Api anon = Api.anonymous(bobine);
        assertEquals(401, anon.get("/api/v1/users/me/notifications").status());
        assertEquals(401, anon.postJson("/api/v1/users/me/notifications/read-all", Api.obj()).status());
        assertEquals(401, anon.putJson("/api/v1/users/me/notification-settings", Api.obj("newFollow", 1)).status());
        assertEquals(401, anon.get("/api/v1/users/me/notifications/stream").status());
        for (Object ids : new Object[] {"1", List.of(), List.of("x"), List.of(-3), null}) {
            Api.Res r = fan.api().postJson("/api/v1/users/me/notifications/read", Api.obj("ids", ids));
            assertEquals(400, r.status(), ids + ": " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"));
        }
        assertEquals(400, fan.api().postJson("/api/v1/users/me/notifications/read", "not json").status());
        assertEquals(400, fan.api().get("/api/v1/users/me/notifications?sort=bogus").status());
        assertEquals(400, fan.api().get("/api/v1/users/me/notifications?unread=maybe").status());
        assertEquals(400, fan.api().get("/api/v1/users/me/notifications?count=1000").status());
        assertEquals(400, fan.api().get("/api/v1/users/me/notifications?start=-1").status());
    }

    /** Opens the stream as a user; the lines come as they arrive. */
    private HttpResponse<Stream<String>> stream(String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(bobine.url() + "/api/v1/users/me/notifications/stream"))
                .header("Accept", "text/event-stream");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String nextData(Iterator<String> lines, String event) {
        String current = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("event:")) {
                current = line.substring(6).trim();
            } else if (line.startsWith("data:") && event.equals(current)) {
                return line.substring(5).trim();
            }
        }
        throw new AssertionError("The stream ended before an event " + event);
    }

    @Test
    void theLiveStreamTellsNewNotificationsAndIsBounded() throws Exception {
        Users.TestUser viewer = Users.create(bobine, "live");
        String video = upload(viewer, "Live badge", 1);
        await(viewer, "their video published", type(6, video));
        HttpResponse<Stream<String>> s = stream(viewer.token());
        assertEquals(200, s.statusCode());
        assertTrue(s.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<HttpResponse<Stream<String>>> more = new ArrayList<>();
        try (Stream<String> body = s.body()) {
            Iterator<String> lines = body.iterator();
            JsonNode first = Api.JSON.readTree(nextData(lines, "unread"));
            assertEquals(list(viewer, "?unread=true").get("total").asLong(), first.get("unread").asLong());
            comment(fan, "/api/v1/videos/" + video + "/comment-threads", "Live!");
            JsonNode pushed = Api.JSON.readTree(nextData(lines, "notification"));
            assertEquals(2, pushed.get("notification").get("type").asInt());
            assertEquals(video, pushed.get("notification").get("comment").get("video").get("uuid").asText());
            assertEquals(first.get("unread").asLong() + 1, pushed.get("unread").asLong());
            PtTypes.check("UserNotification", pushed.get("notification"));
            assertEquals(204, viewer.api().postJson("/api/v1/users/me/notifications/read-all", Api.obj()).status());
            assertEquals(0, Api.JSON.readTree(nextData(lines, "unread")).get("unread").asLong());

            // Five streams per user by default: the sixth is refused.
            for (int i = 0; i < 4; i++) {
                more.add(stream(viewer.token()));
                assertEquals(200, more.get(i).statusCode());
            }
            assertEquals(429, statusOf(stream(viewer.token())));
        } finally {
            more.forEach(m -> m.body().close());
        }
        assertEquals(401, statusOf(stream(null)), "the stream wants the token in the header");
    }

    private static int statusOf(HttpResponse<Stream<String>> r) {
        r.body().close();
        return r.statusCode();
    }
}
