package org.bobine.plugin.impl.internal;

import java.util.List;
import java.util.Optional;
import org.bobine.plugin.impl.internal.entity.PluginDataEntity;
import org.bobine.sdk.plugin.PluginStorage;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.ComponentException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Each plugin bundle's own storage: one instance per using bundle, bound to its Bobine-Plugin header. */
@Component(service = PluginStorage.class, scope = ServiceScope.BUNDLE)
public class PluginStorageComponent implements PluginStorage {

    private final PluginData data;
    private final String plugin;

    /**
     * @param data    the rows
     * @param context tells which bundle uses this instance
     */
    @Activate
    public PluginStorageComponent(@Reference PluginData data, ComponentContext context) {
        this.data = data;
        this.plugin = PluginNames.of(context.getUsingBundle());
        if (plugin == null) {
            throw new ComponentException("Plugin storage is for bundles with a Bobine-Plugin header, not "
                + context.getUsingBundle().getSymbolicName());
        }
    }

    @Override
    public Optional<String> get(String key) {
        return key == null ? Optional.empty() : data.get(plugin, PluginDataEntity.STORAGE, key);
    }

    @Override
    public void put(String key, String value) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("A storage key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (value == null || value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("A stored value is not null and has at most " + MAX_VALUE_LENGTH + " characters");
        }
        data.put(plugin, PluginDataEntity.STORAGE, key, value);
    }

    @Override
    public boolean remove(String key) {
        return key != null && data.remove(plugin, PluginDataEntity.STORAGE, key);
    }

    @Override
    public List<String> keys(String prefix) {
        return data.keys(plugin, PluginDataEntity.STORAGE, prefix == null ? "" : prefix);
    }
}
