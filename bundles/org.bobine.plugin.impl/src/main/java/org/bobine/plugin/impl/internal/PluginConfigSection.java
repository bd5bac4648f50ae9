package org.bobine.plugin.impl.internal;

import java.util.List;
import java.util.Map;
import org.bobine.instance.api.ConfigSection;
import org.bobine.plugin.api.PluginService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Section {@code plugin} of {@code GET /api/v1/config}: the client scripts and styles of running plugins,
 * which every page loads. Registered while the plugin platform runs; without it the core serves empty lists.
 */
@Component(service = ConfigSection.class, property = ConfigSection.KEY + "=plugin")
public class PluginConfigSection implements ConfigSection {

    private final PluginService plugins;

    /** @param plugins the installed plugins */
    @Activate
    public PluginConfigSection(@Reference PluginService plugins) {
        this.plugins = plugins;
    }

    @Override
    public Object value() {
        return Map.of("registered", plugins.registeredClientAssets(), "registeredExternalAuths", List.of(),
            "registeredIdAndPassAuths", List.of());
    }
}
