package org.bobine.media.humble.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.bobine.media.api.EngineException;
import org.bobine.media.api.MediaInfo;
import org.bobine.media.api.Progress;
import org.bobine.media.api.Rendition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the contract does not cover: cancellation leftovers, rotation, waveforms, frame-rate fractions. */
class HumbleEngineTest {

    private static final Duration BOUND = Duration.ofMinutes(2);

    @TempDir
    Path tmp;

    private final HumbleEngine engine = new HumbleEngine(0);

    @AfterEach
    void close() {
        engine.close();
    }

    private List<String> files() throws Exception {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anInterruptCancelsTheEncodeAndLeavesNoFileBehind() throws Exception {
        Path clip = HumbleEngineContractTest.makeClip(tmp.resolve("a.mp4"), 10, 640, 360, true);
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean flagKept = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            try {
                engine.webVideo(clip, Rendition.of(360), tmp.resolve("out.mp4"), f -> started.countDown(), BOUND);
            } catch (Throwable t) {
                thrown.set(t);
                flagKept.set(Thread.currentThread().isInterrupted());
            }
        });
        worker.start();
        assertTrue(started.await(1, TimeUnit.MINUTES), "progress was told");
        worker.interrupt();
        worker.join(30_000);
        EngineException e = (EngineException) thrown.get();
        assertEquals(EngineException.Kind.CANCELLED, e.kind());
        assertTrue(flagKept.get(), "the interrupt is given back to the caller's thread");
        assertEquals(List.of("a.mp4"), files());
    }

    @Test
    void anOperationPastItsBoundLeavesNoFileBehind() throws Exception {
        Path clip = HumbleEngineContractTest.makeClip(tmp.resolve("a.mp4"), 6, 640, 360, true);
        EngineException e = assertThrows(EngineException.class, () -> engine.webVideo(clip, Rendition.of(360),
            tmp.resolve("out.mp4"), Progress.NONE, Duration.ofMillis(500)));
        assertEquals(EngineException.Kind.CANCELLED, e.kind());
        assertEquals(List.of("a.mp4"), files());
    }

    @Test
    void whatIsNotMediaIsRefusedWithoutAnOutput() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.mp4"), "not a video at all", StandardCharsets.UTF_8);
        EngineException e = assertThrows(EngineException.class, () -> engine.webVideo(text, Rendition.of(240),
            tmp.resolve("out.mp4"), Progress.NONE, BOUND));
        assertEquals(EngineException.Kind.INVALID_INPUT, e.kind());
        e = assertThrows(EngineException.class, () -> engine.thumbnail(text, 0, 100, 100, tmp.resolve("t.jpg"), BOUND));
        assertEquals(EngineException.Kind.INVALID_INPUT, e.kind());
        assertEquals(List.of("notes.mp4"), files());
    }

    @Test
    void hlsIsUnsupportedSoThePipelineCanFallBack() {
        EngineException e = assertThrows(EngineException.class, () -> engine.hlsRendition(tmp.resolve("a.mp4"),
            Rendition.of(240), tmp, "240", 4, Progress.NONE, BOUND));
        assertEquals(EngineException.Kind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage().contains("HLS"), e.getMessage());
    }

    @Test
    void aRotatedPhoneVideoComesOutUpright() throws Exception {
        Path clip = HumbleEngineContractTest.makeClip(tmp.resolve("a.mp4"), 2, 640, 360, true);
        Path rotated = tmp.resolve("rotated.mp4");
        HumbleEngineContractTest.run(List.of(HumbleEngineContractTest.FFMPEG, "-nostdin", "-y", "-v", "error",
            "-i", clip.toString(), "-c", "copy", "-metadata:s:v:0", "rotate=90", rotated.toString()));
        MediaInfo info = engine.probe(rotated, BOUND);
        assertEquals(360, info.width());
        assertEquals(640, info.height());
        Path out = tmp.resolve("out.mp4");
        engine.webVideo(rotated, Rendition.of(240), out, Progress.NONE, BOUND);
        MediaInfo result = engine.probe(out, BOUND);
        assertEquals(0, result.rotation());
        assertEquals(240, result.height());
        assertEquals(136, result.width());
    }

    @Test
    void anAudioFileGetsAPictureOfItsWaveform() throws Exception {
        Path audio = HumbleEngineContractTest.makeClip(tmp.resolve("a.m4a"), 2, 0, 0, true);
        Path out = tmp.resolve("wave.jpg");
        engine.thumbnail(audio, 1.0, 280, 157, out, BOUND);
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(280, image.getWidth());
        assertEquals(157, image.getHeight());
        int middle = image.getRGB(140, 78);
        int corner = image.getRGB(2, 2);
        assertTrue(((middle >> 16) & 0xff) > 180, "the wave is drawn in orange: " + Integer.toHexString(middle));
        assertTrue(((corner >> 16) & 0xff) < 80, "over a dark background: " + Integer.toHexString(corner));
    }

    @Test
    void anAudioMergeRefusesWhatIsNotAnImage() throws Exception {
        Path audio = HumbleEngineContractTest.makeClip(tmp.resolve("a.m4a"), 1, 0, 0, true);
        Path image = Files.writeString(tmp.resolve("still.jpg"), "no picture", StandardCharsets.UTF_8);
        EngineException e = assertThrows(EngineException.class, () -> engine.audioMerge(audio, image,
            Rendition.of(480), tmp.resolve("out.mp4"), Progress.NONE, BOUND));
        assertEquals(EngineException.Kind.INVALID_INPUT, e.kind());
        assertEquals(List.of("a.m4a", "still.jpg"), files());
    }

    @Test
    void usualFrameRatesStayExactFractions() {
        assertEquals(new Fps(25, 1), Fps.of(25));
        assertEquals(new Fps(30000, 1001), Fps.of(29.97));
        assertEquals(new Fps(24000, 1001), Fps.of(23.976));
        assertEquals(new Fps(12500, 1000), Fps.of(12.5));
    }

    @Test
    void sizesAreEven() {
        assertEquals(426, HumbleEngine.even(640 * 240 / 360.0));
        assertEquals(2, HumbleEngine.even(0.4));
    }
}
