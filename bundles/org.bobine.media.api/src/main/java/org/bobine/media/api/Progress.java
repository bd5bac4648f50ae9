package org.bobine.media.api;

/** Told how far an engine operation went; called from the engine's thread, must return quickly. */
@FunctionalInterface
public interface Progress {

    /** Ignores progress. */
    Progress NONE = fraction -> {
    };

    /**
     * @param fraction from 0 to 1
     */
    void update(double fraction);
}
