package org.bobine.media.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every {@link TranscodingEngine} passes, on small generated clips. An engine module extends
 * it, gives its engine and a way to make clips (testsrc2 + sine), and runs it with its unit tests.
 * Operations outside an engine's capabilities must fail with {@link EngineException.Kind#UNSUPPORTED}.
 */
public abstract class EngineContract {

    /** Generous bound for operations on clips of a few seconds. */
    protected static final Duration BOUND = Duration.ofMinutes(2);

    @TempDir
    protected Path tmp;

    /** @return the engine under test */
    protected abstract TranscodingEngine engine();

    /**
     * Makes a clip: testsrc2 video (if width > 0) and a sine tone (if audio), MP4 with the moov atom at the
     * end (not faststart), H.264 and AAC.
     *
     * @param file    where to write it
     * @param seconds duration
     * @param width   width, 0 for audio only (then an .m4a is fine)
     * @param height  height
     * @param audio   whether to add audio
     * @return the file
     * @throws Exception when the clip cannot be made
     */
    protected abstract Path clip(Path file, int seconds, int width, int height, boolean audio) throws Exception;

    private boolean can(TranscodingEngine.Capability c) {
        return engine().capabilities().contains(c);
    }

    @Test
    void probeReadsDurationResolutionFrameRateAndCodecs() throws Exception {
        Path clip = clip(tmp.resolve("a.mp4"), 3, 320, 240, true);
        MediaInfo info = engine().probe(clip, BOUND);
        assertEquals(3.0, info.durationSeconds(), 0.2);
        assertEquals(320, info.width());
        assertEquals(240, info.height());
        assertEquals(240, info.resolution());
        assertEquals(25.0, info.fps(), 0.01);
        assertEquals("h264", info.videoCodec());
        assertEquals("aac", info.audioCodec());
        assertTrue(info.hasVideo() && info.hasAudio());
    }

    @Test
    void probeSeesAudioOnlyFiles() throws Exception {
        Path clip = clip(tmp.resolve("a.m4a"), 2, 0, 0, true);
        MediaInfo info = engine().probe(clip, BOUND);
        assertFalse(info.hasVideo());
        assertTrue(info.hasAudio());
        assertEquals(0, info.resolution());
    }

    @Test
    void probeRefusesWhatIsNotMedia() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.mp4"), "not a video at all", StandardCharsets.UTF_8);
        EngineException e = assertThrows(EngineException.class, () -> engine().probe(text, BOUND));
        assertEquals(EngineException.Kind.INVALID_INPUT, e.kind());
    }

    @Test
    void probeRefusesATruncatedFile() throws Exception {
        byte[] whole = Files.readAllBytes(clip(tmp.resolve("whole.mp4"), 3, 320, 240, true));
        Path cut = Files.write(tmp.resolve("cut.mp4"), Arrays.copyOf(whole, whole.length / 2));
        EngineException e = assertThrows(EngineException.class, () -> engine().probe(cut, BOUND));
        assertEquals(EngineException.Kind.INVALID_INPUT, e.kind());
    }

    @Test
    void thumbnailIsAJpegOfTheRequestedSize() throws Exception {
        assumeTrue(can(TranscodingEngine.Capability.THUMBNAIL));
        Path clip = clip(tmp.resolve("a.mp4"), 3, 640, 360, false);
        Path out = tmp.resolve("thumb.jpg");
        engine().thumbnail(clip, 1.0, 280, 157, out, BOUND);
        byte[] jpeg = Files.readAllBytes(out);
        assertTrue(jpeg.length > 100 && (jpeg[0] & 0xff) == 0xFF && (jpeg[1] & 0xff) == 0xD8, "a JPEG");
        MediaInfo info = engine().probe(out, BOUND);
        assertEquals(280, info.width());
        assertEquals(157, info.height());
    }

    @Test
    void webVideoIsAFaststartMp4OfTheRendition() throws Exception {
        assumeTrue(can(TranscodingEngine.Capability.WEB_VIDEO));
        Path clip = clip(tmp.resolve("a.mp4"), 3, 640, 360, true);
        Path out = tmp.resolve("out-240.mp4");
        List<Double> progress = new ArrayList<>();
        engine().webVideo(clip, Rendition.of(240), out, progress::add, BOUND);
        MediaInfo info = engine().probe(out, BOUND);
        assertEquals(240, info.height());
        assertEquals(426, info.width(), 2);
        assertEquals("h264", info.videoCodec());
        assertEquals("aac", info.audioCodec());
        assertEquals(3.0, info.durationSeconds(), 0.3);
        String head = new String(Files.readAllBytes(out), 0, 4096, StandardCharsets.ISO_8859_1);
        assertTrue(head.indexOf("moov") >= 0 && (head.indexOf("mdat") < 0 || head.indexOf("moov") < head.indexOf("mdat")),
            "moov before mdat: faststart");
        assertFalse(progress.isEmpty());
        assertEquals(1.0, progress.get(progress.size() - 1), 0.001);
    }

    @Test
    void hlsRenditionWritesAFragmentedMp4Playlist() throws Exception {
        Path clip = clip(tmp.resolve("a.mp4"), 4, 640, 360, true);
        Path dir = Files.createDirectories(tmp.resolve("hls"));
        if (!can(TranscodingEngine.Capability.HLS_FMP4)) {
            EngineException e = assertThrows(EngineException.class, () -> engine().hlsRendition(clip, Rendition.of(240),
                dir, "240", 2, Progress.NONE, BOUND));
            assertEquals(EngineException.Kind.UNSUPPORTED, e.kind());
            return;
        }
        engine().hlsRendition(clip, Rendition.of(240), dir, "240", 2, Progress.NONE, BOUND);
        String playlist = Files.readString(dir.resolve("240.m3u8"));
        assertTrue(playlist.startsWith("#EXTM3U"), playlist);
        assertTrue(playlist.contains("#EXT-X-MAP:URI=\"240-fragmented.mp4\""), playlist);
        assertTrue(playlist.contains("#EXT-X-BYTERANGE"), playlist);
        assertTrue(playlist.contains("#EXT-X-ENDLIST"), playlist);
        assertTrue(Files.size(dir.resolve("240-fragmented.mp4")) > 1000);
        MediaInfo info = engine().probe(dir.resolve("240.m3u8"), BOUND);
        assertEquals(240, info.height());
        assertEquals(4.0, info.durationSeconds(), 0.5);
    }

    @Test
    void audioMergeMakesAVideoOfTheImageOverTheSound() throws Exception {
        Path audio = clip(tmp.resolve("a.m4a"), 3, 0, 0, true);
        Path image = tmp.resolve("still.jpg");
        engine().thumbnail(clip(tmp.resolve("v.mp4"), 1, 850, 480, false), 0.5, 850, 480, image, BOUND);
        Path out = tmp.resolve("merged.mp4");
        if (!can(TranscodingEngine.Capability.AUDIO_MERGE)) {
            EngineException e = assertThrows(EngineException.class, () -> engine().audioMerge(audio, image,
                Rendition.of(480), out, Progress.NONE, BOUND));
            assertEquals(EngineException.Kind.UNSUPPORTED, e.kind());
            return;
        }
        engine().audioMerge(audio, image, Rendition.of(480), out, Progress.NONE, BOUND);
        MediaInfo info = engine().probe(out, BOUND);
        assertEquals(480, info.height());
        assertEquals("h264", info.videoCodec());
        assertEquals("aac", info.audioCodec());
        assertEquals(3.0, info.durationSeconds(), 0.3);
    }

    @Test
    void anOperationPastItsBoundIsCancelled() throws Exception {
        assumeTrue(can(TranscodingEngine.Capability.WEB_VIDEO));
        Path clip = clip(tmp.resolve("long.mp4"), 20, 1280, 720, true);
        EngineException e = assertThrows(EngineException.class, () -> engine().webVideo(clip, Rendition.of(720),
            tmp.resolve("never.mp4"), Progress.NONE, Duration.ofMillis(300)));
        assertEquals(EngineException.Kind.CANCELLED, e.kind());
    }
}
