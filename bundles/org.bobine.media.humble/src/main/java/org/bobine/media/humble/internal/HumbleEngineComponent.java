package org.bobine.media.humble.internal;

import org.bobine.media.api.ForwardingEngine;
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
public class HumbleEngineComponent extends ForwardingEngine {

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
    protected TranscodingEngine delegate() {
        return engine;
    }
}
