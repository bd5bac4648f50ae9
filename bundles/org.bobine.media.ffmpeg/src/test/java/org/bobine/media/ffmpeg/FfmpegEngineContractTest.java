package org.bobine.media.ffmpeg;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bobine.media.api.EngineContract;
import org.bobine.media.api.MediaInfo;
import org.bobine.media.api.Progress;
import org.bobine.media.api.Rendition;
import org.bobine.media.api.TranscodingEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The engine contract, on the pinned ffmpeg build unpacked by this module's build. */
class FfmpegEngineContractTest extends EngineContract {

    static final Path NATIVE = Paths.get(System.getProperty("bobine.ffmpeg.native",
        "target/native/org/bytedeco/ffmpeg/linux-x86_64-gpl"));

    private final FfmpegEngine engine = create();

    static FfmpegEngine create() {
        NATIVE.resolve("ffmpeg").toFile().setExecutable(true);
        NATIVE.resolve("ffprobe").toFile().setExecutable(true);
        return new FfmpegEngine(NATIVE.resolve("ffmpeg"), NATIVE.resolve("ffprobe"),
            Map.of("LD_LIBRARY_PATH", NATIVE.toString()), 0);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Override
    protected TranscodingEngine engine() {
        return engine;
    }

    @Override
    protected Path clip(Path file, int seconds, int width, int height, boolean audio) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(NATIVE.resolve("ffmpeg").toString(), "-nostdin", "-y", "-v", "error"));
        if (width > 0) {
            cmd.addAll(List.of("-f", "lavfi", "-i", "testsrc2=size=" + width + "x" + height + ":rate=25"));
        }
        if (audio) {
            cmd.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100"));
        }
        cmd.addAll(List.of("-t", String.valueOf(seconds)));
        if (width > 0) {
            cmd.addAll(List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"));
        }
        if (audio) {
            cmd.addAll(List.of("-c:a", "aac"));
        }
        cmd.add(file.toString());
        Processes.Result r = new Processes(Map.of("LD_LIBRARY_PATH", NATIVE.toString()))
            .run(cmd, Duration.ofMinutes(2), null);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("ffmpeg could not make the clip: " + r.log());
        }
        return file;
    }

    @Test
    void aPortraitVideoIsScaledByItsWidthAsPeerTubeCountsResolutions() throws Exception {
        Path clip = clip(tmp.resolve("portrait.mp4"), 2, 360, 640, true);
        Path out = tmp.resolve("portrait-240.mp4");
        engine().webVideo(clip, Rendition.of(240), out, Progress.NONE, BOUND);
        MediaInfo info = engine().probe(out, BOUND);
        Assertions.assertEquals(240, info.width());
        Assertions.assertEquals(426, info.height(), 2);
        Assertions.assertEquals(240, info.resolution());
    }
}
