package org.bobine.player.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final Set<String> AVAILABLE = Set.of("en", "fr");

    @Test
    void theViewersChoiceComesFirstThenTheBrowserThenTheInstance() {
        assertEquals("fr", Languages.choose("fr", "en-US,en;q=0.9", AVAILABLE, "en"));
        assertEquals("fr", Languages.choose(null, "fr-CA,fr;q=0.9,en;q=0.5", AVAILABLE, "en"));
        assertEquals("en", Languages.choose(null, "de-DE,de;q=0.9,en;q=0.5,fr;q=0.4", AVAILABLE, "fr"));
        assertEquals("fr", Languages.choose(null, "de", AVAILABLE, "fr"), "nothing the browser wants: the instance's");
        assertEquals("fr", Languages.choose(null, null, AVAILABLE, "fr"));
        assertEquals("en", Languages.choose("xx", "", AVAILABLE, "zz"), "unknown cookie and default: English");
    }

    @Test
    void qualitiesOrderTheTagsAndZeroOrJunkIsIgnored() {
        assertEquals(List.of("fr", "en-GB", "de"), Languages.byQuality("de;q=0.1, en-GB;q=0.8, fr, it;q=0, *;q=0.5"));
        assertEquals(List.of(), Languages.byQuality("<script>, ;q=1"));
        assertEquals(List.of("fr"), Languages.byQuality("en;q=abc, fr;q=0.3"), "an unreadable quality counts as 0");
    }
}
