package org.bobine.core.impl.internal.service;

import java.util.List;
import org.bobine.instance.api.ConfigSection;
import org.bobine.video.api.media.TranscodingPipeline;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Whether a transcoding pipeline runs now (feature {@code bobine-transcoding} registers one), and so which
 * files uploads may be: PeerTube's video containers always, its other containers and audio files only with
 * transcoding (also told to clients in {@code /api/v1/config}). Tracks the pipeline as it comes and goes.
 */
@Component(service = {MediaPipeline.class, ConfigSection.class}, property = ConfigSection.KEY + "=video.file.extensions")
public class MediaPipeline implements ConfigSection {

    /** Video file extensions accepted without transcoding (PeerTube's list without transcoding). */
    static final List<String> VIDEO_EXTENSIONS = List.of(".webm", ".ogv", ".ogg", ".mp4", ".mkv", ".mov", ".m4v");

    /** With transcoding: PeerTube's additional video containers and its audio files too. */
    static final List<String> TRANSCODED_EXTENSIONS = List.of(".webm", ".ogv", ".ogg", ".mp4", ".mkv", ".mov", ".m4v",
        ".qt", ".mqv", ".flv", ".f4v", ".wmv", ".avi", ".3gp", ".3gpp", ".3g2", ".3gpp2", ".nut", ".mts", ".m2ts",
        ".mpv", ".m2v", ".m1v", ".mpg", ".mpe", ".mpeg", ".vob", ".mxf",
        ".mp3", ".wav", ".oga", ".m4a", ".flac", ".aac", ".opus", ".wma", ".ac3");

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    private volatile TranscodingPipeline pipeline;

    /** @return the pipeline running now, or null */
    TranscodingPipeline pipeline() {
        return pipeline;
    }

    /** @return the file extensions uploads may have now */
    List<String> accepted() {
        return pipeline != null ? TRANSCODED_EXTENSIONS : VIDEO_EXTENSIONS;
    }

    /** Tells the pipeline, if one runs, that a video waits. */
    void wakeUp() {
        TranscodingPipeline p = pipeline;
        if (p != null) {
            p.wakeUp();
        }
    }

    /** Tells the pipeline, if one runs, that a video is gone. */
    void deleted(long videoId) {
        TranscodingPipeline p = pipeline;
        if (p != null) {
            p.videoDeleted(videoId);
        }
    }

    /** @return PeerTube's {@code video.file.extensions} of {@code /api/v1/config}: what uploads may be now */
    @Override
    public Object value() {
        return accepted();
    }
}
