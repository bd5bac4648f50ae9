package org.bobine.media.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Told how far an engine operation went; called from the engine's thread, must return quickly. */
@FunctionalInterface
@ConsumerType
public interface Progress {

    /** Ignores progress. */
    Progress NONE = fraction -> {
    };

    /**
     * @param fraction from 0 to 1
     */
    void update(double fraction);
}
