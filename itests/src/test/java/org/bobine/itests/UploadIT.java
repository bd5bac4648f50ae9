package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Both upload protocols, the files and torrents they produce, and deletion. */
@ExtendWith(BobineExtension.class)
class UploadIT {

    private final Bobine bobine;

    UploadIT(Bobine bobine) {
        this.bobine = bobine;
    }

    @Test
    void multipartUploadPublishesTheOriginalWithATorrent() throws Exception {
        Users.TestUser u = Users.create(bobine, "up");
        byte[] clip = Media.video();
        Api.Res r = u.api().multipart("/api/v1/videos/upload", new Api.Multipart()
            .field("name", "Sunset over the bay").field("channelId", String.valueOf(u.channelId()))
            .field("privacy", "1").field("category", "15").field("licence", "1").field("language", "fr")
            .field("description", "A *short* clip").field("nsfw", "false").field("waitTranscoding", "true")
            .field("tags[0]", "Sunset").field("tags[1]", "bay")
            .file("thumbnailfile", "thumb.jpg", "image/jpeg", Media.thumbnail())
            .file("videofile", "sunset.mp4", "video/mp4", clip));
        assertEquals(200, r.status(), r.toString());
        JsonNode ref = r.json().get("video");
        String uuid = ref.get("uuid").asText();
        assertEquals(22, ref.get("shortUUID").asText().length());

        JsonNode v = Published.await(u.api(), ref.get("shortUUID").asText());
        assertEquals(uuid, v.get("uuid").asText());
        assertEquals("Sunset over the bay", v.get("name").asText());
        assertEquals("Science & Technology", v.get("category").get("label").asText());
        assertEquals("French", v.get("language").get("label").asText());
        assertEquals(1, v.get("state").get("id").asInt());
        assertEquals("[\"Sunset\",\"bay\"]", v.get("tags").toString());
        assertEquals(u.channel(), v.get("channel").get("name").asText());

        JsonNode file = v.get("files").get(0);
        assertEquals(clip.length, file.get("size").asLong());
        assertEquals(240, file.get("resolution").get("id").asInt(), "probed by the media engine");
        assertEquals("240p", file.get("resolution").get("label").asText());
        assertEquals(320, file.get("width").asInt());
        assertEquals(25, file.get("fps").asInt());
        assertEquals(2, v.get("duration").asInt());
        assertEquals(1.3333, v.get("aspectRatio").asDouble(), 0.001);
        assertTrue(file.get("fileUrl").asText().endsWith("-240.mp4"));
        String fileUrl = file.get("fileUrl").asText();
        Api.Res served = Api.anonymous(bobine).get(fileUrl);
        assertEquals(200, served.status());
        assertEquals("video/mp4", served.contentType());
        assertArrayEquals(clip, served.raw().body());
        Api.Res ranged = rangeGet(fileUrl, "bytes=10-19");
        assertEquals(206, ranged.status());
        assertArrayEquals(Arrays.copyOfRange(clip, 10, 20), ranged.raw().body());

        Api.Res torrent = Api.anonymous(bobine).get(file.get("torrentUrl").asText());
        assertEquals(200, torrent.status());
        assertEquals("application/x-bittorrent", torrent.contentType());
        String meta = new String(torrent.raw().body(), StandardCharsets.ISO_8859_1);
        assertTrue(meta.contains("8:url-list") && meta.contains(fileUrl), "web seed to the file");
        String infoHash = sha1Hex(infoDict(torrent.raw().body()));
        assertTrue(file.get("magnetUri").asText().contains("xt=urn:btih:" + infoHash));

        Api.Res thumb = Api.anonymous(bobine).get(v.get("thumbnailPath").asText());
        assertEquals(200, thumb.status());
        assertEquals("image/jpeg", thumb.contentType());

        JsonNode mine = u.api().get("/api/v1/users/me/videos").json();
        assertEquals(1, mine.get("total").asInt());
        JsonNode found = Api.anonymous(bobine).get("/api/v1/search/videos?search=sunset").json();
        assertTrue(found.get("total").asInt() >= 1);
        JsonNode byTag = Api.anonymous(bobine).get("/api/v1/videos?tagsOneOf=bay&count=100").json();
        assertTrue(byTag.get("data").findValuesAsText("uuid").contains(uuid));

        JsonNode me = u.api().get("/api/v1/users/me").json();
        assertEquals(clip.length, me.get("videoQuotaUsed").asLong());

        assertEquals(204, u.api().delete("/api/v1/videos/" + uuid).status());
        assertEquals(404, Api.anonymous(bobine).get("/api/v1/videos/" + uuid).status());
        assertEquals(404, Api.anonymous(bobine).get(fileUrl).status());
        String name = fileUrl.substring(fileUrl.lastIndexOf('/') + 1);
        assertFalse(bobine.files("storage/web-videos").contains(name), "the file is gone from storage");
    }

    @Test
    void resumableUploadInChunks() {
        Users.TestUser u = Users.create(bobine, "resume");
        byte[] clip = Media.video();
        String location = Resumable.start(u, "Chunked", 1, "chunked.mp4", clip.length);
        int chunk = clip.length / 3 + 1;
        Api.Res last = null;
        for (int from = 0; from < clip.length; from += chunk) {
            int to = Math.min(clip.length, from + chunk);
            last = Resumable.put(u, location, clip, from, to);
            if (to < clip.length) {
                assertEquals(308, last.status(), last.toString());
                assertEquals("bytes=0-" + (to - 1), last.header("Range"));
                Api.Res status = Resumable.status(u, location, clip.length);
                assertEquals(308, status.status());
                assertEquals("bytes=0-" + (to - 1), status.header("Range"));
            }
        }
        assertNotNull(last);
        assertEquals(200, last.status(), last.toString());
        String uuid = last.json().get("video").get("uuid").asText();
        JsonNode v = u.api().get("/api/v1/videos/" + uuid).json();
        assertEquals(clip.length, v.get("files").get(0).get("size").asLong());
        Api.Res thumb = Api.anonymous(bobine).get(v.get("thumbnailPath").asText());
        Api.Res preview = Api.anonymous(bobine).get(v.get("previewPath").asText());
        assertEquals(200, thumb.status(), "a thumbnail is made when none was sent");
        assertEquals(200, preview.status(), "and a preview");
        assertEquals("image/jpeg", preview.contentType());
        assertTrue(preview.raw().body().length > thumb.raw().body().length, "the preview is the larger image");
        assertArrayEquals(clip, Api.anonymous(bobine).get(v.get("files").get(0).get("fileUrl").asText()).raw().body());
        assertEquals(204, u.api().delete(location).status(), "PeerTube's clients end with a DELETE");
    }

    @Test
    void aCancelledResumableUploadLeavesNothing() {
        Users.TestUser u = Users.create(bobine, "cancel");
        byte[] clip = Media.video();
        String location = Resumable.start(u, "Cancelled", 1, "cancel.mp4", clip.length);
        assertEquals(308, Resumable.put(u, location, clip, 0, 1000).status());
        assertEquals(204, u.api().delete(location).status());
        assertEquals(404, Resumable.status(u, location, clip.length).status());
        String id = location.substring(location.indexOf("upload_id=") + 10);
        assertFalse(bobine.files("tmp/uploads").contains(id + ".part"));
        assertEquals(0, u.api().get("/api/v1/users/me/videos").json().get("total").asInt());
    }

    @Test
    void constantTablesAreServed() {
        Api anon = Api.anonymous(bobine);
        assertEquals("Music", anon.get("/api/v1/videos/categories").json().get("1").asText());
        assertEquals("Attribution", anon.get("/api/v1/videos/licences").json().get("1").asText());
        assertEquals("French", anon.get("/api/v1/videos/languages").json().get("fr").asText());
        assertEquals("Internal", anon.get("/api/v1/videos/privacies").json().get("4").asText());
    }

    private Api.Res rangeGet(String url, String range) throws Exception {
        var client = HttpClient.newHttpClient();
        var res = client.send(HttpRequest.newBuilder(URI.create(url)).header("Range", range).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        return new Api.Res(res.statusCode(), res);
    }

    /** The raw bencoded "info" dictionary of a single-file torrent (it is the value after "4:info"). */
    static byte[] infoDict(byte[] torrent) {
        String s = new String(torrent, StandardCharsets.ISO_8859_1);
        int start = s.indexOf("4:info") + 6;
        int end = skip(torrent, start);
        return Arrays.copyOfRange(torrent, start, end);
    }

    private static int skip(byte[] b, int i) {
        char c = (char) b[i];
        if (c == 'i') {
            while (b[i] != 'e') {
                i++;
            }
            return i + 1;
        }
        if (c == 'l' || c == 'd') {
            i++;
            while (b[i] != 'e') {
                i = skip(b, i);
            }
            return i + 1;
        }
        int colon = i;
        while (b[colon] != ':') {
            colon++;
        }
        int len = Integer.parseInt(new String(b, i, colon - i, StandardCharsets.US_ASCII));
        return colon + 1 + len;
    }

    static String sha1Hex(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(b));
    }

    @Test
    void theCreatorReplacesTheThumbnailWithAnImageAndFollowsTheJobs() throws Exception {
        Users.TestUser u = Users.create(bobine, "thumbs");
        Users.TestUser other = Users.create(bobine, "notmine");
        String uuid = u.api().upload(u.channelId(), "Needs a better picture", 1, "p.mp4", Media.video()).json()
            .get("video").get("uuid").asText();
        JsonNode before = Published.await(u.api(), uuid);
        String oldThumb = before.get("thumbnailPath").asText();

        // A bad image changes nothing, not even the other fields of the same request.
        Api.Res bad = u.api().multipartPut("/api/v1/videos/" + uuid, new Api.Multipart().field("name", "Renamed")
            .file("thumbnailfile", "t.png", "image/png", "not an image".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode unchanged = u.api().get("/api/v1/videos/" + uuid).json();
        assertEquals("Needs a better picture", unchanged.get("name").asText());
        assertEquals(oldThumb, unchanged.get("thumbnailPath").asText());
        assertEquals(403, other.api().multipartPut("/api/v1/videos/" + uuid, new Api.Multipart()
            .file("thumbnailfile", "t.jpg", "image/jpeg", Media.thumbnail())).status());

        Api.Res ok = u.api().multipartPut("/api/v1/videos/" + uuid, new Api.Multipart().field("name", "A better picture")
            .field("tags[0]", "picture").file("thumbnailfile", "t.jpg", "image/jpeg", Media.thumbnail()));
        assertEquals(204, ok.status(), ok.toString());
        JsonNode after = u.api().get("/api/v1/videos/" + uuid).json();
        assertEquals("A better picture", after.get("name").asText());
        assertEquals("[\"picture\"]", after.get("tags").toString());
        String newThumb = after.get("thumbnailPath").asText();
        assertFalse(newThumb.equals(oldThumb), "a new name, so caches do not keep showing the old picture");
        Api.Res image = Api.anonymous(bobine).get(newThumb);
        assertEquals(200, image.status());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(image.raw().body()));
        assertEquals(280, img.getWidth(), "fitted to the size the pages show");
        assertEquals(157, img.getHeight());
        assertEquals(404, Api.anonymous(bobine).get(oldThumb).status(), "the old picture is gone");

        JsonNode jobs = u.api().get("/api/v1/videos/" + uuid + "/jobs").json();
        assertEquals(1, jobs.get("total").asInt(), jobs.toString());
        assertEquals("completed", jobs.get("data").get(0).get("state").asText());
        assertEquals(100, jobs.get("data").get(0).get("progress").asInt());
        assertEquals(403, other.api().get("/api/v1/videos/" + uuid + "/jobs").status());
        assertEquals(401, Api.anonymous(bobine).get("/api/v1/videos/" + uuid + "/jobs").status());
    }
}
