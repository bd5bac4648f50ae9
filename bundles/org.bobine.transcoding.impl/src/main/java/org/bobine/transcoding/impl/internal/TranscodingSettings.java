package org.bobine.transcoding.impl.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.bobine.instance.api.InstanceService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The pipeline's settings from {@code etc/org.bobine.transcoding.cfg} overridden by {@code BOBINE_*}
 * variables, checked once. A change of the configuration restarts the pipeline's components only (jobs that
 * were running go back to the queue), never the core.
 */
@Component(service = TranscodingSettings.class, configurationPid = "org.bobine.transcoding",
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = TranscodingConfig.class)
public class TranscodingSettings {

    /** The runner job types Bobine hands out (PeerTube's names). */
    static final List<String> RUNNER_JOB_TYPES = List.of(RunnerJobs.HLS, RunnerJobs.WEB_VIDEO, RunnerJobs.AUDIO_MERGE);

    private final InstanceService instance;
    private final List<Integer> resolutions;
    private final boolean keepOriginalResolution;
    private final int concurrency;
    private final boolean webVideos;
    private final String engine;
    private final Set<String> remoteRunnerJobTypes;
    private final int runnerStallSeconds;

    /**
     * @param config   the configuration
     * @param instance the public URL and data directory
     */
    @Activate
    public TranscodingSettings(TranscodingConfig config, @Reference InstanceService instance) {
        this(config, instance, System::getenv);
    }

    TranscodingSettings(TranscodingConfig config, InstanceService instance, Function<String, String> env) {
        this.instance = instance;
        this.resolutions = Arrays.stream(config.resolutions()).filter(r -> r > 0).sorted().distinct().boxed().toList();
        this.keepOriginalResolution = config.keepOriginalResolution();
        int n = Integer.parseInt(pick(env, "BOBINE_TRANSCODING_CONCURRENCY", String.valueOf(config.concurrency())));
        this.concurrency = n > 0 ? n : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        this.webVideos = Boolean.parseBoolean(pick(env, "BOBINE_TRANSCODING_WEB_VIDEOS", String.valueOf(config.webVideos())));
        this.engine = pick(env, "BOBINE_TRANSCODING_ENGINE", config.engine());
        Set<String> types = new TreeSet<>();
        for (String t : pick(env, "BOBINE_RUNNER_JOB_TYPES", config.remoteRunnerJobTypes()).split(",")) {
            if (t.isBlank()) {
                continue;
            }
            if (!RUNNER_JOB_TYPES.contains(t.trim())) {
                throw new IllegalArgumentException("Unknown runner job type '" + t.trim() + "', expected one of "
                    + RUNNER_JOB_TYPES);
            }
            types.add(t.trim());
        }
        this.remoteRunnerJobTypes = Collections.unmodifiableSet(types);
        this.runnerStallSeconds = Math.max(5, Integer.parseInt(pick(env, "BOBINE_RUNNER_STALL_SECONDS",
            String.valueOf(config.runnerStallSeconds()))));
    }

    private static String pick(Function<String, String> env, String variable, String configured) {
        String v = env.apply(variable);
        return v != null && !v.isBlank() ? v.trim() : configured == null ? "" : configured.trim();
    }

    /** @return the instance's public base URL */
    String publicUrl() {
        return instance.publicUrl();
    }

    /** @return the HLS heights to transcode to, ascending */
    List<Integer> transcodingResolutions() {
        return resolutions;
    }

    /** @return whether the input's own resolution is kept when not in the list */
    boolean transcodingKeepOriginalResolution() {
        return keepOriginalResolution;
    }

    /** @return how many jobs run at once, 1 or more */
    int transcodingConcurrency() {
        return concurrency;
    }

    /** @return whether jobs also make web-video MP4s (with torrents) that replace the original file */
    boolean transcodingWebVideos() {
        return webVideos;
    }

    /** @return the name of the preferred engine */
    String transcodingEngine() {
        return engine;
    }

    /** @return the runner job types that go to remote runners rather than to local workers */
    Set<String> remoteRunnerJobTypes() {
        return remoteRunnerJobTypes;
    }

    /** @return seconds without news from a runner after which its job is given to another */
    int runnerStallSeconds() {
        return runnerStallSeconds;
    }
}
