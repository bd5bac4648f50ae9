package org.bobine.plugin.impl.internal;

import java.util.Map;
import org.bobine.sdk.plugin.PluginSettings;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.ComponentException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Each plugin bundle's own settings: one instance per using bundle, bound to its Bobine-Plugin header. */
@Component(service = PluginSettings.class, scope = ServiceScope.BUNDLE)
public class PluginSettingsComponent implements PluginSettings {

    private final PluginRegistry registry;
    private final String plugin;

    /**
     * @param registry declared settings and stored values
     * @param context  tells which bundle uses this instance
     */
    @Activate
    public PluginSettingsComponent(@Reference PluginRegistry registry, ComponentContext context) {
        this.registry = registry;
        this.plugin = PluginNames.of(context.getUsingBundle());
        if (plugin == null) {
            throw new ComponentException("Plugin settings are for bundles with a Bobine-Plugin header, not "
                + context.getUsingBundle().getSymbolicName());
        }
    }

    @Override
    public String get(String name) {
        return registry.values(plugin).get(name);
    }

    @Override
    public Map<String, String> all() {
        return registry.values(plugin);
    }
}
