package org.bobine.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bobine.sdk.access.AccessAttempt;
import org.bobine.sdk.access.AccessDecision;
import org.bobine.sdk.access.VideoAccessGuard;
import org.bobine.sdk.hook.AcceptResult;
import org.bobine.sdk.hook.ActionHook;
import org.bobine.sdk.hook.ApplicationEvent;
import org.bobine.sdk.hook.FilterHook;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.UploadAttempt;
import org.bobine.sdk.hook.VideoEvent;
import org.bobine.sdk.hook.VideoInfo;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.plugin.ClientAssets;
import org.bobine.sdk.plugin.Setting;
import org.bobine.sdk.plugin.SettingType;
import org.bobine.sdk.plugin.SettingsDeclaration;
import org.bobine.sdk.plugin.SettingsListener;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PluginTestKitTest {

    private static final UploadAttempt UPLOAD = new UploadAttempt("alice", "alice_channel", "My holidays", "a.mp4", 1000, 1);
    private static final VideoInfo VIDEO = new VideoInfo(1, "uuid-1", "Secret", null, 5, false, List.of(), null, null,
        "alice", "alice_channel");

    private final PluginTestKit kit = new PluginTestKit("test");

    @Test
    void filtersRunInAscendingPriorityThenRegistrationOrder() {
        List<String> calls = new CopyOnWriteArrayList<>();
        kit.addFilter(Hooks.FILTER_UPLOAD_ACCEPT, 50, (UploadAttempt a, AcceptResult r) -> {
            calls.add("50-first");
            return r;
        });
        kit.addFilter(Hooks.FILTER_UPLOAD_ACCEPT, 10, (UploadAttempt a, AcceptResult r) -> {
            calls.add("10");
            return r;
        });
        kit.addFilter(Hooks.FILTER_UPLOAD_ACCEPT, 50, (UploadAttempt a, AcceptResult r) -> {
            calls.add("50-second");
            return AcceptResult.refuse("no");
        });
        kit.addFilter(Hooks.FILTER_UPLOAD_ACCEPT, (UploadAttempt a, AcceptResult r) -> {
            calls.add("default:" + r.accepted());
            return r;
        });
        kit.addFilter(Hooks.FILTER_VIDEO_GET, 1, (Viewer v, VideoInfo i) -> {
            calls.add("other hook");
            return i;
        });

        AcceptResult result = kit.filter(Hooks.FILTER_UPLOAD_ACCEPT, UPLOAD, AcceptResult.ACCEPT);

        assertEquals(List.of("10", "50-first", "50-second", "default:false"), calls);
        assertFalse(result.accepted());
        assertEquals("no", result.errorMessage());
        kit.assertNoFailures();
    }

    @Test
    void nullKeepsTheCurrentValue() {
        kit.addFilter(Hooks.FILTER_UPLOAD_ACCEPT, 1, (UploadAttempt a, AcceptResult r) -> AcceptResult.refuse("first"));
        kit.addFilter(Hooks.FILTER_UPLOAD_ACCEPT, 2, (UploadAttempt a, AcceptResult r) -> null);

        assertEquals("first", kit.filter(Hooks.FILTER_UPLOAD_ACCEPT, UPLOAD, AcceptResult.ACCEPT).errorMessage());
        assertTrue(kit.failures().isEmpty());
    }

    @Test
    void aFilterThatThrowsIsSkippedAndRecorded() {
        FilterHook<UploadAttempt, AcceptResult> broken = (a, r) -> {
            throw new IllegalStateException("boom");
        };
        kit.addFilter(Hooks.FILTER_UPLOAD_ACCEPT, 1, broken);
        kit.addFilter(Hooks.FILTER_UPLOAD_ACCEPT, 2, (UploadAttempt a, AcceptResult r) -> AcceptResult.refuse("second"));

        assertEquals("second", kit.filter(Hooks.FILTER_UPLOAD_ACCEPT, UPLOAD, AcceptResult.ACCEPT).errorMessage());

        HookFailure f = kit.failures().get(0);
        assertEquals(1, kit.failures().size());
        assertEquals(Hooks.FILTER_UPLOAD_ACCEPT, f.hook());
        assertSame(broken, f.service());
        assertEquals("boom", f.cause().getMessage());
        assertFalse(f.timedOut());
        assertThrows(AssertionFailedError.class, kit::assertNoFailures);
        kit.clearFailures();
        kit.assertNoFailures();
    }

    @Test
    void aFilterThatDoesNotAnswerInTimeIsSkipped() {
        kit.withTimeout(Duration.ofMillis(200));
        List<Boolean> interrupted = new CopyOnWriteArrayList<>();
        kit.addFilter(Hooks.FILTER_UPLOAD_ACCEPT, 1, (UploadAttempt a, AcceptResult r) -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted.add(true);
            }
            return AcceptResult.refuse("too late");
        });

        long start = System.nanoTime();
        AcceptResult r = kit.filter(Hooks.FILTER_UPLOAD_ACCEPT, UPLOAD, AcceptResult.ACCEPT);

        assertTrue(r.accepted());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "bounded by the kit's timeout");
        assertTrue(kit.failures().get(0).timedOut());
        assertEquals(Duration.ofMillis(200), kit.timeout());
    }

    @Test
    void aHookThatTimesOutThreeTimesInARowIsSuspended() {
        kit.withTimeout(Duration.ofMillis(50));
        List<String> calls = new CopyOnWriteArrayList<>();
        FilterHook<UploadAttempt, AcceptResult> slow = (a, r) -> {
            calls.add(a.name());
            if (a.name().startsWith("slow")) {
                Thread.sleep(2_000);
            }
            return r;
        };
        kit.addFilter(Hooks.FILTER_UPLOAD_ACCEPT, slow);

        for (String title : List.of("slow 1", "slow 2", "fast", "slow 3", "slow 4")) {
            kit.filter(Hooks.FILTER_UPLOAD_ACCEPT, uploadNamed(title), AcceptResult.ACCEPT);
        }
        assertFalse(kit.suspended(slow), "an answer in time starts the count again");
        kit.filter(Hooks.FILTER_UPLOAD_ACCEPT, uploadNamed("slow 5"), AcceptResult.ACCEPT);
        assertTrue(kit.suspended(slow));
        kit.filter(Hooks.FILTER_UPLOAD_ACCEPT, uploadNamed("fast again"), AcceptResult.ACCEPT);

        assertEquals(List.of("slow 1", "slow 2", "fast", "slow 3", "slow 4", "slow 5"), calls);
        assertEquals(5, kit.failures().size());
    }

    private static UploadAttempt uploadNamed(String title) {
        return new UploadAttempt("alice", "alice_channel", title, "a.mp4", 1000, 1);
    }

    @Test
    void aResultOfAnotherTypeIsSkipped() {
        FilterHook<Object, Object> wrong = (a, r) -> "a string";
        kit.register(wrong, Map.of(Hooks.HOOK_NAME, Hooks.FILTER_UPLOAD_ACCEPT));

        assertSame(AcceptResult.ACCEPT, kit.filter(Hooks.FILTER_UPLOAD_ACCEPT, UPLOAD, AcceptResult.ACCEPT));
        assertInstanceOf(ClassCastException.class, kit.failures().get(0).cause());
    }

    @Test
    void anUnregisteredHookIsNoLongerCalled() {
        Registration r = kit.addFilter(Hooks.FILTER_UPLOAD_ACCEPT, (UploadAttempt a, AcceptResult c) -> AcceptResult.refuse("x"));
        r.unregister();
        r.unregister();

        assertTrue(kit.filter(Hooks.FILTER_UPLOAD_ACCEPT, UPLOAD, AcceptResult.ACCEPT).accepted());
    }

    @Test
    void actionsHaveRunWhenActionReturnsAndFailuresAreRecorded() {
        List<String> seen = new ArrayList<>();
        ActionHook<VideoEvent> broken = e -> {
            throw new Exception("cannot");
        };
        kit.addAction(Hooks.ACTION_VIDEO_UPLOADED, 20, (VideoEvent e) -> seen.add("second " + e.name()));
        kit.addAction(Hooks.ACTION_VIDEO_UPLOADED, 10, broken);
        kit.addAction(Hooks.ACTION_VIDEO_UPLOADED, 5, (VideoEvent e) -> seen.add("first " + e.name()));

        kit.action(Hooks.ACTION_VIDEO_UPLOADED, new VideoEvent(1, "u", "Clip", "alice", 1));

        assertEquals(List.of("first Clip", "second Clip"), seen);
        assertEquals(1, kit.failures().size());
        assertSame(broken, kit.failures().get(0).service());
    }

    @Test
    void aStickyActionReachesHooksRegisteredLater() {
        List<String> urls = new CopyOnWriteArrayList<>();
        kit.addAction(Hooks.ACTION_APPLICATION_LISTENING, (ApplicationEvent e) -> urls.add("early " + e.publicUrl()));
        kit.sticky(Hooks.ACTION_APPLICATION_LISTENING, new ApplicationEvent("http://localhost:9000"));
        kit.addAction(Hooks.ACTION_APPLICATION_LISTENING, (ApplicationEvent e) -> urls.add("late " + e.publicUrl()));

        assertEquals(List.of("early http://localhost:9000", "late http://localhost:9000"), urls);
    }

    @Test
    void registrationNeedsWhatThePlatformNeeds() {
        FilterHook<Object, Object> unnamed = (a, r) -> r;
        assertThrows(IllegalArgumentException.class, () -> kit.register(unnamed, Map.of()));
        assertThrows(IllegalArgumentException.class,
            () -> kit.register(new Guard(AccessDecision.GRANTED), Map.of(VideoAccessGuard.GUARDED_PRIVACY, "5")));
        kit.addRouter((req, res, viewer) -> res.setStatus(204));
        assertThrows(IllegalStateException.class, () -> kit.addRouter((req, res, viewer) -> res.setStatus(200)));
        assertThrows(IllegalArgumentException.class, () -> new PluginTestKit("Not A Name"));
    }

    @Test
    void accessGuardsFailClosed() {
        AccessAttempt attempt = new AccessAttempt(Viewer.ANONYMOUS, "pw", "10.0.0.1", "api");
        assertEquals(AccessDecision.SECRET_REQUIRED, kit.checkAccess(VIDEO, attempt), "no guard");

        Guard broken = new Guard(null) {
            @Override
            public AccessDecision check(VideoInfo video, AccessAttempt a) throws Exception {
                throw new Exception("database down");
            }
        };
        Registration r = kit.addGuard(5, broken);
        assertEquals(AccessDecision.SECRET_REQUIRED, kit.checkAccess(VIDEO, attempt));
        assertSame(broken, kit.failures().get(0).service());
        assertEquals("guard:5", kit.failures().get(0).hook());
        r.unregister();

        kit.addGuard(5, new Guard(AccessDecision.SECRET_INCORRECT));
        kit.register(new Guard(AccessDecision.GRANTED),
            Map.of(VideoAccessGuard.GUARDED_PRIVACY, 5, PluginTestKit.SERVICE_RANKING, 10));
        assertEquals(AccessDecision.GRANTED, kit.checkAccess(VIDEO, attempt), "the highest ranking decides");
    }

    @Test
    void registeredDeclarationsAndListenersMeetTheKitsSettings() {
        List<Map<String, String>> told = new CopyOnWriteArrayList<>();
        class Plugin implements SettingsDeclaration, SettingsListener {
            @Override
            public List<Setting> settings() {
                return List.of(Setting.of("words", SettingType.INPUT, "Words", "spam"),
                    Setting.of("strict", SettingType.INPUT_CHECKBOX, "Strict", "false").publicValue());
            }

            @Override
            public void settingsChanged(Map<String, String> values) {
                told.add(values);
            }
        }
        kit.register(new Plugin(), Map.of());
        assertEquals("spam", kit.settings().get("words"));

        kit.settings().set("strict", true);

        assertEquals(List.of(Map.of("words", "spam", "strict", "true")), told);
        assertEquals(Map.of("strict", "true"), kit.settings().publicValues());
    }

    @Test
    void aFailingSettingsListenerIsRecorded() {
        kit.settings().declare(() -> List.of(Setting.of("a", SettingType.INPUT, "A", "1")));
        SettingsListener broken = values -> {
            throw new IllegalStateException("no");
        };
        kit.register(broken, Map.of());

        kit.settings().set("a", "2");

        assertEquals("2", kit.settings().get("a"));
        assertEquals("settings-listener", kit.failures().get(0).hook());
    }

    @Test
    void clientAssetsAreCheckedAgainstTheClassPath() {
        kit.register(new ClientAssets() {
            @Override
            public List<Script> scripts() {
                return List.of(new Script("main.js", List.of("common")), new Script("missing.js", List.of("video-watch")));
            }

            @Override
            public List<String> styles() {
                return List.of("style.css");
            }
        }, Map.of());

        assertEquals(2, kit.clientScripts().size());
        assertEquals(List.of("style.css"), kit.clientStyles());
        assertEquals(List.of("missing.js", "style.css"), kit.missingClientFiles());
        assertEquals(1, kit.services(ClientAssets.class).size());
    }

    private static class Guard implements VideoAccessGuard {
        private final AccessDecision decision;

        Guard(AccessDecision decision) {
            this.decision = decision;
        }

        @Override
        public void validate(List<String> secrets) {
        }

        @Override
        public void store(VideoInfo video, List<String> secrets) {
        }

        @Override
        public void forget(VideoInfo video) {
        }

        @Override
        public AccessDecision check(VideoInfo video, AccessAttempt attempt) throws Exception {
            return decision;
        }
    }
}
