package org.bobine.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bobine.sdk.plugin.Setting;
import org.bobine.sdk.plugin.SettingType;
import org.bobine.sdk.plugin.SettingsDeclaration;
import org.junit.jupiter.api.Test;

class MapSettingsTest {

    private static final SettingsDeclaration DECLARATION = () -> List.of(
        Setting.of("words", SettingType.INPUT_TEXTAREA, "Words", "spam"),
        Setting.of("strict", SettingType.INPUT_CHECKBOX, "Strict", "false").publicValue(),
        Setting.of("mode", SettingType.SELECT, "Mode", "soft")
            .withOptions(new Setting.Option("soft", "Soft"), new Setting.Option("hard", "Hard")).publicValue(),
        Setting.of("token", SettingType.INPUT_PASSWORD, "Token", null));

    @Test
    void valuesAreTheDefaultsWithOverrides() {
        MapSettings settings = new MapSettings(DECLARATION, Map.of("mode", "hard"));

        assertEquals("spam", settings.get("words"));
        assertEquals("hard", settings.get("mode"));
        assertFalse(settings.getBoolean("strict"));
        assertNull(settings.get("token"), "no default, not set");
        assertNull(settings.get("undeclared"));
        assertEquals(List.of("words", "strict", "mode"), List.copyOf(settings.all().keySet()));
        assertEquals(Map.of("strict", "false", "mode", "hard"), settings.publicValues());
        assertThrows(UnsupportedOperationException.class, () -> settings.all().put("x", "y"));
    }

    @Test
    void valuesAreCheckedLikeTheAdministrators() {
        MapSettings settings = new MapSettings(DECLARATION);

        assertThrows(IllegalArgumentException.class, () -> settings.set("nope", "x"));
        assertThrows(IllegalArgumentException.class, () -> settings.set("strict", "yes"));
        assertThrows(IllegalArgumentException.class, () -> settings.set("mode", "medium"));
        assertThrows(IllegalArgumentException.class, () -> settings.set("words", List.of("a")));
        assertThrows(IllegalArgumentException.class, () -> settings.set("words", "x".repeat(MapSettings.MAX_VALUE_LENGTH + 1)));
        assertThrows(IllegalArgumentException.class, () -> new MapSettings(DECLARATION, Map.of("mode", "x")));
        assertThrows(IllegalArgumentException.class, () -> new MapSettings(() -> List.of(
            Setting.of("a", SettingType.INPUT, "A", ""), Setting.of("a", SettingType.INPUT, "A", ""))));
        assertThrows(IllegalArgumentException.class, () -> new MapSettings(() -> List.of(
            Setting.of("a b", SettingType.INPUT, "A", ""))));

        Map<String, Object> two = new HashMap<>();
        two.put("words", "eggs");
        two.put("mode", "medium");
        assertThrows(IllegalArgumentException.class, () -> settings.set(two));
        assertEquals("spam", settings.get("words"), "nothing is stored when one value is refused");

        settings.set("strict", true);
        assertTrue(settings.getBoolean("strict"));
        settings.set("words", "eggs");
        settings.set("words", null);
        assertEquals("spam", settings.get("words"), "null puts the default back");
    }

    @Test
    void listenersAreToldAfterEachChangeAndOnDeclaration() {
        MapSettings settings = new MapSettings();
        List<Map<String, String>> told = new ArrayList<>();
        settings.addListener(told::add);

        assertNull(settings.get("words"), "nothing declared yet");
        settings.declare(DECLARATION);
        settings.set(Map.of("words", "ham", "mode", "hard"));

        assertEquals(2, told.size());
        assertEquals("spam", told.get(0).get("words"));
        assertEquals("ham", told.get(1).get("words"));
        assertEquals("hard", told.get(1).get("mode"));
    }

    @Test
    void aStandaloneListenerFailureFailsTheChange() {
        MapSettings settings = new MapSettings(DECLARATION);
        settings.addListener(values -> {
            throw new Exception("listener bug");
        });

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> settings.set("words", "x"));
        assertEquals("listener bug", e.getCause().getMessage());
        assertEquals("x", settings.get("words"), "the value was stored before listeners were told");
    }
}
