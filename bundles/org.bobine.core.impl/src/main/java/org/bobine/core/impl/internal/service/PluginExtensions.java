package org.bobine.core.impl.internal.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bobine.sdk.access.VideoAccessGuard;
import org.bobine.sdk.plugin.PluginSettings;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's access guards of a privacy (the password of privacy 5), which the core runs itself, tracked as
 * whiteboard services of plugin bundles (those with a {@code Bobine-Plugin} header) as they come and go. The
 * highest ranking wins, then the oldest.
 */
@Component(service = PluginExtensions.class, immediate = true)
public class PluginExtensions {

    private static final Logger LOG = LoggerFactory.getLogger(PluginExtensions.class);

    private record Ranked<T>(T service, long id, int ranking) {
    }

    private static final Comparator<Ranked<?>> ORDER = Comparator.<Ranked<?>>comparingInt(r -> -r.ranking())
        .thenComparingLong(Ranked::id);

    private final Map<Integer, List<Ranked<VideoAccessGuard>>> guards = new ConcurrentHashMap<>();

    private static <T> Ranked<T> ranked(ServiceReference<?> ref, T service) {
        if (ref.getBundle() == null || ref.getBundle().getHeaders("").get(PluginSettings.PLUGIN_HEADER) == null) {
            LOG.warn("{} service {} of bundle {} ignored: its bundle has no {} header", service.getClass().getName(),
                ref.getProperty(Constants.SERVICE_ID), ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName(),
                PluginSettings.PLUGIN_HEADER);
            return null;
        }
        Object r = ref.getProperty(Constants.SERVICE_RANKING);
        return new Ranked<>(service, ((Number) ref.getProperty(Constants.SERVICE_ID)).longValue(), r instanceof Integer i ? i : 0);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addGuard(ServiceReference<VideoAccessGuard> ref, VideoAccessGuard g) {
        Object p = ref.getProperty(VideoAccessGuard.GUARDED_PRIVACY);
        if (!(p instanceof Integer privacy)) {
            LOG.warn("Access guard service {} ignored: it needs the Integer property {}", ref.getProperty(Constants.SERVICE_ID),
                VideoAccessGuard.GUARDED_PRIVACY);
            return;
        }
        Ranked<VideoAccessGuard> r = ranked(ref, g);
        if (r != null) {
            guards.computeIfAbsent(privacy, k -> new CopyOnWriteArrayList<>()).add(r);
        }
    }

    void removeGuard(VideoAccessGuard g) {
        guards.values().forEach(l -> l.removeIf(r -> r.service() == g));
    }

    /**
     * @param privacy a privacy id
     * @return the guard deciding who may see videos of that privacy now, or null when no plugin guards it
     */
    VideoAccessGuard guard(int privacy) {
        return guards.getOrDefault(privacy, List.of()).stream().min(ORDER).map(Ranked::service).orElse(null);
    }
}
