package org.bobine.media.humble.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.bobine.media.api.MediaInfo;
import org.bobine.media.api.Progress;
import org.bobine.media.api.Rendition;
import org.bobine.media.api.TranscodingEngine;

/**
 * Not a test: the timed part of {@code bench/transcoding-humble.sh}. Runs one {@code webVideo} call of the
 * Humble engine or of the ffmpeg engine (built by reflection from its bundle on the class path, so this module
 * does not depend on it) and prints its wall time, the output's size and what a probe sees in it. A probe of
 * the input first loads Humble's native library, or runs the pinned ffprobe once, outside the clock.
 *
 * <p>Arguments: {@code humble|ffmpeg input output height [directory of the pinned ffmpeg build]}.
 */
public final class EngineBench {

    private EngineBench() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[1]);
        Path output = Path.of(args[2]);
        int height = Integer.parseInt(args[3]);
        TranscodingEngine engine;
        if (args[0].equals("humble")) {
            engine = new HumbleEngine(0);
        } else {
            Path dir = Path.of(args[4]);
            engine = (TranscodingEngine) Class.forName("org.bobine.media.ffmpeg.internal.FfmpegEngine")
                .getConstructor(Path.class, Path.class, Map.class, int.class)
                .newInstance(dir.resolve("ffmpeg"), dir.resolve("ffprobe"), Map.of("LD_LIBRARY_PATH", dir.toString()), 0);
        }
        engine.probe(input, Duration.ofMinutes(1));
        long start = System.nanoTime();
        engine.webVideo(input, Rendition.of(height), output, Progress.NONE, Duration.ofHours(1));
        double seconds = (System.nanoTime() - start) / 1e9;
        MediaInfo info = engine.probe(output, Duration.ofMinutes(1));
        System.out.printf(Locale.ROOT, "%.2f %d %dx%d %.2f%n", seconds, Files.size(output), info.width(), info.height(),
            info.durationSeconds());
    }
}
