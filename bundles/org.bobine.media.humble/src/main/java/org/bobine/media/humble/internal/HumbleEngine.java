package org.bobine.media.humble.internal;

import io.humble.ferry.Logger.Level;
import io.humble.video.Decoder;
import io.humble.video.Global;
import io.humble.video.MediaAudio;
import io.humble.video.MediaPacket;
import io.humble.video.MediaPicture;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.bobine.media.api.EngineException;
import org.bobine.media.api.MediaInfo;
import org.bobine.media.api.Progress;
import org.bobine.media.api.Rendition;
import org.bobine.media.api.TranscodingEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Humble Video engine's operations, independent of OSGi so its contract tests run as plain unit tests.
 * Everything runs in the calling thread, inside the JVM, on Humble's FFmpeg 2.8 build: decoding and encoding
 * loops check the operation's {@link Bounds} between packets, which is how a deadline or an interrupt stops
 * them. HLS is not offered: FFmpeg 2.8 cannot write fragmented-MP4 HLS.
 */
public class HumbleEngine implements TranscodingEngine {

    private static final Logger LOG = LoggerFactory.getLogger(HumbleEngine.class);

    /** Decoding errors tolerated before the input is refused (a few damaged packets do not stop a transcode). */
    private static final int MAX_DECODE_ERRORS = 100;
    private static final int AV_LOG_QUIET = -8;
    private static final int AV_LOG_WARNING = 24;

    private final int threads;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicInteger running = new AtomicInteger();

    /**
     * @param threads encoding and decoding threads per operation, 0 for FFmpeg's choice (one per core)
     */
    public HumbleEngine(int threads) {
        this.threads = Math.max(0, threads);
        // FFmpeg and Humble log every refused input at ERROR; the EngineException says it already. With this
        // engine's logger at DEBUG they speak again, to help with a file Humble cannot read.
        boolean verbose = LOG.isDebugEnabled();
        Global.setFFmpegLoggingLevel(verbose ? AV_LOG_WARNING : AV_LOG_QUIET);
        io.humble.ferry.Logger.setGlobalIsLogging(Level.LEVEL_ERROR, verbose);
        io.humble.ferry.Logger.setGlobalIsLogging(Level.LEVEL_WARN, verbose);
    }

    @Override
    public String name() {
        return "humble";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.PROBE, Capability.THUMBNAIL, Capability.WEB_VIDEO, Capability.AUDIO_MERGE);
    }

    /** @return Humble's version and the FFmpeg libraries it carries */
    public String version() {
        return "Humble Video " + Global.getVersionStr() + " (libavformat " + Global.getAVFormatVersionStr()
            + ", libavcodec " + Global.getAVCodecVersionStr() + ")";
    }

    @Override
    public MediaInfo probe(Path input, Duration timeout) throws EngineException {
        Bounds bounds = begin(timeout, Progress.NONE);
        try (Input in = Input.open(input)) {
            return in.info();
        } catch (Exception e) {
            throw failure(e, bounds, "Could not read the file");
        } finally {
            end(bounds);
        }
    }

    /**
     * {@inheritDoc} An audio-only file gets a picture of its waveform, as with the ffmpeg engine.
     */
    @Override
    public void thumbnail(Path input, double atSeconds, int width, int height, Path output, Duration timeout)
        throws EngineException {
        Bounds bounds = begin(timeout, Progress.NONE);
        try (Input in = Input.open(input)) {
            if (!in.info().hasVideo()) {
                Pictures.writeJpeg(Waveform.draw(in, width, height, bounds), output, 0.9f);
                return;
            }
            MediaPicture[] pictures = pictureAt(in, Math.max(0, atSeconds), bounds);
            try {
                BufferedImage image = Pictures.cover(pictures[0], in.info().rotation(), width, height);
                Pictures.writeJpeg(image, output, 0.9f);
            } finally {
                pictures[0].delete();
                pictures[1].delete();
            }
        } catch (Exception e) {
            throw failure(e, bounds, "Could not make a thumbnail");
        } finally {
            end(bounds);
        }
    }

    /**
     * Decodes the picture showing at a time: from the key frame before it, up to it; the last picture when the
     * time is past the end.
     *
     * @return the picture first, the other one decoded into alternately second (both to delete)
     */
    private MediaPicture[] pictureAt(Input in, double seconds, Bounds bounds) throws Exception {
        Decoder decoder = in.videoDecoder(threads);
        if (seconds > 0) {
            in.seek(seconds);
        }
        // Two pictures decoded into in turn: the previous complete one survives the next decode.
        MediaPicture[] pictures = {
            MediaPicture.make(decoder.getWidth(), decoder.getHeight(), decoder.getPixelFormat()),
            MediaPicture.make(decoder.getWidth(), decoder.getHeight(), decoder.getPixelFormat())};
        int current = 0;
        MediaPicture last = null;
        double slack = in.info().fps() > 0 ? 0.5 / in.info().fps() : 0.02;
        MediaPacket packet = MediaPacket.make();
        boolean found = false;
        try {
            while (true) {
                bounds.check();
                if (!in.read(packet)) {
                    break;
                }
                if (!packet.isComplete() || packet.getStreamIndex() != in.videoIndex()) {
                    continue;
                }
                int offset = 0;
                while (offset < packet.getSize()) {
                    MediaPicture picture = pictures[current];
                    int used;
                    try {
                        used = decoder.decode(picture, packet, offset);
                    } catch (RuntimeException e) {
                        break;
                    }
                    if (picture.isComplete()) {
                        last = picture;
                        current ^= 1;
                        if (in.videoSeconds(picture.getTimeStamp()) >= seconds - slack) {
                            found = true;
                            return order(pictures, last);
                        }
                    }
                    if (used <= 0) {
                        break;
                    }
                    offset += used;
                }
            }
            // past the end: the frames the decoder still holds, the last one wins
            while (true) {
                MediaPicture picture = pictures[current];
                try {
                    decoder.decode(picture, null, 0);
                } catch (RuntimeException e) {
                    break;
                }
                if (!picture.isComplete()) {
                    break;
                }
                last = picture;
                current ^= 1;
                if (in.videoSeconds(picture.getTimeStamp()) >= seconds - slack) {
                    break;
                }
            }
            if (last == null) {
                throw new EngineException(EngineException.Kind.INVALID_INPUT, "No picture of the video could be decoded", "");
            }
            found = true;
            return order(pictures, last);
        } finally {
            packet.delete();
            if (!found) {
                pictures[0].delete();
                pictures[1].delete();
            }
        }
    }

    private static MediaPicture[] order(MediaPicture[] pictures, MediaPicture first) {
        return first == pictures[0] ? pictures : new MediaPicture[] {pictures[1], pictures[0]};
    }

    @Override
    public void webVideo(Path input, Rendition rendition, Path output, Progress progress, Duration timeout)
        throws EngineException {
        Bounds bounds = begin(timeout, progress);
        try (Input in = Input.open(input); Output out = new Output(output)) {
            MediaInfo info = in.info();
            VideoTrack video = null;
            if (info.hasVideo() && rendition.height() > 0) {
                int height = even(rendition.height());
                int width = even((double) info.width() * height / info.height());
                double fps = rendition.fps() > 0 ? rendition.fps() : info.fps() > 0 ? Math.min(info.fps(), 60) : 30;
                long bitrate = rendition.videoBitrate() > 0 ? rendition.videoBitrate() : Rendition.defaultVideoBitrate(height);
                video = out.video(new VideoTrack.Settings(width, height, Fps.of(fps), bitrate, false, threads,
                    info.rotation()));
            }
            AudioTrack audio = null;
            if (info.hasAudio()) {
                audio = out.audio(AudioTrack.rateFor(in.audioDecoder().getSampleRate()), rendition.audioBitrate());
            }
            if (video == null && audio == null) {
                throw new EngineException(EngineException.Kind.INVALID_INPUT, "The file has no audio and the rendition "
                    + "asks for no video: there is nothing to write", "");
            }
            out.start();
            pump(in, video, audio, null, bounds);
            out.finish();
            bounds.done();
        } catch (Exception e) {
            throw failure(e, bounds, "Transcoding failed");
        } finally {
            end(bounds);
        }
    }

    @Override
    public void hlsRendition(Path input, Rendition rendition, Path directory, String name, int segmentSeconds,
                             Progress progress, Duration timeout) throws EngineException {
        throw new EngineException(EngineException.Kind.UNSUPPORTED, "The humble engine cannot write HLS: its FFmpeg "
            + "2.8 has no fragmented-MP4 HLS muxing; an engine with HLS_FMP4 (ffmpeg) must make the HLS renditions", "");
    }

    @Override
    public void audioMerge(Path audio, Path image, Rendition rendition, Path output, Progress progress,
                           Duration timeout) throws EngineException {
        Bounds bounds = begin(timeout, progress);
        try (Input in = Input.open(audio); Output out = new Output(output)) {
            if (!in.info().hasAudio()) {
                throw new EngineException(EngineException.Kind.INVALID_INPUT, "The file has no audio", "");
            }
            BufferedImage still = readImage(image);
            int height = even(rendition.height() > 0 ? rendition.height() : 480);
            int width = even((double) still.getWidth() * height / still.getHeight());
            long bitrate = rendition.videoBitrate() > 0 ? rendition.videoBitrate() : Rendition.defaultVideoBitrate(height);
            VideoTrack video = out.video(new VideoTrack.Settings(width, height,
                Fps.of(rendition.fps() > 0 ? rendition.fps() : 25), bitrate, true, threads, 0));
            AudioTrack track = out.audio(AudioTrack.rateFor(in.audioDecoder().getSampleRate()), rendition.audioBitrate());
            MediaPicture picture = Pictures.toPicture(Pictures.scale(still, width, height));
            try {
                out.start();
                pump(in, null, track, () -> video.repeat(picture, track.end()), bounds);
                video.repeat(picture, track.end());
            } finally {
                picture.delete();
            }
            out.finish();
            bounds.done();
        } catch (Exception e) {
            throw failure(e, bounds, "Could not make a video of the audio file");
        } finally {
            end(bounds);
        }
    }

    private static BufferedImage readImage(Path image) throws EngineException {
        try {
            BufferedImage read = ImageIO.read(image.toFile());
            if (read == null || read.getWidth() < 1 || read.getHeight() < 1) {
                throw new EngineException(EngineException.Kind.INVALID_INPUT, "The picture is not a JPEG or PNG image", "");
            }
            return read;
        } catch (IOException e) {
            throw new EngineException(EngineException.Kind.INVALID_INPUT, "The picture cannot be read",
                String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reads the whole input, decodes its video (when video is given) and audio (when audio is given) and
     * hands them to the tracks, until the end of the file, then drains the decoders.
     *
     * @param afterAudio run after each decoded audio frame, may be null
     */
    private void pump(Input in, VideoTrack video, AudioTrack audio, Runnable afterAudio, Bounds bounds)
        throws Exception {
        double duration = in.info().durationSeconds();
        Decoder videoDecoder = video == null ? null : in.videoDecoder(threads);
        Decoder audioDecoder = audio == null ? null : in.audioDecoder();
        MediaPicture picture = videoDecoder == null ? null
            : MediaPicture.make(videoDecoder.getWidth(), videoDecoder.getHeight(), videoDecoder.getPixelFormat());
        MediaAudio samples = audioDecoder == null ? null : MediaAudio.make(Math.max(audioDecoder.getFrameSize(), 1024),
            audioDecoder.getSampleRate(), audioDecoder.getChannels(), audioDecoder.getChannelLayout(),
            audioDecoder.getSampleFormat());
        MediaPacket packet = MediaPacket.make();
        int errors = 0;
        try {
            while (in.read(packet)) {
                bounds.check();
                if (!packet.isComplete()) {
                    continue;
                }
                int index = packet.getStreamIndex();
                if (videoDecoder != null && index == in.videoIndex()) {
                    errors += decode(videoDecoder, picture, packet, () -> {
                        double at = in.videoSeconds(picture.getTimeStamp());
                        video.add(picture, at);
                        progress(bounds, at, duration);
                    });
                } else if (audioDecoder != null && index == in.audioIndex()) {
                    errors += decode(audioDecoder, samples, packet, () -> {
                        audio.add(samples, in.audioSeconds(samples.getTimeStamp()));
                        if (afterAudio != null) {
                            afterAudio.run();
                        }
                        if (videoDecoder == null) {
                            progress(bounds, audio.end(), duration);
                        }
                    });
                }
                if (errors > MAX_DECODE_ERRORS) {
                    throw new EngineException(EngineException.Kind.INVALID_INPUT,
                        "Too many damaged packets: the file cannot be decoded", "");
                }
            }
            bounds.check();
            if (videoDecoder != null) {
                drain(videoDecoder, picture, () -> video.add(picture, in.videoSeconds(picture.getTimeStamp())));
            }
            if (audioDecoder != null) {
                drain(audioDecoder, samples, () -> {
                    audio.add(samples, in.audioSeconds(samples.getTimeStamp()));
                    if (afterAudio != null) {
                        afterAudio.run();
                    }
                });
            }
        } finally {
            packet.delete();
            if (picture != null) {
                picture.delete();
            }
            if (samples != null) {
                samples.delete();
            }
        }
    }

    /** @return 1 when the packet could not be decoded (it is skipped), else 0 */
    private static int decode(Decoder decoder, io.humble.video.MediaSampled media, MediaPacket packet,
                              Runnable complete) {
        int offset = 0;
        try {
            while (offset < packet.getSize()) {
                int used = decoder.decode(media, packet, offset);
                if (media.isComplete()) {
                    complete.run();
                }
                if (used <= 0) {
                    break;
                }
                offset += used;
            }
            return 0;
        } catch (RuntimeException e) {
            LOG.debug("Skipped a packet that does not decode: {}", e.getMessage());
            return 1;
        }
    }

    /** Takes the frames a decoder still holds (frame threading, B-frame reordering). */
    private static void drain(Decoder decoder, io.humble.video.MediaSampled media, Runnable complete) {
        try {
            do {
                decoder.decode(media, null, 0);
                if (media.isComplete()) {
                    complete.run();
                }
            } while (media.isComplete());
        } catch (RuntimeException e) {
            LOG.debug("Draining the decoder stopped: {}", e.getMessage());
        }
    }

    private static void progress(Bounds bounds, double seconds, double duration) {
        if (duration > 0 && !Double.isNaN(seconds)) {
            bounds.progress(seconds / duration);
        }
    }

    /** @return the nearest even number, at least 2 (H.264 in 4:2:0 needs even sizes) */
    static int even(double value) {
        return Math.max(2, (int) Math.round(value / 2) * 2);
    }

    private Bounds begin(Duration timeout, Progress progress) throws EngineException {
        if (stopped.get()) {
            throw new EngineException(EngineException.Kind.FAILED, "The humble engine is stopped", "");
        }
        running.incrementAndGet();
        return new Bounds(timeout, stopped::get, progress);
    }

    private void end(Bounds bounds) {
        if (running.decrementAndGet() == 0) {
            synchronized (running) {
                running.notifyAll();
            }
        }
        bounds.restoreInterrupt();
    }

    private static EngineException failure(Exception e, Bounds bounds, String what) {
        if (e instanceof EngineException engine) {
            return engine;
        }
        if (e instanceof InterruptedException) {
            return bounds.interrupted();
        }
        LOG.debug("{}", what, e);
        return new EngineException(EngineException.Kind.FAILED, what + ": " + e.getMessage(), e.toString());
    }

    /**
     * Stops the operations in progress (they end with CANCELLED at their next check) and waits a little for
     * them, so that no thread still runs Humble's native code once the bundle is gone.
     */
    public void close() {
        stopped.set(true);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        synchronized (running) {
            while (running.get() > 0 && System.nanoTime() < deadline) {
                try {
                    running.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
