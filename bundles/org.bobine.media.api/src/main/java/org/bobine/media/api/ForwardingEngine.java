package org.bobine.media.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * An engine that hands every operation to another: what an engine's OSGi component extends when the engine
 * itself is a plain class (usable outside OSGi, as {@code bobine-runner} does), so that an operation added to
 * {@link TranscodingEngine} is forwarded in one place rather than forgotten in one component.
 */
public abstract class ForwardingEngine implements TranscodingEngine {

    /** @return the engine that does the work */
    protected abstract TranscodingEngine delegate();

    @Override
    public String name() {
        return delegate().name();
    }

    @Override
    public Set<Capability> capabilities() {
        return delegate().capabilities();
    }

    @Override
    public MediaInfo probe(Path input, Duration timeout) throws EngineException {
        return delegate().probe(input, timeout);
    }

    @Override
    public void thumbnail(Path input, double atSeconds, int width, int height, Path output, Duration timeout)
        throws EngineException {
        delegate().thumbnail(input, atSeconds, width, height, output, timeout);
    }

    @Override
    public void webVideo(Path input, Rendition rendition, Path output, Progress progress, Duration timeout)
        throws EngineException {
        delegate().webVideo(input, rendition, output, progress, timeout);
    }

    @Override
    public void hlsRendition(Path input, Rendition rendition, Path directory, String name, int segmentSeconds,
                             Progress progress, Duration timeout) throws EngineException {
        delegate().hlsRendition(input, rendition, directory, name, segmentSeconds, progress, timeout);
    }

    @Override
    public void audioMerge(Path audio, Path image, Rendition rendition, Path output, Progress progress,
                           Duration timeout) throws EngineException {
        delegate().audioMerge(audio, image, rendition, output, progress, timeout);
    }
}
