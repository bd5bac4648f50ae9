package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bobine.sdk.hook.AcceptResult;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.UploadAttempt;
import org.bobine.sdk.testkit.PluginTestKit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BannedWordsFilterTest {

    private final PluginTestKit kit = new PluginTestKit(PingRouter.PLUGIN);

    @BeforeEach
    void register() {
        // The properties of BannedWordsFilter's @Component: the kit runs it as the platform would.
        kit.register(new BannedWordsFilter(kit.settings()),
            Map.of(Hooks.HOOK_NAME, Hooks.FILTER_UPLOAD_ACCEPT, Hooks.HOOK_PRIORITY, 50));
    }

    @AfterEach
    void noHookFailed() {
        kit.assertNoFailures();
    }

    private AcceptResult upload(String title) {
        return kit.filter(Hooks.FILTER_UPLOAD_ACCEPT,
            new UploadAttempt("alice", "alice_channel", title, "video.mp4", 1_000_000, 1), AcceptResult.ACCEPT);
    }

    @Test
    void acceptsEverythingUntilTheAdministratorBansWords() {
        assertEquals("", kit.settings().get(BannedWordsFilter.BANNED_WORDS));
        assertTrue(upload("Free money inside").accepted());
    }

    @Test
    void refusesTitlesWithABannedWordOrPhrase() {
        kit.settings().set(BannedWordsFilter.BANNED_WORDS, "spam,\n Free Money ");

        AcceptResult r = upload("Get FREE-money now!");

        assertFalse(r.accepted());
        assertEquals("Video titles may not contain \"free money\" on this instance", r.errorMessage());
        assertFalse(upload("SPAM").accepted());
        assertTrue(upload("Spammers explained").accepted(), "whole words only");
        assertTrue(upload("Money for free").accepted());
    }

    @Test
    void keepsAnEarlierRefusal() {
        kit.addFilter(Hooks.FILTER_UPLOAD_ACCEPT, 10, (UploadAttempt a, AcceptResult r) -> AcceptResult.refuse("quota"));
        kit.settings().set(BannedWordsFilter.BANNED_WORDS, "spam");

        assertEquals("quota", upload("spam").errorMessage());
    }

    @Test
    void bannedWordsAreReadFromTheSetting() {
        assertEquals(List.of("a", "b c", "d"), BannedWordsFilter.bannedWords("A, b  C,\n\n,d"));
        assertEquals(List.of(), BannedWordsFilter.bannedWords(null));
    }
}
