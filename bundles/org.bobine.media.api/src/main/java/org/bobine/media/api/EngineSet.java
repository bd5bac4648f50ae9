package org.bobine.media.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.bobine.media.api.TranscodingEngine.Capability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed engines and which one does what, for a component that tracks {@link TranscodingEngine}
 * services (its bind and unbind methods call {@link #add} and {@link #remove}): the preferred engine for every
 * operation it can do, another installed engine for the others, ffmpeg first (an engine without
 * fragmented-MP4 HLS, such as Humble Video, leaves HLS to ffmpeg). Thread-safe.
 *
 * @since 1.4
 */
public final class EngineSet {

    private static final Logger LOG = LoggerFactory.getLogger(EngineSet.class);

    private final Supplier<String> preferred;
    private final Map<String, TranscodingEngine> byName = new ConcurrentHashMap<>();
    private final Set<String> fallbacksLogged = ConcurrentHashMap.newKeySet();

    /** @param preferred the name of the engine to use where it can, read at each choice */
    public EngineSet(Supplier<String> preferred) {
        this.preferred = preferred;
    }

    /** @param engine an engine that arrived */
    public void add(TranscodingEngine engine) {
        byName.put(engine.name(), engine);
        fallbacksLogged.clear();
        LOG.info("Transcoding engine '{}' available: {}", engine.name(), engine.capabilities());
    }

    /** @param engine an engine that went away */
    public void remove(TranscodingEngine engine) {
        if (byName.remove(engine.name(), engine)) {
            fallbacksLogged.clear();
            LOG.info("Transcoding engine '{}' gone", engine.name());
        }
    }

    /** @return whether any engine is installed */
    public boolean any() {
        return !byName.isEmpty();
    }

    /**
     * @param capability what must be done
     * @return the engine that does it, or null when no installed engine can
     */
    public TranscodingEngine find(Capability capability) {
        String name = preferred.get();
        TranscodingEngine first = byName.get(name);
        if (first != null && first.capabilities().contains(capability)) {
            return first;
        }
        TranscodingEngine other = byName.values().stream().filter(e -> e.capabilities().contains(capability))
            .min(Comparator.comparing((TranscodingEngine e) -> !e.name().equals("ffmpeg")).thenComparing(TranscodingEngine::name))
            .orElse(null);
        if (other != null && fallbacksLogged.add(capability.name())) {
            LOG.info("{} is done by the '{}' engine: the preferred engine '{}' {}", capability, other.name(), name,
                first == null ? "is not installed" : "cannot do it");
        }
        return other;
    }

    /**
     * @param capability what must be done
     * @return the engine that does it
     * @throws EngineException FAILED (worth waiting for an engine) when no installed engine can
     */
    public TranscodingEngine require(Capability capability) throws EngineException {
        TranscodingEngine e = find(capability);
        if (e == null) {
            throw new EngineException(EngineException.Kind.FAILED, byName.isEmpty()
                ? "No transcoding engine is installed (feature bobine-media)"
                : "No installed transcoding engine can do " + capability + " (installed: "
                + List.copyOf(byName.keySet()) + ")", "");
        }
        return e;
    }
}
