package org.bobine.core.impl.internal.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.bobine.core.api.BobineException;
import org.bobine.video.api.model.VideoAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ValidationTest {

    private static void assertBadRequest(String field, Executable e) {
        BobineException ex = assertThrows(BobineException.class, e);
        assertEquals(400, ex.status());
        assertTrue(ex.getMessage().startsWith(field), ex.getMessage());
    }

    @Test
    void handles() {
        for (String ok : List.of("a", "alice", "alice_2", "a.b-c_d", "a..b", "0", "x".repeat(50))) {
            assertEquals(ok, Validation.handle("username", ok));
        }
        for (String bad : Arrays.asList(null, "", "Alice", "-a", "a-", ".a", "a.", "a b", "caf\u00e9", "a@b",
            "x".repeat(51))) {
            assertBadRequest("username", () -> Validation.handle("username", bad));
        }
    }

    @Test
    void passwords() {
        assertEquals("12345678", Validation.password("12345678"));
        assertEquals("p".repeat(72), Validation.password("p".repeat(72)));
        assertBadRequest("password", () -> Validation.password(null));
        assertBadRequest("password", () -> Validation.password("1234567"));
        assertBadRequest("password", () -> Validation.password("p".repeat(73)));
    }

    @Test
    void emails() {
        assertEquals("a@b", Validation.email("a@b"));
        assertEquals("alice@example.org", Validation.email("alice@example.org"));
        for (String bad : Arrays.asList(null, "", "alice", "@example.org", "alice@", "a@b@c", "a b@c.org",
            "a@" + "b".repeat(400))) {
            assertBadRequest("email", () -> Validation.email(bad));
        }
    }

    @Test
    void tags() {
        assertNull(Validation.tags(null));
        assertEquals(List.of(), Validation.tags(List.of()));
        assertEquals(List.of("ab", "cd"), Validation.tags(List.of("ab", " ab ", "cd")));
        assertEquals(List.of("x".repeat(30), "ab", "cd", "ef", "gh"),
            Validation.tags(List.of("x".repeat(30), "ab", "cd", "ef", "gh")));
        assertBadRequest("tags", () -> Validation.tags(List.of("ab", "cd", "ef", "gh", "ij", "kl")));
        assertBadRequest("tags", () -> Validation.tags(List.of("a")));
        assertBadRequest("tags", () -> Validation.tags(List.of("  a  ")));
        assertBadRequest("tags", () -> Validation.tags(List.of("x".repeat(31))));
        assertBadRequest("tags", () -> Validation.tags(Arrays.asList("ab", null)));
    }

    private static VideoAttributes upload() {
        VideoAttributes a = new VideoAttributes();
        a.name = "My video";
        a.channelId = 1L;
        return a;
    }

    @Test
    void videoOnUploadNeedsNameAndChannel() {
        assertDoesNotThrow(() -> Validation.video(upload(), true));
        VideoAttributes noName = upload();
        noName.name = null;
        assertBadRequest("name", () -> Validation.video(noName, true));
        VideoAttributes noChannel = upload();
        noChannel.channelId = null;
        assertBadRequest("channelId", () -> Validation.video(noChannel, true));
        VideoAttributes shortName = upload();
        shortName.name = "ab";
        assertBadRequest("name", () -> Validation.video(shortName, true));
        // On update, absent fields keep their value.
        assertDoesNotThrow(() -> Validation.video(new VideoAttributes(), false));
    }

    @Test
    void videoKnownConstantsPass() {
        VideoAttributes a = upload();
        a.privacy = 1;
        a.category = 15;
        a.licence = 7;
        a.language = "fr";
        a.commentsPolicy = 3;
        a.description = "A description";
        a.tags = List.of("ab", "ab");
        Validation.video(a, true);
        assertEquals(List.of("ab"), a.tags, "tags are deduplicated in place");
    }

    @Test
    void videoUnknownConstantsAreRefused() {
        VideoAttributes privacy = upload();
        privacy.privacy = 99;
        assertBadRequest("privacy", () -> Validation.video(privacy, true));
        VideoAttributes category = upload();
        category.category = 0;
        assertBadRequest("category", () -> Validation.video(category, true));
        VideoAttributes licence = upload();
        licence.licence = 10;
        assertBadRequest("licence", () -> Validation.video(licence, true));
        VideoAttributes language = upload();
        language.language = "xx-nope";
        assertBadRequest("language", () -> Validation.video(language, true));
        VideoAttributes comments = upload();
        comments.commentsPolicy = 4;
        assertBadRequest("commentsPolicy", () -> Validation.video(comments, true));
        VideoAttributes description = upload();
        description.description = "ab";
        assertBadRequest("description", () -> Validation.video(description, true));
    }
}
