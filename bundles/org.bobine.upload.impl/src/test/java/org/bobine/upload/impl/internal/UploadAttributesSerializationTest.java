package org.bobine.upload.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bobine.video.api.model.VideoAttributes;
import org.junit.jupiter.api.Test;

/** The attributes of a resumable upload, kept in its session row until the last chunk arrives. */
class UploadAttributesSerializationTest {

    private static VideoAttributes roundTrip(VideoAttributes a) {
        return UploadServiceImpl.deserialize(UploadServiceImpl.serialize(a));
    }

    @Test
    void everyFieldSurvives() {
        VideoAttributes a = new VideoAttributes();
        a.name = "Caf\u00e9 \u2615 = tea: #1 \\ done";
        a.channelId = 12_345_678_901L;
        a.privacy = 2;
        a.category = 15;
        a.licence = 7;
        a.language = "fr";
        a.description = "First line\nsecond line\r\n\ttabbed\n# not a comment\n! nor this\n\ud83c\udfac emoji";
        a.support = "https://example.org/support?x=1&y=2";
        a.tags = List.of("one", "deux", "\u4e09\u4e09", "with space", "a=b:c");
        a.commentsPolicy = 3;
        a.commentsEnabled = false;
        a.downloadEnabled = true;
        a.nsfw = true;
        a.waitTranscoding = false;
        a.originallyPublishedAt = "2024-01-02T03:04:05.000Z";
        a.filename = "m\u00e9dia file.mp4";

        VideoAttributes b = roundTrip(a);

        assertEquals(a.name, b.name);
        assertEquals(a.channelId, b.channelId);
        assertEquals(a.privacy, b.privacy);
        assertEquals(a.category, b.category);
        assertEquals(a.licence, b.licence);
        assertEquals(a.language, b.language);
        assertEquals(a.description, b.description);
        assertEquals(a.support, b.support);
        assertEquals(a.tags, b.tags);
        assertEquals(a.commentsPolicy, b.commentsPolicy);
        assertEquals(a.commentsEnabled, b.commentsEnabled);
        assertEquals(a.downloadEnabled, b.downloadEnabled);
        assertEquals(a.nsfw, b.nsfw);
        assertEquals(a.waitTranscoding, b.waitTranscoding);
        assertEquals(a.originallyPublishedAt, b.originallyPublishedAt);
        assertEquals(a.filename, b.filename);
    }

    @Test
    void nullsStayNull() {
        VideoAttributes a = new VideoAttributes();
        a.name = "Only a name";

        VideoAttributes b = roundTrip(a);

        assertEquals("Only a name", b.name);
        assertNull(b.channelId);
        assertNull(b.privacy);
        assertNull(b.category);
        assertNull(b.licence);
        assertNull(b.language);
        assertNull(b.description);
        assertNull(b.support);
        assertNull(b.commentsPolicy);
        assertNull(b.commentsEnabled);
        assertNull(b.downloadEnabled);
        assertNull(b.nsfw);
        assertNull(b.waitTranscoding);
        assertNull(b.originallyPublishedAt);
        assertNull(b.filename);
        // No tags come back as an empty list, which every caller treats as "no tags".
        assertTrue(b.tags == null || b.tags.isEmpty());
    }

    @Test
    void emptyStringsAreKept() {
        VideoAttributes a = new VideoAttributes();
        a.description = "";
        a.tags = List.of();
        VideoAttributes b = roundTrip(a);
        assertEquals("", b.description);
        assertEquals(List.of(), b.tags);
    }
}
