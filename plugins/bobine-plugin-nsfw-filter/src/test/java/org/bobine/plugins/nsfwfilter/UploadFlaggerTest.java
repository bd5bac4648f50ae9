package org.bobine.plugins.nsfwfilter;

import static org.bobine.plugins.nsfwfilter.NsfwPlugin.attributes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bobine.sdk.hook.VideoAttributes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadFlaggerTest {

    private final NsfwPlugin plugin = new NsfwPlugin();

    @AfterEach
    void nothingFailed() {
        plugin.kit.assertNoFailures();
    }

    @Test
    void flagsAWordInTheTitle() {
        plugin.set("words", "nude");
        VideoAttributes after = plugin.upload(attributes("Nude beach", null, List.of(), false));
        assertTrue(after.nsfw());
        assertEquals("Nude beach", after.name());
    }

    @Test
    void flagsAWordInTheDescription() {
        plugin.set("words", "nude");
        assertTrue(plugin.upload(attributes("Holidays", "A day at the\nnude beach", List.of(), false)).nsfw());
    }

    @Test
    void flagsAWordInATagAndChangesNothingElse() {
        plugin.set("words", "nude");
        VideoAttributes before = attributes("Holidays", "Sun", List.of("beach", "NUDE"), false);
        assertEquals(before.withNsfw(true), plugin.upload(before));
    }

    @Test
    void aWordInsideAnotherDoesNotFlag() {
        plugin.set("words", "sex");
        assertFalse(plugin.upload(attributes("A walk in Essex", "Sussex too", List.of("middlesex"), false)).nsfw());
    }

    @Test
    void withoutWordsNothingIsFlagged() {
        VideoAttributes before = attributes("Nude beach", null, List.of(), false);
        assertEquals(before, plugin.upload(before));
    }

    @Test
    void unflaggedWhenNoWordMatches() {
        plugin.set("words", "nude\nporn");
        VideoAttributes before = attributes("Holidays", "Sun and sea", List.of("beach"), false);
        assertEquals(before, plugin.upload(before));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nude", "holidays"})
    void neverClearsTheUploadersFlag(String words) {
        VideoAttributes before = attributes("Holidays", null, List.of(), true);
        plugin.set("words", words);
        assertTrue(plugin.upload(before).nsfw());
        plugin.set("flag-on-words", "false");
        assertTrue(plugin.upload(before).nsfw());
    }

    @Test
    void theCheckboxTurnsFlaggingOff() {
        plugin.set("words", "nude", "flag-on-words", "false");
        assertFalse(plugin.upload(attributes("Nude beach", null, List.of(), false)).nsfw());
    }

    @Test
    void flagsWhateverThePolicy() {
        plugin.set("words", "nude");
        for (Policy p : Policy.values()) {
            plugin.set("policy", p.value());
            assertTrue(plugin.upload(attributes("Nude", null, List.of(), false)).nsfw(), p.value());
        }
    }
}
