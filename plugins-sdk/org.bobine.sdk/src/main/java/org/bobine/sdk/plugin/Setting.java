package org.bobine.sdk.plugin;

import java.util.List;

/**
 * A setting a plugin declares: the administrator edits it, the plugin reads it.
 *
 * @param name          key, [a-zA-Z0-9_-]{1,64}
 * @param type          how it is edited
 * @param label         what the administrator sees
 * @param description   a longer explanation, or null
 * @param defaultValue  the value until the administrator changes it (text; "true"/"false" for checkboxes)
 * @param privateValue  true when only administrators may read it; false to publish it through
 *                      {@code GET /api/v1/plugins/<name>/public-settings}
 * @param options       the allowed values of a {@link SettingType#SELECT}, empty otherwise
 */
public record Setting(String name, SettingType type, String label, String description, String defaultValue,
                      boolean privateValue, List<Option> options) {

    /**
     * One choice of a select.
     *
     * @param value stored value
     * @param label what the administrator sees
     */
    public record Option(String value, String label) {
    }

    /** Copies the options so the record stays immutable. */
    public Setting {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /**
     * A private setting of one type, without options.
     *
     * @param name         key
     * @param type         type
     * @param label        label
     * @param defaultValue default
     * @return the setting
     */
    public static Setting of(String name, SettingType type, String label, String defaultValue) {
        return new Setting(name, type, label, null, defaultValue, true, List.of());
    }

    /**
     * @param text the explanation shown under the field
     * @return a copy with a description
     */
    public Setting describedAs(String text) {
        return new Setting(name, type, label, text, defaultValue, privateValue, options);
    }

    /** @return a copy readable by anyone through the public-settings route */
    public Setting publicValue() {
        return new Setting(name, type, label, description, defaultValue, false, options);
    }

    /**
     * @param choices the allowed values
     * @return a copy with these options (for {@link SettingType#SELECT})
     */
    public Setting withOptions(Option... choices) {
        return new Setting(name, type, label, description, defaultValue, privateValue, List.of(choices));
    }
}
