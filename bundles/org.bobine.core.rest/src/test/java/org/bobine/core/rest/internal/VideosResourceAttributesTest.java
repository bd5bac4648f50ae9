package org.bobine.core.rest.internal;

import static org.bobine.core.rest.support.ParamsTest.assertBadRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.bobine.video.api.model.VideoAttributes;
import org.junit.jupiter.api.Test;

/** The multipart form fields of a legacy upload, turned into attributes. */
class VideosResourceAttributesTest {

    @Test
    void parsesEveryField() {
        Map<String, String> f = new HashMap<>();
        f.put("name", "My video");
        f.put("channelId", "3");
        f.put("privacy", "2");
        f.put("category", "15");
        f.put("licence", "7");
        f.put("language", "fr");
        f.put("description", "Line one\nline two");
        f.put("support", "Thanks");
        f.put("commentsPolicy", "3");
        f.put("commentsEnabled", "false");
        f.put("downloadEnabled", "1");
        f.put("nsfw", "true");
        f.put("waitTranscoding", "0");
        f.put("originallyPublishedAt", "2024-01-02T03:04:05.000Z");

        VideoAttributes a = VideosResource.attributes(f);

        assertEquals("My video", a.name);
        assertEquals(3L, a.channelId);
        assertEquals(2, a.privacy);
        assertEquals(15, a.category);
        assertEquals(7, a.licence);
        assertEquals("fr", a.language);
        assertEquals("Line one\nline two", a.description);
        assertEquals("Thanks", a.support);
        assertEquals(3, a.commentsPolicy);
        assertEquals(Boolean.FALSE, a.commentsEnabled);
        assertEquals(Boolean.TRUE, a.downloadEnabled);
        assertEquals(Boolean.TRUE, a.nsfw);
        assertEquals(Boolean.FALSE, a.waitTranscoding);
        assertEquals("2024-01-02T03:04:05.000Z", a.originallyPublishedAt);
    }

    @Test
    void absentAndEmptyFieldsAreNull() {
        Map<String, String> f = new HashMap<>();
        f.put("language", "");
        f.put("description", "");
        f.put("privacy", "");
        f.put("nsfw", "");
        VideoAttributes a = VideosResource.attributes(f);
        assertNull(a.name);
        assertNull(a.channelId);
        assertNull(a.privacy);
        assertNull(a.language);
        assertNull(a.description);
        assertNull(a.nsfw);
        assertNull(a.tags);
    }

    @Test
    void wrongTypesAreBadRequests() {
        assertBadRequest("channelId", () -> VideosResource.attributes(Map.of("channelId", "main")));
        assertBadRequest("privacy", () -> VideosResource.attributes(Map.of("privacy", "public")));
        assertBadRequest("category", () -> VideosResource.attributes(Map.of("category", "1.0")));
        assertBadRequest("licence", () -> VideosResource.attributes(Map.of("licence", "x")));
        assertBadRequest("commentsPolicy", () -> VideosResource.attributes(Map.of("commentsPolicy", "on")));
        assertBadRequest("nsfw", () -> VideosResource.attributes(Map.of("nsfw", "yes")));
        assertBadRequest("downloadEnabled", () -> VideosResource.attributes(Map.of("downloadEnabled", "2")));
        assertBadRequest("waitTranscoding", () -> VideosResource.attributes(Map.of("waitTranscoding", "maybe")));
        assertBadRequest("commentsEnabled", () -> VideosResource.attributes(Map.of("commentsEnabled", "t")));
    }
}
