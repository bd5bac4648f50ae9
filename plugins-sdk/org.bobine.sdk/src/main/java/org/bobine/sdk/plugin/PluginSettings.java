package org.bobine.sdk.plugin;

import java.util.Map;

/**
 * The current values of the calling plugin's settings. The platform gives each plugin bundle its own
 * instance, bound to the plugin named by the bundle's {@value #PLUGIN_HEADER} header.
 */
public interface PluginSettings {

    /** The manifest header naming the plugin a bundle belongs to. */
    String PLUGIN_HEADER = "Bobine-Plugin";

    /**
     * @param name a declared setting
     * @return its value, the default when not set, null when not declared
     */
    String get(String name);

    /**
     * @param name a declared checkbox
     * @return true when its value is "true"
     */
    default boolean getBoolean(String name) {
        return "true".equals(get(name));
    }

    /** @return every declared setting's current value */
    Map<String, String> all();
}
