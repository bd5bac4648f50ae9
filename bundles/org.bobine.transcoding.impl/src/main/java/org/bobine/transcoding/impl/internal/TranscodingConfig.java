package org.bobine.transcoding.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the transcoding pipeline, PID {@code org.bobine.transcoding}
 * (etc/org.bobine.transcoding.cfg). Each value an operator sets in a container can be overridden from the
 * environment: the variable named in its description wins over the file.
 */
@ObjectClassDefinition(name = "Bobine transcoding", description = "Renditions made of uploads, and who makes them")
@interface TranscodingConfig {

    @AttributeDefinition(description = "HLS resolutions to transcode to (heights), never above the input's")
    int[] resolutions() default {240, 360, 480, 720, 1080};

    @AttributeDefinition(description = "Also keep the input's own resolution when it is not in the list")
    boolean keepOriginalResolution() default true;

    @AttributeDefinition(description = "Transcoding jobs run at once; 0 for one less than the cores, at least 1. Env: BOBINE_TRANSCODING_CONCURRENCY")
    int concurrency() default 0;

    @AttributeDefinition(description = "Also make a faststart MP4 per resolution, with its torrent, replacing the original file. Env: BOBINE_TRANSCODING_WEB_VIDEOS")
    boolean webVideos() default false;

    @AttributeDefinition(description = "Name of the preferred transcoding engine (ffmpeg, humble); operations it cannot do fall back to another engine. Env: BOBINE_TRANSCODING_ENGINE")
    String engine() default "ffmpeg";

    @AttributeDefinition(description = "Runner job types handed to remote runners instead of local workers, comma separated: vod-hls-transcoding, vod-web-video-transcoding, vod-audio-merge-transcoding; empty for none. Env: BOBINE_RUNNER_JOB_TYPES")
    String remoteRunnerJobTypes() default "";

    @AttributeDefinition(description = "Seconds without news from a runner after which its job goes back to the queue. Env: BOBINE_RUNNER_STALL_SECONDS")
    int runnerStallSeconds() default 120;
}
