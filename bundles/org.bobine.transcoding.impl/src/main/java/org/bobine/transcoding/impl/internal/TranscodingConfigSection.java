package org.bobine.transcoding.impl.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bobine.instance.api.ConfigSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Section {@code transcoding} of {@code GET /api/v1/config} in PeerTube's shape, while the pipeline runs:
 * HLS on, web videos and remote runners as configured, the resolutions it makes. Without the pipeline the
 * core says transcoding is disabled.
 */
@Component(service = ConfigSection.class, property = ConfigSection.KEY + "=transcoding")
public class TranscodingConfigSection implements ConfigSection {

    private final TranscodingSettings settings;

    /** @param settings what the pipeline makes */
    @Activate
    public TranscodingConfigSection(@Reference TranscodingSettings settings) {
        this.settings = settings;
    }

    @Override
    public Object value() {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("hls", Map.of("enabled", true));
        t.put("web_videos", Map.of("enabled", settings.transcodingWebVideos()));
        t.put("enabledResolutions", settings.transcodingResolutions());
        t.put("profile", "default");
        t.put("availableProfiles", List.of("default"));
        t.put("remoteRunners", Map.of("enabled", !settings.remoteRunnerJobTypes().isEmpty()));
        return t;
    }
}
