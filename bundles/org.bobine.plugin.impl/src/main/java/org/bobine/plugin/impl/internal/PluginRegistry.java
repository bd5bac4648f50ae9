package org.bobine.plugin.impl.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.bobine.core.api.HookService;
import org.bobine.plugin.impl.internal.entity.PluginDataEntity;
import org.bobine.sdk.plugin.ClientAssets;
import org.bobine.sdk.plugin.PluginRouter;
import org.bobine.sdk.plugin.Setting;
import org.bobine.sdk.plugin.SettingsDeclaration;
import org.bobine.sdk.plugin.SettingsListener;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What running plugins offer, tracked as whiteboard services that come and go with them: declared settings,
 * settings listeners, routers and client assets. (Hooks, access guards and importers are extension points of the
 * capabilities that run them: the core tracks those.) Each service belongs to the plugin
 * named by its bundle's {@code Bobine-Plugin} header; services of bundles without one are ignored.
 */
@Component(service = PluginRegistry.class, immediate = true)
public class PluginRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);

    /** A service with the plugin it belongs to and its bundle. */
    public record Owned<T>(String plugin, Bundle bundle, T service, long serviceId, int ranking) {
    }

    private final PluginData data;
    private final HookService hooks;
    private final Map<String, List<Owned<SettingsDeclaration>>> declarations = new ConcurrentHashMap<>();
    private final List<Owned<SettingsListener>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Owned<PluginRouter>> routers = new ConcurrentHashMap<>();
    private final List<Owned<ClientAssets>> assets = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, String>> valueCache = new ConcurrentHashMap<>();
    /** Counts what invalidates cached values (stores, purges, declarations coming and going). */
    private final AtomicLong changes = new AtomicLong();

    /**
     * @param data  stored values
     * @param hooks bounded calls into plugins
     */
    @Activate
    public PluginRegistry(@Reference PluginData data, @Reference HookService hooks) {
        this.data = data;
        this.hooks = hooks;
    }

    private static <T> Owned<T> owned(ServiceReference<?> ref, T service) {
        String plugin = PluginNames.of(ref);
        if (plugin == null) {
            LOG.warn("{} service {} of bundle {} ignored: its bundle has no Bobine-Plugin header",
                service.getClass().getName(), ref.getProperty(Constants.SERVICE_ID), ref.getBundle().getSymbolicName());
            return null;
        }
        Object r = ref.getProperty(Constants.SERVICE_RANKING);
        return new Owned<>(plugin, ref.getBundle(), service, ((Number) ref.getProperty(Constants.SERVICE_ID)).longValue(),
            r instanceof Integer i ? i : 0);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDeclaration(ServiceReference<SettingsDeclaration> ref, SettingsDeclaration d) {
        Owned<SettingsDeclaration> o = owned(ref, d);
        if (o != null) {
            declarations.computeIfAbsent(o.plugin(), k -> new CopyOnWriteArrayList<>()).add(o);
            changes.incrementAndGet();
            valueCache.remove(o.plugin());
            // The plugin's listeners learn the defaults now that they are known.
            notifyListeners(o.plugin());
        }
    }

    void removeDeclaration(ServiceReference<SettingsDeclaration> ref, SettingsDeclaration d) {
        declarations.values().forEach(l -> l.removeIf(o -> o.service() == d));
        String plugin = PluginNames.of(ref);
        changes.incrementAndGet();
        if (plugin != null) {
            valueCache.remove(plugin);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(ServiceReference<SettingsListener> ref, SettingsListener l) {
        Owned<SettingsListener> o = owned(ref, l);
        if (o != null) {
            listeners.add(o);
            if (!declarations.getOrDefault(o.plugin(), List.of()).isEmpty()) {
                // Declared before this listener came: it learns the current values (defaults included) now.
                notifyListeners(o.plugin());
            }
        }
    }

    void removeListener(SettingsListener l) {
        listeners.removeIf(o -> o.service() == l);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRouter(ServiceReference<PluginRouter> ref, PluginRouter r) {
        Owned<PluginRouter> o = owned(ref, r);
        if (o != null && routers.putIfAbsent(o.plugin(), o) != null) {
            LOG.warn("Plugin {} registers a second router (service {}): only the first one is used", o.plugin(), o.serviceId());
        }
    }

    void removeRouter(PluginRouter r) {
        routers.values().removeIf(o -> o.service() == r);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAssets(ServiceReference<ClientAssets> ref, ClientAssets a) {
        Owned<ClientAssets> o = owned(ref, a);
        if (o != null) {
            assets.add(o);
        }
    }

    void removeAssets(ClientAssets a) {
        assets.removeIf(o -> o.service() == a);
    }

    /** @return the settings a running plugin declares, in order */
    public List<Setting> declared(String plugin) {
        List<Setting> all = new ArrayList<>();
        for (Owned<SettingsDeclaration> o : declarations.getOrDefault(plugin, List.of())) {
            try {
                all.addAll(hooks.bounded(() -> o.service().settings()));
            } catch (Exception e) {
                LOG.warn("Plugin {} failed to declare its settings", plugin, e);
            }
        }
        return all;
    }

    /** @return every declared setting's value, the default where none is stored, plus stored undeclared ones */
    public Map<String, String> values(String plugin) {
        Map<String, String> cached = valueCache.get(plugin);
        if (cached != null) {
            return cached;
        }
        // Computed outside the map: declared() calls into the plugin, which may itself read its settings.
        long generation = changes.get();
        Map<String, String> m = new LinkedHashMap<>();
        for (Setting s : declared(plugin)) {
            m.put(s.name(), s.defaultValue());
        }
        m.putAll(data.all(plugin, PluginDataEntity.SETTING));
        m.values().removeIf(Objects::isNull);
        Map<String, String> values = Collections.unmodifiableMap(m);
        if (changes.get() == generation) {
            // Kept only when nothing changed meanwhile (a store or a declaration would make it stale).
            valueCache.put(plugin, values);
        }
        return values;
    }

    /** Stores settings (already checked) and tells the plugin's listeners. */
    void store(String plugin, Map<String, String> values) {
        data.putAll(plugin, PluginDataEntity.SETTING, values);
        changes.incrementAndGet();
        valueCache.remove(plugin);
        notifyListeners(plugin);
    }

    /** Forgets cached values, after a purge. */
    void forget(String plugin) {
        changes.incrementAndGet();
        valueCache.remove(plugin);
    }

    private void notifyListeners(String plugin) {
        List<Owned<SettingsListener>> mine = listeners.stream().filter(o -> o.plugin().equals(plugin)).toList();
        if (mine.isEmpty()) {
            return;
        }
        hooks.background(() -> {
            Map<String, String> v = values(plugin);
            for (Owned<SettingsListener> o : mine) {
                try {
                    hooks.bounded(() -> {
                        o.service().settingsChanged(v);
                        return null;
                    });
                } catch (Exception e) {
                    LOG.warn("Settings listener of plugin {} failed", plugin, e);
                }
            }
        });
    }

    /** @return the router of a running plugin, or null */
    public Owned<PluginRouter> router(String plugin) {
        return routers.get(plugin);
    }

    /** @return the client assets of running plugins */
    public List<Owned<ClientAssets>> assets() {
        return List.copyOf(assets);
    }


    /** @return the bounded executor of plugin calls */
    public HookService hooks() {
        return hooks;
    }
}
