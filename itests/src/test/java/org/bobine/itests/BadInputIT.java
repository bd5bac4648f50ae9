package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input: every case gets a 4xx with an RFC 7807 body, and nothing is left behind in storage or in the
 * database.
 */
@ExtendWith(BobineExtension.class)
class BadInputIT {

    private final Bobine bobine;

    BadInputIT(Bobine bobine) {
        this.bobine = bobine;
    }

    private static void problem(int status, Api.Res r) {
        assertEquals(status, r.status(), r.toString());
        assertTrue(r.contentType() != null && r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonNode p = r.json();
        assertEquals(status, p.get("status").asInt());
        assertTrue(p.hasNonNull("detail") && p.hasNonNull("type") && p.hasNonNull("title"), r.text());
        assertTrue(!r.text().contains("Exception") && !r.text().contains("\tat "), "no stack trace: " + r.text());
    }

    @Test
    void badRequestsAreRefusedCleanlyAndLeaveNothingBehind() {
        Users.TestUser u = Users.create(bobine, "bad");
        Users.TestUser small = Users.create(bobine, "small", 1000);
        Api anon = Api.anonymous(bobine);
        Published.awaitIdle(bobine);
        List<String> videos = bobine.files("storage/web-videos");
        List<String> hls = bobine.files("storage/streaming-playlists/hls");
        List<String> torrents = bobine.files("storage/torrents");
        List<String> thumbnails = bobine.files("storage/thumbnails");
        List<String> previews = bobine.files("storage/previews");
        long total = anon.get("/api/v1/videos?count=0&nsfw=both").json().get("total").asLong();

        // Malformed JSON, missing fields, wrong types.
        problem(400, u.api().postJson("/api/v1/video-channels", "{\"name\": \"oops\", "));
        problem(400, u.api().postJson("/api/v1/video-channels", "{}"));
        problem(400, u.api().postJson("/api/v1/video-channels", Api.obj("name", "typed_badly", "displayName", Map.of("a", 1))));
        problem(400, u.api().putJson("/api/v1/videos/1", "[1, 2"));
        problem(400, u.api().postJson("/api/v1/users/register", "not json at all"));
        problem(400, u.api().multipart("/api/v1/videos/upload", new Api.Multipart()
            .field("channelId", String.valueOf(u.channelId())).file("videofile", "a.mp4", "video/mp4", Media.video())));
        problem(400, u.api().multipart("/api/v1/videos/upload", new Api.Multipart()
            .field("name", "No file here").field("channelId", String.valueOf(u.channelId()))));
        problem(400, u.api().multipart("/api/v1/videos/upload", new Api.Multipart()
            .field("name", "Typed").field("channelId", "abc").file("videofile", "a.mp4", "video/mp4", Media.video())));
        problem(400, u.api().multipart("/api/v1/videos/upload", new Api.Multipart()
            .field("name", "Too many tags").field("channelId", String.valueOf(u.channelId()))
            .field("tags[0]", "a1").field("tags[1]", "b2").field("tags[2]", "c3").field("tags[3]", "d4")
            .field("tags[4]", "e5").field("tags[5]", "f6").file("videofile", "a.mp4", "video/mp4", Media.video())));
        problem(400, u.api().upload(u.channelId(), "x", 1, "a.mp4", Media.video()));
        problem(400, u.api().upload(u.channelId(), "Unknown privacy", 9, "a.mp4", Media.video()));
        problem(415, u.api().postRaw("/api/v1/videos/upload", "application/json", "{}".getBytes()));

        // Over quota: on the fly for the one-request upload, announced for the resumable one.
        Api.Res over = small.api().upload(small.channelId(), "Too big", 1, "big.mp4", Media.video());
        problem(413, over);
        assertEquals("quota_reached", over.json().get("code").asText());
        Api.Res overResumable = small.api().postWithHeaders("/api/v1/videos/upload-resumable",
            Map.of("X-Upload-Content-Length", String.valueOf(Media.video().length)),
            Api.obj("name", "Too big", "channelId", small.channelId(), "filename", "big.mp4"));
        problem(413, overResumable);

        // Not a video, or a name that is not a plain file name.
        problem(415, u.api().upload(u.channelId(), "Text file", 1, "notes.mp4", "just some text".getBytes(StandardCharsets.UTF_8)));
        problem(415, u.api().upload(u.channelId(), "Program", 1, "setup.exe", Media.video()));
        byte[] atEnd = Media.videoIndexAtEnd();
        problem(415, u.api().upload(u.channelId(), "Truncated", 1, "cut.mp4", Arrays.copyOf(atEnd, atEnd.length / 2)));
        byte[] fake = new byte[50_000];
        new Random(7).nextBytes(fake);
        System.arraycopy("\0\0\0\u0018ftypmp42\0\0\0\0mp42isom".getBytes(StandardCharsets.ISO_8859_1), 0, fake, 0, 24);
        problem(415, u.api().upload(u.channelId(), "Looks like MP4", 1, "fake.mp4", fake));
        problem(400, u.api().upload(u.channelId(), "Escape", 1, "../../etc/evil.mp4", Media.video()));
        problem(400, u.api().upload(u.channelId(), "Escape", 1, "..\\evil.mp4", Media.video()));

        // Somebody else's channel.
        problem(403, u.api().upload(small.channelId(), "Not my channel", 1, "a.mp4", Media.video()));
        problem(400, u.api().upload(999999, "No such channel", 1, "a.mp4", Media.video()));

        // Wrong Content-Range on a resumable upload.
        byte[] clip = Media.video();
        String location = Resumable.start(u, "Ranges", 1, "r.mp4", clip.length);
        problem(400, u.api().put(location, Map.of("Content-Range", "bytes 100-199/" + clip.length), new byte[100]));
        problem(400, u.api().put(location, Map.of("Content-Range", "bytes 0-99/" + (clip.length + 5)), new byte[100]));
        problem(400, u.api().put(location, Map.of("Content-Range", "chunks please"), new byte[100]));
        problem(400, u.api().put(location, Map.of("Content-Range", "bytes 0-199/" + clip.length), new byte[100]));
        problem(404, Users.create(bobine, "thief").api().put(location, Map.of("Content-Range", "bytes 0-99/" + clip.length),
            new byte[100]));
        assertEquals(204, u.api().delete(location).status());

        // Unknown ids and routes.
        problem(404, anon.get("/api/v1/videos/999999"));
        problem(404, anon.get("/api/v1/videos/not-an-id"));
        problem(404, anon.get("/api/v1/videos/00000000-0000-0000-0000-000000000000"));
        problem(404, anon.get("/api/v1/video-channels/nothing_here"));
        problem(404, anon.get("/api/v1/accounts/nothing_here/videos"));
        problem(404, anon.get("/api/v1/no/such/route"));
        problem(405, anon.delete("/api/v1/config"));
        problem(400, anon.get("/api/v1/videos?count=1000"));
        problem(400, anon.get("/api/v1/videos?start=-1"));
        problem(400, anon.get("/api/v1/videos?sort=password"));
        problem(400, anon.get("/api/v1/videos?categoryOneOf=music"));

        // No token, or a bad one.
        problem(401, anon.upload(u.channelId(), "Anonymous", 1, "a.mp4", Media.video()));
        problem(401, anon.putJson("/api/v1/videos/1", Api.obj("name", "Anonymous edit")));
        problem(401, anon.get("/api/v1/users/me"));
        problem(401, anon.as("forged-token").get("/api/v1/users/me"));
        problem(401, anon.postWithHeaders("/api/v1/videos/upload-resumable", Map.of("X-Upload-Content-Length", "10"),
            Api.obj("name", "Anonymous", "channelId", 1, "filename", "a.mp4")));

        assertEquals(videos, bobine.files("storage/web-videos"), "no video file left behind");
        assertEquals(torrents, bobine.files("storage/torrents"), "no torrent left behind");
        assertEquals(thumbnails, bobine.files("storage/thumbnails"), "no thumbnail left behind");
        assertEquals(previews, bobine.files("storage/previews"), "no preview left behind");
        assertEquals(hls, bobine.files("storage/streaming-playlists/hls"), "no HLS folder left behind");
        assertEquals(List.of(), bobine.files("tmp"), "no temporary file left behind");
        assertEquals(List.of(), bobine.files("tmp/uploads"), "no upload left behind");
        assertEquals(total, anon.get("/api/v1/videos?count=0&nsfw=both").json().get("total").asLong(), "no row left behind");
        assertEquals(0, u.api().get("/api/v1/users/me/videos").json().get("total").asInt());
        assertEquals(0, small.api().get("/api/v1/users/me/videos").json().get("total").asInt());
        assertEquals(0, small.api().get("/api/v1/users/me").json().get("videoQuotaUsed").asInt());
    }
}
