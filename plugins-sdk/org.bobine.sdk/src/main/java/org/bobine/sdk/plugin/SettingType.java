package org.bobine.sdk.plugin;

/** How a setting is edited, with PeerTube's names on the wire. */
public enum SettingType {
    /** One line of text. */
    INPUT("input"),
    /** Several lines of text. */
    INPUT_TEXTAREA("input-textarea"),
    /** A secret, never sent back to the browser once set. */
    INPUT_PASSWORD("input-password"),
    /** A boolean ("true" / "false"). */
    INPUT_CHECKBOX("input-checkbox"),
    /** One of {@link Setting#options()}. */
    SELECT("select"),
    /** Markdown text. */
    MARKDOWN_TEXT("markdown-text");

    private final String wire;

    SettingType(String wire) {
        this.wire = wire;
    }

    /** @return PeerTube's name for this type */
    public String wire() {
        return wire;
    }
}
