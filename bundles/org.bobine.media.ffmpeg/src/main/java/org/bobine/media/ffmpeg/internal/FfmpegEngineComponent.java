package org.bobine.media.ffmpeg.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.bobine.instance.api.InstanceService;
import org.bobine.media.api.ForwardingEngine;
import org.bobine.media.api.TranscodingEngine;
import org.bobine.media.ffmpeg.FfmpegEngine;
import org.bobine.media.ffmpeg.PinnedFfmpeg;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the ffmpeg engine. The pinned ffmpeg build travels inside this bundle; on first activation it
 * is extracted once into {@code <data>/tools/ffmpeg-<version>} (to a temporary folder, then renamed, so a
 * crash never leaves half a toolchain) and checked to run. A configured path to another build wins.
 */
@Component(service = TranscodingEngine.class, property = TranscodingEngine.ENGINE_NAME + "=ffmpeg",
    configurationPid = "org.bobine.media.ffmpeg", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = FfmpegConfig.class)
public class FfmpegEngineComponent extends ForwardingEngine {

    private static final Logger LOG = LoggerFactory.getLogger(FfmpegEngineComponent.class);

    private final FfmpegEngine engine;

    /**
     * @param context  this bundle, which carries the pinned build
     * @param instance the instance, for its data directory
     * @param config   the configuration
     * @throws Exception when no working ffmpeg can be found
     */
    @Activate
    public FfmpegEngineComponent(BundleContext context, @Reference InstanceService instance, FfmpegConfig config)
        throws Exception {
        String ffmpegPath = pick("BOBINE_FFMPEG", config.ffmpegPath());
        String ffprobePath = pick("BOBINE_FFPROBE", config.ffprobePath());
        Path ffmpeg;
        Path ffprobe;
        Map<String, String> env = Map.of();
        if (!ffmpegPath.isEmpty() && !ffprobePath.isEmpty()) {
            ffmpeg = Paths.get(ffmpegPath);
            ffprobe = Paths.get(ffprobePath);
        } else {
            String version = context.getBundle().getHeaders().get("Bobine-Ffmpeg-Version");
            Path target = instance.dataDirectory().resolve("tools").resolve("ffmpeg-" + version);
            boolean fresh = !Files.isDirectory(target);
            Path dir = PinnedFfmpeg.extract(entries(context), target);
            if (fresh) {
                LOG.info("Extracted the pinned ffmpeg build into {}", dir);
            }
            ffmpeg = dir.resolve("ffmpeg");
            ffprobe = dir.resolve("ffprobe");
            env = Map.of("LD_LIBRARY_PATH", dir.toString());
        }
        this.engine = new FfmpegEngine(ffmpeg, ffprobe, env, config.threads());
        LOG.info("Transcoding engine ffmpeg ready: {} ({})", ffmpeg, engine.version());
    }

    private static String pick(String variable, String configured) {
        String v = System.getenv(variable);
        return v != null && !v.isBlank() ? v.trim() : configured == null ? "" : configured.trim();
    }

    /** The build's files inside this bundle, for {@link PinnedFfmpeg#extract}. */
    private static List<PinnedFfmpeg.Entry> entries(BundleContext context) {
        List<PinnedFfmpeg.Entry> files = new ArrayList<>();
        Enumeration<URL> entries = context.getBundle().findEntries(PinnedFfmpeg.NATIVE, "*", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            files.add(new PinnedFfmpeg.Entry() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public InputStream open() throws IOException {
                    return url.openStream();
                }
            });
        }
        return files;
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
