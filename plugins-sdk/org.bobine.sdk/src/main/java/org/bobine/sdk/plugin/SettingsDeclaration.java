package org.bobine.sdk.plugin;

import java.util.List;

/**
 * Register one as a service to declare a plugin's settings. The platform checks values the administrator
 * sends against them (type, select options) and shows them on the plugin's page.
 */
@FunctionalInterface
public interface SettingsDeclaration {

    /** @return the settings, in the order they are shown */
    List<Setting> settings();
}
