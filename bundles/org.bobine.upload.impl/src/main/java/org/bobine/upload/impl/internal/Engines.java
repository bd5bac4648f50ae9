package org.bobine.upload.impl.internal;

import org.bobine.media.api.EngineSet;
import org.bobine.media.api.TranscodingEngine;
import org.bobine.media.api.TranscodingEngine.Capability;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The engines uploads use: probing what arrives and making thumbnails and previews (ffmpeg first).
 * Engines come and go with their features ({@code bobine-media}); renditions are the transcoding pipeline's.
 */
@Component(service = Engines.class)
public class Engines {

    private final EngineSet engines = new EngineSet(() -> "ffmpeg");

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void addEngine(TranscodingEngine engine) {
        engines.add(engine);
    }

    void removeEngine(TranscodingEngine engine) {
        engines.remove(engine);
    }

    /**
     * @param capability what must be done
     * @return the engine that does it, or null when no installed engine can
     */
    public TranscodingEngine find(Capability capability) {
        return engines.find(capability);
    }
}
