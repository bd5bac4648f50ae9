package org.bobine.transcoding.impl.internal;

import org.bobine.media.api.EngineException;
import org.bobine.media.api.EngineSet;
import org.bobine.media.api.TranscodingEngine;
import org.bobine.media.api.TranscodingEngine.Capability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The installed transcoding engines and which one does what for the pipeline: the configured engine
 * ({@code engine} of {@code org.bobine.transcoding}) for every operation it can do, another one for the
 * others. Engines come and go with their features.
 */
@Component(service = Engines.class)
public class Engines {

    private final EngineSet engines;

    /** @param settings which engine is preferred */
    @Activate
    public Engines(@Reference TranscodingSettings settings) {
        this.engines = new EngineSet(settings::transcodingEngine);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void addEngine(TranscodingEngine engine) {
        engines.add(engine);
    }

    void removeEngine(TranscodingEngine engine) {
        engines.remove(engine);
    }

    /** @return whether any engine is installed */
    boolean any() {
        return engines.any();
    }

    /**
     * @param capability what must be done
     * @return the engine that does it, or null when no installed engine can
     */
    TranscodingEngine find(Capability capability) {
        return engines.find(capability);
    }

    /**
     * @param capability what must be done
     * @return the engine that does it
     * @throws EngineException FAILED (worth waiting for an engine) when no installed engine can
     */
    TranscodingEngine require(Capability capability) throws EngineException {
        return engines.require(capability);
    }
}
