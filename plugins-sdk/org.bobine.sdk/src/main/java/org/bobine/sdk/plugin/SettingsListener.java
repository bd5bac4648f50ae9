package org.bobine.sdk.plugin;

import java.util.Map;

/**
 * Register one as a service to be told when the administrator changes the plugin's settings. It runs after
 * the new values are stored, in the background, bounded in time like hooks.
 */
@FunctionalInterface
public interface SettingsListener {

    /**
     * @param settings every declared setting's value (the default where none was set)
     * @throws Exception any failure, which the platform logs
     */
    void settingsChanged(Map<String, String> settings) throws Exception;
}
