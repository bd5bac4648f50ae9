package org.bobine.media.humble.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the Humble Video engine, PID {@code org.bobine.media.humble}. */
@ObjectClassDefinition(name = "Bobine Humble Video engine", description = "How the in-JVM Humble Video engine runs")
@interface HumbleConfig {

    @AttributeDefinition(description = "Decoding and encoding threads per operation, 0 for FFmpeg's choice (one per core)")
    int threads() default 0;
}
