package org.bobine.plugin.impl.internal;

import java.util.regex.Pattern;
import org.bobine.core.api.BobineException;
import org.bobine.plugin.api.PluginService;
import org.bobine.sdk.plugin.PluginSettings;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** Plugin names: from a bundle's header, from what clients send. */
final class PluginNames {

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private PluginNames() {
    }

    /** @return the plugin a bundle belongs to, or null when it is not a plugin bundle */
    static String of(Bundle bundle) {
        String name = bundle == null ? null : bundle.getHeaders("").get(PluginSettings.PLUGIN_HEADER);
        return name != null && NAME.matcher(name.trim()).matches() ? name.trim() : null;
    }

    /** @return the plugin a service belongs to, or null */
    static String of(ServiceReference<?> ref) {
        return ref == null ? null : of(ref.getBundle());
    }

    /**
     * @param nameOrNpmName "video-password" or "bobine-plugin-video-password"
     * @return the short name
     * @throws BobineException 400 when it is not a plugin name
     */
    static String normalize(String nameOrNpmName) {
        String n = nameOrNpmName == null ? "" : nameOrNpmName.trim();
        if (n.startsWith(PluginService.PREFIX)) {
            n = n.substring(PluginService.PREFIX.length());
        }
        if (!NAME.matcher(n).matches()) {
            throw BobineException.badRequest("Not a plugin name: " + nameOrNpmName);
        }
        return n;
    }
}
