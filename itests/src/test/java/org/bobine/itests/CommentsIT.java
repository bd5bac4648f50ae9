package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Comments over HTTP: threads and replies, tombstones, the video's policy (disabled, held for approval),
 * who may delete, the count on the video, what is refused, and that a private video's comments stay private.
 */
@ExtendWith(BobineExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentsIT {

    private final Bobine bobine;
    private Users.TestUser owner;
    private Users.TestUser alice;
    private Users.TestUser bob;
    private String video;

    CommentsIT(Bobine bobine) {
        this.bobine = bobine;
    }

    @BeforeAll
    void setUp() {
        owner = Users.create(bobine, "host");
        alice = Users.create(bobine, "alice");
        bob = Users.create(bobine, "bob");
        video = upload("Commented", 1);
    }

    private String upload(String name, int privacy) {
        Api.Res r = owner.api().upload(owner.channelId(), name, privacy, "v.mp4", Media.video(), "comments");
        assertEquals(200, r.status(), r.toString());
        String uuid = r.json().get("video").get("uuid").asText();
        Published.await(owner.api(), uuid);
        return uuid;
    }

    private JsonNode post(Users.TestUser u, String path, String text) {
        Api.Res r = u.api().postJson(path, Api.obj("text", text));
        assertEquals(200, r.status(), r.toString());
        return r.json().get("comment");
    }

    @Test
    void threadsRepliesAndTombstones() {
        String video = upload("Threads", 1);
        JsonNode thread = post(alice, "/api/v1/videos/" + video + "/comment-threads", "First! With **Markdown** <script>x</script>");
        long threadId = thread.get("id").asLong();
        assertEquals(threadId, thread.get("threadId").asLong());
        assertEquals("First! With **Markdown** x", thread.get("text").asText(), "raw HTML removed before storage");
        assertTrue(thread.get("url").asText().endsWith("/videos/watch/" + video + "/comments/" + threadId));
        assertEquals(alice.name(), thread.get("account").get("name").asText());

        JsonNode reply = post(bob, "/api/v1/videos/" + video + "/comments/" + threadId, "A reply");
        assertEquals(threadId, reply.get("threadId").asLong());
        assertEquals(threadId, reply.get("inReplyToCommentId").asLong());
        post(owner, "/api/v1/videos/" + video + "/comments/" + reply.get("id").asLong(), "The owner answers");

        JsonNode threads = Api.anonymous(bobine).get("/api/v1/videos/" + video + "/comment-threads").json();
        assertEquals(1, threads.get("total").asInt());
        assertEquals(3, threads.get("totalNotDeletedComments").asInt());
        assertEquals(2, threads.get("data").get(0).get("totalReplies").asInt());
        assertEquals(1, threads.get("data").get(0).get("totalRepliesFromVideoAuthor").asInt());
        assertEquals(3, Api.anonymous(bobine).get("/api/v1/videos/" + video).json().get("comments").asInt(),
            "the count is on the video");

        JsonNode tree = Api.anonymous(bobine).get("/api/v1/videos/" + video + "/comment-threads/" + threadId).json();
        assertEquals(threadId, tree.get("comment").get("id").asLong());
        PtTypes.check("VideoCommentThreads", threads, "VideoCommentThreadTree", tree);
        assertEquals("A reply", tree.get("children").get(0).get("comment").get("text").asText());
        assertEquals("The owner answers", tree.get("children").get(0).get("children").get(0).get("comment").get("text").asText());

        // Bob may not delete Alice's comment; Alice may, and it stays as a tombstone since it has replies.
        assertEquals(403, bob.api().delete("/api/v1/videos/" + video + "/comments/" + threadId).status());
        assertEquals(204, alice.api().delete("/api/v1/videos/" + video + "/comments/" + threadId).status());
        tree = Api.anonymous(bobine).get("/api/v1/videos/" + video + "/comment-threads/" + threadId).json();
        assertTrue(tree.get("comment").get("isDeleted").asBoolean());
        assertEquals("", tree.get("comment").get("text").asText());
        assertTrue(tree.get("comment").get("account").isNull(), "a tombstone names nobody");
        assertEquals(1, tree.get("children").size(), "the replies stay");
        // The video's owner deletes a reply without replies: it goes.
        long last = tree.get("children").get(0).get("children").get(0).get("comment").get("id").asLong();
        assertEquals(204, owner.api().delete("/api/v1/videos/" + video + "/comments/" + last).status());
        assertEquals(1, Api.anonymous(bobine).get("/api/v1/videos/" + video).json().get("comments").asInt());
        PtTypes.check("{ comment: VideoComment }", owner.api().postJson("/api/v1/videos/" + video + "/comment-threads",
            Api.obj("text", "Checked against PeerTube's models")).json());
    }

    @Test
    void aVideosPolicyDisablesOrHoldsComments() {
        String held = upload("Held comments", 1);
        assertEquals(204, owner.api().putJson("/api/v1/videos/" + held, Api.obj("commentsPolicy", 3)).status());
        JsonNode c = post(alice, "/api/v1/videos/" + held + "/comment-threads", "Please approve me");
        assertTrue(c.get("heldForReview").asBoolean());
        assertEquals(0, Api.anonymous(bobine).get("/api/v1/videos/" + held + "/comment-threads").json().get("total").asInt(),
            "held comments are not shown to others");
        assertEquals(1, alice.api().get("/api/v1/videos/" + held + "/comment-threads").json().get("total").asInt(),
            "their author sees them");
        JsonNode queue = owner.api().get("/api/v1/videos/comments?isHeldForReview=true").json();
        assertEquals(1, queue.get("total").asInt());
        PtTypes.check("ResultList<VideoCommentForAdminOrUser>", queue);
        assertEquals(held, queue.get("data").get(0).get("video").get("uuid").asText());
        assertEquals(403, bob.api().postJson("/api/v1/videos/" + held + "/comments/" + c.get("id").asLong() + "/approve",
            Api.obj()).status());
        assertEquals(204, owner.api().postJson("/api/v1/videos/" + held + "/comments/" + c.get("id").asLong() + "/approve",
            Api.obj()).status());
        assertEquals(1, Api.anonymous(bobine).get("/api/v1/videos/" + held + "/comment-threads").json().get("total").asInt());

        String closed = upload("No comments", 1);
        assertEquals(204, owner.api().putJson("/api/v1/videos/" + closed, Api.obj("commentsPolicy", 2)).status());
        Api.Res refused = alice.api().postJson("/api/v1/videos/" + closed + "/comment-threads", Api.obj("text", "Hello?"));
        assertEquals(403, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals(0, Api.anonymous(bobine).get("/api/v1/videos/" + closed + "/comment-threads").json().get("total").asInt());
    }

    @Test
    void badInputIsRefusedAndStoresNothing() {
        String quiet = upload("Quiet", 1);
        String path = "/api/v1/videos/" + quiet + "/comment-threads";
        assertEquals(400, alice.api().postJson(path, Api.obj("text", "")).status());
        assertEquals(400, alice.api().postJson(path, Api.obj("text", "<b></b>  ")).status(), "nothing left once HTML goes");
        assertEquals(400, alice.api().postJson(path, Api.obj("text", "x".repeat(10_001))).status());
        assertEquals(400, alice.api().postJson(path, Api.obj("text", 12)).status());
        assertEquals(401, Api.anonymous(bobine).postJson(path, Api.obj("text", "anonymous")).status());
        assertEquals(404, alice.api().postJson("/api/v1/videos/" + quiet + "/comments/999999", Api.obj("text", "to nothing"))
            .status());
        // A reply must answer a comment of the same video.
        JsonNode elsewhere = post(alice, "/api/v1/videos/" + video + "/comment-threads", "Elsewhere");
        assertEquals(404, alice.api().postJson("/api/v1/videos/" + quiet + "/comments/" + elsewhere.get("id").asLong(),
            Api.obj("text", "wrong video")).status());
        assertEquals(400, alice.api().get(path + "?sort=-views").status());
        assertEquals(400, alice.api().get(path + "/abc").status());
        assertEquals(0, Api.anonymous(bobine).get(path).json().get("total").asInt(), "nothing was stored");
    }

    @Test
    void aPrivateVideosCommentsStayWithThoseWhoMaySeeIt() {
        String hidden = upload("Private, with comments", 3);
        post(owner, "/api/v1/videos/" + hidden + "/comment-threads", "A note to myself");
        assertEquals(401, Api.anonymous(bobine).get("/api/v1/videos/" + hidden + "/comment-threads").status());
        assertEquals(403, bob.api().get("/api/v1/videos/" + hidden + "/comment-threads").status());
        assertEquals(403, bob.api().postJson("/api/v1/videos/" + hidden + "/comment-threads", Api.obj("text", "hi")).status());
        JsonNode bobs = bob.api().get("/api/v1/videos/comments").json();
        bobs.get("data").forEach(c -> assertFalse(c.get("video").get("uuid").asText().equals(hidden)));
    }
}
