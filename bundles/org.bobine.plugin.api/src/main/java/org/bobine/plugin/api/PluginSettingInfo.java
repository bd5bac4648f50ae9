package org.bobine.plugin.api;

import java.util.List;
import java.util.Map;

/** A setting a plugin declared (PeerTube's RegisterServerSettingOptions). */
public class PluginSettingInfo {
    /** Key. */
    public String name;
    /** PeerTube's type name: input, input-textarea, input-password, input-checkbox, select, markdown-text. */
    public String type;
    /** What the administrator sees. */
    public String label;
    /** Explanation, or null. */
    public String descriptionHTML;
    /** Default value. */
    public String defaultValue;
    /** Whether only administrators may read it. */
    public boolean privateValue;
    /** Choices of a select: [{value, label}]. */
    public List<Map<String, String>> options;
}
