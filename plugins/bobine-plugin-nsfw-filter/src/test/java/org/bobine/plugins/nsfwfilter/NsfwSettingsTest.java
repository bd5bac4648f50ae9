package org.bobine.plugins.nsfwfilter;

import static org.bobine.plugins.nsfwfilter.NsfwPlugin.attributes;
import static org.bobine.plugins.nsfwfilter.NsfwPlugin.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.plugin.Setting;
import org.bobine.sdk.plugin.SettingType;
import org.bobine.sdk.testkit.MapSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NsfwSettingsTest {

    private final NsfwPlugin plugin = new NsfwPlugin();

    @AfterEach
    void nothingFailed() {
        plugin.kit.assertNoFailures();
    }

    private Setting declared(String name) {
        return plugin.kit.settings().declared().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void declaresThePolicyAsAPublicSelect() {
        Setting s = declared("policy");
        assertEquals(SettingType.SELECT, s.type());
        assertEquals("blur", s.defaultValue());
        assertEquals(List.of("display", "blur", "hide"), s.options().stream().map(Setting.Option::value).toList());
        // The front end reads it through public-settings; the words stay private.
        assertEquals(Map.of("policy", "blur"), plugin.kit.settings().publicValues());
    }

    @Test
    void declaresTheWordsAsAPrivateTextArea() {
        Setting s = declared("words");
        assertEquals(SettingType.INPUT_TEXTAREA, s.type());
        assertEquals("", s.defaultValue());
        assertTrue(s.privateValue());
    }

    @Test
    void declaresTheCheckbox() {
        Setting s = declared("flag-on-words");
        assertEquals(SettingType.INPUT_CHECKBOX, s.type());
        assertEquals("true", s.defaultValue());
    }

    @Test
    void everySettingIsDescribed() {
        assertEquals(List.of("policy", "words", "flag-on-words"),
            plugin.kit.settings().declared().stream().map(Setting::name).toList());
        for (Setting s : plugin.kit.settings().declared()) {
            assertTrue(s.description() != null && !s.description().isBlank(), s.name());
        }
    }

    @Test
    void thePolicyOnlyTakesItsOptions() {
        assertThrows(IllegalArgumentException.class, () -> plugin.set("policy", "do_not_list"));
        assertEquals(Policy.BLUR, plugin.settings.current().policy());
    }

    @Test
    void readsTheStoredValuesWhenActivated() {
        MapSettings stored = new MapSettings(plugin.settings,
            Map.of("policy", "hide", "words", "nude", "flag-on-words", "false"));
        NsfwSettings restarted = new NsfwSettings(stored);
        assertEquals(Policy.HIDE, restarted.current().policy());
        assertEquals(List.of("nude"), restarted.current().words().words());
        assertFalse(restarted.current().flagOnWords());
    }

    @Test
    void missingValuesTakeTheDefaults() {
        // Before the platform knows the declaration, it has only stored values to give, here none.
        NsfwSettings s = new NsfwSettings(new MapSettings());
        assertEquals(Policy.BLUR, s.current().policy());
        assertTrue(s.current().words().isEmpty());
        assertTrue(s.current().flagOnWords());
    }

    @Test
    void anUnknownStoredPolicyFallsBackToBlur() {
        // A value stored by another version of the plugin, say.
        plugin.settings.settingsChanged(Map.of("policy", "do_not_list"));
        assertEquals(Policy.BLUR, plugin.settings.current().policy());
        plugin.settings.settingsChanged(Map.of("policy", " HIDE "));
        assertEquals(Policy.HIDE, plugin.settings.current().policy());
    }

    @Test
    void changesApplyToTheRunningHooksWithoutARestart() {
        assertEquals("both", plugin.list(params(Viewer.ANONYMOUS, null)).nsfw());
        assertFalse(plugin.upload(attributes("Nude", null, List.of(), false)).nsfw());

        plugin.set("policy", "hide", "words", "nude\nporn");

        assertEquals("false", plugin.list(params(Viewer.ANONYMOUS, null)).nsfw());
        assertEquals("false", plugin.search(params(Viewer.ANONYMOUS, null)).nsfw());
        assertTrue(plugin.upload(attributes("Nude", null, List.of(), false)).nsfw());

        plugin.set("policy", "display", "flag-on-words", "false");

        assertEquals("both", plugin.search(params(Viewer.ANONYMOUS, null)).nsfw());
        assertFalse(plugin.upload(attributes("Nude", null, List.of(), false)).nsfw());

        plugin.kit.settings().set("words", null);
        plugin.set("flag-on-words", "true");
        assertTrue(plugin.settings.current().words().isEmpty());
        assertFalse(plugin.upload(attributes("Nude", null, List.of(), false)).nsfw());
    }
}
