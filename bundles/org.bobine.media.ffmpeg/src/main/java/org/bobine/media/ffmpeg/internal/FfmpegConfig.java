package org.bobine.media.ffmpeg.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the ffmpeg engine, PID {@code org.bobine.media.ffmpeg}. */
@ObjectClassDefinition(name = "Bobine ffmpeg engine", description = "Where ffmpeg and ffprobe come from and how they run")
@interface FfmpegConfig {

    @AttributeDefinition(description = "Path of an ffmpeg executable to use instead of the pinned build shipped with Bobine. Env: BOBINE_FFMPEG")
    String ffmpegPath() default "";

    @AttributeDefinition(description = "Path of an ffprobe executable to use instead of the pinned build. Env: BOBINE_FFPROBE")
    String ffprobePath() default "";

    @AttributeDefinition(description = "Encoder threads per ffmpeg process, 0 for ffmpeg's choice")
    int threads() default 0;
}
