package org.bobine.plugins.videopassword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.bobine.sdk.access.AccessAttempt;
import org.bobine.sdk.access.AccessDecision;
import org.bobine.sdk.hook.VideoInfo;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.plugin.PluginException;
import org.bobine.sdk.testkit.MapSettings;
import org.bobine.sdk.testkit.MemoryStorage;
import org.junit.jupiter.api.Test;

class PasswordGuardTest {

    private final MemoryStorage storage = new MemoryStorage();
    private final MapSettings settings = new MapSettings();
    private final PasswordGuard guard = new PasswordGuard(storage, settings);
    private final VideoInfo video = new VideoInfo(1, "0b6b3c3c-1f64-4a8a-9d3e-6a1f0c0b8e11", "v", null, 5, false, List.of(),
        null, null, "alice", "alice_channel");

    private AccessDecision check(String secret, String address) throws Exception {
        return guard.check(video, new AccessAttempt(Viewer.ANONYMOUS, secret, address, "api"));
    }

    @Test
    void passwordsAreCheckedBeforeAnythingIsStored() {
        assertThrows(PluginException.class, () -> guard.validate(List.of()));
        assertThrows(PluginException.class, () -> guard.validate(List.of("x")));
        assertThrows(PluginException.class, () -> guard.validate(List.of("same", "same")));
        assertThrows(PluginException.class, () -> guard.validate(Collections.nCopies(11, "a").stream()
            .map(s -> s + Math.random()).toList()));
        assertEquals(400, assertThrows(PluginException.class, () -> guard.validate(List.of("y".repeat(101)))).status());
        guard.validate(List.of("ok", "also-ok"));
        assertTrue(storage.keys("").isEmpty());
    }

    @Test
    void anyOfTheVideosPasswordsOpensItAndOnlyHashesAreKept() throws Exception {
        guard.store(video, List.of("hunter22", "second"));
        String stored = storage.get("video:" + video.uuid()).orElseThrow();
        assertFalse(stored.contains("hunter22"), "no password in clear");
        assertEquals(AccessDecision.SECRET_REQUIRED, check(null, "10.0.0.1"));
        assertEquals(AccessDecision.SECRET_INCORRECT, check("wrong", "10.0.0.1"));
        assertEquals(AccessDecision.GRANTED, check("hunter22", "10.0.0.1"));
        assertEquals(AccessDecision.GRANTED, check("second", "10.0.0.1"));
        assertEquals(AccessDecision.GRANTED, check("hunter22", "10.0.0.2"), "remembered");

        guard.store(video, List.of("replaced"));
        assertEquals(AccessDecision.SECRET_INCORRECT, check("hunter22", "10.0.0.3"), "old passwords no longer open it");
        assertEquals(AccessDecision.GRANTED, check("replaced", "10.0.0.3"));

        guard.forget(video);
        assertEquals(AccessDecision.SECRET_INCORRECT, check("replaced", "10.0.0.4"), "forgotten: nothing opens it");
    }

    @Test
    void wrongPasswordsAreLimitedPerAddressAsTheAdministratorSets() throws Exception {
        guard.store(video, List.of("right-one"));
        guard.settingsChanged(Map.of("max-attempts", "2", "window-minutes", "5"));
        assertEquals(AccessDecision.SECRET_INCORRECT, check("a1", "10.0.0.9"));
        assertEquals(AccessDecision.SECRET_INCORRECT, check("a2", "10.0.0.9"));
        assertEquals(AccessDecision.TOO_MANY_ATTEMPTS, check("a3", "10.0.0.9"));
        assertEquals(AccessDecision.TOO_MANY_ATTEMPTS, check("right-one", "10.0.0.9"), "blocked even with the right one");
        assertEquals(AccessDecision.GRANTED, check("right-one", "10.0.0.10"), "other addresses are not");
        guard.settingsChanged(Map.of("max-attempts", "nonsense"));
        assertEquals(AccessDecision.SECRET_INCORRECT, check("b1", "10.0.0.11"), "a bad value falls back to the default");
    }
}
