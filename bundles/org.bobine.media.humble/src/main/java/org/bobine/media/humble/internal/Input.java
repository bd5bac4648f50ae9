package org.bobine.media.humble.internal;

import io.humble.video.CodecDescriptor;
import io.humble.video.ContainerStream;
import io.humble.video.Decoder;
import io.humble.video.Demuxer;
import io.humble.video.DemuxerStream;
import io.humble.video.Global;
import io.humble.video.KeyValueBag;
import io.humble.video.MediaDescriptor;
import io.humble.video.MediaPacket;
import io.humble.video.Rational;
import java.io.IOException;
import java.nio.file.Path;
import org.bobine.media.api.EngineException;
import org.bobine.media.api.MediaInfo;

/**
 * One media file opened with Humble's demuxer: what it contains (the first video stream that is not a cover
 * picture, the first audio stream) and its decoders, opened on demand. Timestamps of packets and decoded
 * media are in their stream's time base (Humble labels decoded pictures with the decoder's time base, which
 * is not what their timestamps are in), so conversions to seconds go through {@link #videoSeconds} and
 * {@link #audioSeconds}.
 */
final class Input implements AutoCloseable {

    private final Demuxer demuxer;
    private final MediaInfo info;
    private final int videoIndex;
    private final int audioIndex;
    private final double videoTimeBase;
    private final double audioTimeBase;
    private final double startSeconds;
    private Decoder video;
    private Decoder audio;

    private Input(Demuxer demuxer) throws InterruptedException, IOException, EngineException {
        this.demuxer = demuxer;
        int v = -1;
        int a = -1;
        DemuxerStream vs = null;
        DemuxerStream as = null;
        int streams = demuxer.getNumStreams();
        for (int i = 0; i < streams; i++) {
            DemuxerStream s = demuxer.getStream(i);
            Decoder d = s.getDecoder();
            if (d == null) {
                continue;
            }
            MediaDescriptor.Type type = d.getCodecType();
            if (type == MediaDescriptor.Type.MEDIA_VIDEO && v < 0 && !coverPicture(s) && d.getWidth() > 0
                && d.getHeight() > 0) {
                v = i;
                vs = s;
            } else if (type == MediaDescriptor.Type.MEDIA_AUDIO && a < 0 && d.getChannels() > 0) {
                a = i;
                as = s;
            }
        }
        if (vs == null && as == null) {
            throw new EngineException(EngineException.Kind.INVALID_INPUT,
                "The file has neither a video nor an audio stream", "");
        }
        this.videoIndex = v;
        this.audioIndex = a;
        this.videoTimeBase = vs == null ? 0 : seconds(vs.getTimeBase());
        this.audioTimeBase = as == null ? 0 : seconds(as.getTimeBase());
        long start = demuxer.getStartTime();
        // A negative start is encoder priming (AAC): the timeline still starts at 0, priming is cut.
        this.startSeconds = start == Global.NO_PTS ? 0 : Math.max(0, start / 1e6);

        double duration = demuxer.getDuration() == Global.NO_PTS ? 0 : Math.max(0, demuxer.getDuration() / 1e6);
        if (duration <= 0) {
            duration = Math.max(streamSeconds(vs), streamSeconds(as));
        }
        int width = 0;
        int height = 0;
        double fps = 0;
        int rotation = 0;
        String videoCodec = null;
        if (vs != null) {
            Decoder d = vs.getDecoder();
            width = d.getWidth();
            height = d.getHeight();
            Rational rate = vs.getFrameRate();
            fps = rate == null || rate.getDenominator() == 0 ? 0 : rate.getDouble();
            rotation = rotation(vs.getMetaData());
            if (rotation == 90 || rotation == 270) {
                int w = width;
                width = height;
                height = w;
            }
            videoCodec = codecName(d);
        }
        String audioCodec = as == null ? null : codecName(as.getDecoder());
        this.info = new MediaInfo(duration, width, height, Math.round(fps * 1000) / 1000.0, rotation, videoCodec,
            audioCodec, demuxer.getFormat() == null ? "" : demuxer.getFormat().getName(),
            Math.max(0, demuxer.getBitRate()));
    }

    /**
     * @param file the file
     * @return it, opened
     * @throws EngineException      INVALID_INPUT when it is not media Humble can read
     * @throws InterruptedException when the calling thread was interrupted
     */
    static Input open(Path file) throws EngineException, InterruptedException {
        Demuxer demuxer = Demuxer.make();
        try {
            demuxer.open(url(file), null, false, true, null, null);
        } catch (IOException | RuntimeException e) {
            demuxer.delete();
            throw new EngineException(EngineException.Kind.INVALID_INPUT, "The file is not media that can be read",
                String.valueOf(e.getMessage()));
        }
        try {
            return new Input(demuxer);
        } catch (IOException | RuntimeException e) {
            close(demuxer);
            throw new EngineException(EngineException.Kind.INVALID_INPUT, "The file is not media that can be read",
                String.valueOf(e.getMessage()));
        } catch (EngineException | InterruptedException e) {
            close(demuxer);
            throw e;
        }
    }

    /** @return a local path as a URL FFmpeg will not mistake for another protocol */
    static String url(Path file) {
        return "file:" + file.toAbsolutePath();
    }

    private static boolean coverPicture(DemuxerStream s) {
        try {
            return s.getDisposition() == ContainerStream.Disposition.DISPOSITION_ATTACHED_PIC;
        } catch (IllegalArgumentException e) {
            // several disposition flags at once, which Humble's enum cannot map
            return s.getAttachedPic() != null;
        }
    }

    private static double seconds(Rational timeBase) {
        return timeBase == null || timeBase.getDenominator() == 0 ? 0 : timeBase.getDouble();
    }

    private static double streamSeconds(DemuxerStream s) {
        if (s == null || s.getDuration() == Global.NO_PTS || s.getDuration() <= 0) {
            return 0;
        }
        return s.getDuration() * seconds(s.getTimeBase());
    }

    private static int rotation(KeyValueBag metadata) {
        String rotate = metadata == null ? null : metadata.getValue("rotate");
        if (rotate == null || rotate.isBlank()) {
            return 0;
        }
        try {
            // "rotate" is the clockwise rotation a player applies, as in the ffmpeg engine
            return Math.floorMod(Integer.parseInt(rotate.trim()), 360);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String codecName(Decoder d) {
        CodecDescriptor descriptor = CodecDescriptor.make(d.getCodecID());
        if (descriptor != null) {
            return descriptor.getName();
        }
        return d.getCodec() == null ? null : d.getCodec().getName();
    }

    MediaInfo info() {
        return info;
    }

    int videoIndex() {
        return videoIndex;
    }

    int audioIndex() {
        return audioIndex;
    }

    /** @return where the file's timeline starts, in seconds; what {@link #videoSeconds} counts from */
    double startSeconds() {
        return startSeconds;
    }

    /** @return a video timestamp in seconds from the file's start; NaN when it has none */
    double videoSeconds(long timestamp) {
        return timestamp == Global.NO_PTS ? Double.NaN : timestamp * videoTimeBase - startSeconds;
    }

    /** @return an audio timestamp in seconds from the file's start; NaN when it has none */
    double audioSeconds(long timestamp) {
        return timestamp == Global.NO_PTS ? Double.NaN : timestamp * audioTimeBase - startSeconds;
    }

    /**
     * @param threads decoding threads, 0 for FFmpeg's choice
     * @return the video decoder, opened
     */
    Decoder videoDecoder(int threads) throws InterruptedException, IOException {
        if (video == null) {
            video = demuxer.getStream(videoIndex).getDecoder();
            KeyValueBag options = KeyValueBag.make();
            options.setValue("threads", threads > 0 ? String.valueOf(threads) : "auto");
            video.open(options, null);
        }
        return video;
    }

    /** @return the audio decoder, opened */
    Decoder audioDecoder() throws InterruptedException, IOException {
        if (audio == null) {
            audio = demuxer.getStream(audioIndex).getDecoder();
            audio.open(null, null);
        }
        return audio;
    }

    /**
     * @param packet where to read the next packet
     * @return false at the end of the file
     */
    boolean read(MediaPacket packet) throws InterruptedException, IOException {
        return demuxer.read(packet) >= 0;
    }

    /**
     * Moves to the key frame at or before a time; stays where it is when the file cannot seek.
     *
     * @param seconds from the file's start
     */
    void seek(double seconds) throws InterruptedException, IOException {
        long target = (long) ((seconds + startSeconds) * 1e6);
        demuxer.seek(-1, Long.MIN_VALUE, target, target, 0);
    }

    @Override
    public void close() {
        if (video != null) {
            video.delete();
        }
        if (audio != null) {
            audio.delete();
        }
        close(demuxer);
    }

    private static void close(Demuxer demuxer) {
        try {
            demuxer.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // closing a file that failed half-way; nothing more to release
        }
        demuxer.delete();
    }
}
