package org.bobine.core.impl.internal.media;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bobine.core.impl.internal.service.Settings;
import org.bobine.media.api.EngineException;
import org.bobine.media.api.TranscodingEngine;
import org.bobine.media.api.TranscodingEngine.Capability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed transcoding engines and which one does what: the configured engine for every operation
 * it can do, another installed engine for the others (an engine without fragmented-MP4 HLS, such as
 * Humble Video, leaves HLS to ffmpeg). Engines come and go with their features.
 */
@Component(service = Engines.class)
public class Engines {

    private static final Logger LOG = LoggerFactory.getLogger(Engines.class);

    private final Settings settings;
    private final Map<String, TranscodingEngine> byName = new ConcurrentHashMap<>();
    private final Set<String> fallbacksLogged = ConcurrentHashMap.newKeySet();

    /** @param settings which engine is preferred */
    @Activate
    public Engines(@Reference Settings settings) {
        this.settings = settings;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void addEngine(TranscodingEngine engine) {
        byName.put(engine.name(), engine);
        fallbacksLogged.clear();
        LOG.info("Transcoding engine '{}' available: {}", engine.name(), engine.capabilities());
    }

    void removeEngine(TranscodingEngine engine) {
        byName.remove(engine.name(), engine);
        fallbacksLogged.clear();
        LOG.info("Transcoding engine '{}' gone", engine.name());
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
        TranscodingEngine preferred = byName.get(settings.transcodingEngine());
        if (preferred != null && preferred.capabilities().contains(capability)) {
            return preferred;
        }
        TranscodingEngine other = byName.values().stream().filter(e -> e.capabilities().contains(capability))
            .min(Comparator.comparing((TranscodingEngine e) -> !e.name().equals("ffmpeg")).thenComparing(TranscodingEngine::name))
            .orElse(null);
        if (other != null && fallbacksLogged.add(capability.name())) {
            LOG.info("{} is done by the '{}' engine: the configured engine '{}' {}", capability, other.name(),
                settings.transcodingEngine(), preferred == null ? "is not installed" : "cannot do it");
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
                ? "No transcoding engine is installed (feature bobine-transcoding)"
                : "No installed transcoding engine can do " + capability + " (installed: "
                + List.copyOf(byName.keySet()) + ")", "");
        }
        return e;
    }
}
