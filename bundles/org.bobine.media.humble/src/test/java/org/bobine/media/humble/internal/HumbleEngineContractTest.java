package org.bobine.media.humble.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bobine.media.api.EngineContract;
import org.bobine.media.api.TranscodingEngine;
import org.junit.jupiter.api.AfterEach;

/**
 * The engine contract on Humble Video, with clips made by the system's ffmpeg (Debian's {@code ffmpeg}
 * package; {@code BOBINE_TEST_FFMPEG} points to another one). Humble's native library comes from the arch
 * jar on the test class path, unpacked by Humble's own loader.
 */
class HumbleEngineContractTest extends EngineContract {

    static final String FFMPEG = System.getenv().getOrDefault("BOBINE_TEST_FFMPEG", "/usr/bin/ffmpeg");

    private final HumbleEngine engine = new HumbleEngine(0);

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
        return makeClip(file, seconds, width, height, audio);
    }

    /** Makes a clip as {@link EngineContract#clip} says, with the system's ffmpeg. */
    static Path makeClip(Path file, int seconds, int width, int height, boolean audio) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(FFMPEG, "-nostdin", "-y", "-v", "error"));
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
        run(cmd);
        return file;
    }

    static void run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(
            Path.of("/dev/null").toFile())).start();
        String log = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("ffmpeg could not make the clip: " + log);
        }
    }
}
