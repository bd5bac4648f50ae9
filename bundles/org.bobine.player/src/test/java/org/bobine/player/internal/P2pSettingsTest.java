package org.bobine.player.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class P2pSettingsTest {

    private static P2pConfig config(boolean on) {
        return new P2pConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return P2pConfig.class;
            }

            @Override
            public boolean p2pEnabled() {
                return on;
            }
        };
    }

    @Test
    void theSwitchChangesLiveAndTheEnvironmentWins() {
        Map<String, String> env = new HashMap<>();
        P2pSettings p = new P2pSettings(config(true), env::get);
        assertTrue(p.enabled());
        p.modified(config(false));
        assertFalse(p.enabled());
        assertEquals(Map.of("webapp", Map.of("enabled", false), "embed", Map.of("enabled", false)), p.value());
        assertEquals(Map.of("enabled", false), new TrackerConfigSection(p).value());
        env.put("BOBINE_P2P_ENABLED", "true");
        p.modified(config(false));
        assertTrue(p.enabled());
    }
}
