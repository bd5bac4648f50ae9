package org.bobine.media.humble.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.bobine.media.api.EngineException;
import org.bobine.media.api.MediaInfo;
import org.bobine.media.api.Progress;
import org.bobine.media.api.Rendition;
import org.bobine.media.api.TranscodingEngine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the Humble Video engine. Humble's classes and its native library travel inside this bundle,
 * declared in {@code Bundle-NativeCode}: the framework extracts the library into its bundle cache, and
 * {@code System.loadLibrary} called from a class of this bundle finds it there (Humble's own loader first
 * searches jar manifests and the library path, then falls back to the same call). Loading it here, before any
 * Humble class, gives a platform without the library one clear error at activation.
 */
@Component(service = TranscodingEngine.class, property = TranscodingEngine.ENGINE_NAME + "=humble",
    configurationPid = "org.bobine.media.humble", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = HumbleConfig.class)
public class HumbleEngineComponent implements TranscodingEngine {

    private static final Logger LOG = LoggerFactory.getLogger(HumbleEngineComponent.class);
    private static final String LIBRARY = "humblevideo";

    private final HumbleEngine engine;

    /**
     * @param config the configuration
     */
    @Activate
    public HumbleEngineComponent(HumbleConfig config) {
        try {
            System.loadLibrary(LIBRARY);
        } catch (UnsatisfiedLinkError e) {
            throw new IllegalStateException("Humble Video's native library does not load on this platform ("
                + System.getProperty("os.name") + ", " + System.getProperty("os.arch")
                + "; it exists for Linux x86-64 only): " + e.getMessage(), e);
        }
        this.engine = new HumbleEngine(config.threads());
        LOG.info("Transcoding engine humble ready: {}", engine.version());
    }

    @Deactivate
    void close() {
        engine.close();
    }

    @Override
    public String name() {
        return engine.name();
    }

    @Override
    public Set<Capability> capabilities() {
        return engine.capabilities();
    }

    @Override
    public MediaInfo probe(Path input, Duration timeout) throws EngineException {
        return engine.probe(input, timeout);
    }

    @Override
    public void thumbnail(Path input, double atSeconds, int width, int height, Path output, Duration timeout)
        throws EngineException {
        engine.thumbnail(input, atSeconds, width, height, output, timeout);
    }

    @Override
    public void webVideo(Path input, Rendition rendition, Path output, Progress progress, Duration timeout)
        throws EngineException {
        engine.webVideo(input, rendition, output, progress, timeout);
    }

    @Override
    public void hlsRendition(Path input, Rendition rendition, Path directory, String name, int segmentSeconds,
                             Progress progress, Duration timeout) throws EngineException {
        engine.hlsRendition(input, rendition, directory, name, segmentSeconds, progress, timeout);
    }

    @Override
    public void audioMerge(Path audio, Path image, Rendition rendition, Path output, Progress progress,
                           Duration timeout) throws EngineException {
        engine.audioMerge(audio, image, rendition, output, progress, timeout);
    }
}
