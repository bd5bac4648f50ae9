package org.bobine.sdk.plugin;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The current values of the calling plugin's settings. The platform gives each plugin bundle its own
 * instance, bound to the plugin named by the bundle's {@value #PLUGIN_HEADER} header.
 */
@ProviderType
public interface PluginSettings {

    /** The manifest header naming the plugin a bundle belongs to. */
    String PLUGIN_HEADER = "Bobine-Plugin";

    /**
     * @param name a declared setting
     * @return its value, the default when not set; null when neither declared nor ever stored (a value stored
     *         for a setting the plugin no longer declares is still returned)
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
