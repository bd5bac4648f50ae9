package org.bobine.media.humble.internal;

import io.humble.ferry.Buffer;
import io.humble.video.Codec;
import io.humble.video.Coder;
import io.humble.video.Encoder;
import io.humble.video.KeyValueBag;
import io.humble.video.MediaPacket;
import io.humble.video.MediaPicture;
import io.humble.video.MediaPictureResampler;
import io.humble.video.PixelFormat;
import io.humble.video.Rational;
import org.bobine.media.api.EngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H.264 track of an {@link Output}: scales decoded pictures to the rendition (swscale with Humble's fixed
 * choice: area when shrinking, bicubic when enlarging), turns them upright when the input is rotated (as the
 * ffmpeg CLI does: Humble cannot write the rotation as metadata), places them on the rendition's frame rate
 * and encodes them with libx264 (veryfast, the same rate control as the ffmpeg engine). Pictures that fall between two frame slots are
 * dropped; a slower input keeps its own timing (the MP4 gets variable frame durations, no duplicates).
 */
final class VideoTrack {

    private static final Logger LOG = LoggerFactory.getLogger(VideoTrack.class);

    /**
     * @param width    width of the output (even), upright
     * @param height   height of the output (even), upright
     * @param fps      frame rate of the output
     * @param bitrate  target bit rate in bits per second
     * @param still    one still picture repeated: quality-bound instead of rate-bound, x264's still-image tuning
     * @param threads  encoder threads, 0 for x264's choice
     * @param rotation clockwise rotation that shows the input upright (0, 90, 180, 270)
     */
    record Settings(int width, int height, Fps fps, long bitrate, boolean still, int threads, int rotation) {
    }

    private final Output output;
    private final Encoder encoder;
    private final int stream;
    private final Rational timeBase;
    private final double fps;
    private final MediaPicture frame;
    private final MediaPacket packet = MediaPacket.make();
    private final int rotation;
    private final MediaPicture scaled;
    private byte[] plane;
    private byte[] turned;
    private MediaPictureResampler resampler;
    private long next;

    VideoTrack(Output output, Settings s) throws EngineException {
        this.output = output;
        Codec codec = Codec.findEncodingCodecByName("libx264");
        if (codec == null) {
            throw new EngineException(EngineException.Kind.FAILED, "This Humble build has no H.264 encoder", "");
        }
        encoder = Encoder.make(codec);
        encoder.setWidth(s.width());
        encoder.setHeight(s.height());
        encoder.setPixelFormat(PixelFormat.Type.PIX_FMT_YUV420P);
        encoder.setTimeBase(s.fps().timeBase());
        if (output.globalHeader()) {
            encoder.setFlag(Coder.Flag.FLAG_GLOBAL_HEADER, true);
        }
        KeyValueBag options = KeyValueBag.make();
        options.setValue("preset", "veryfast");
        // No "profile": Humble sets options on the codec context first, where "high" is not a value; x264
        // picks High itself for these settings (8x8 transforms, CABAC).
        if (s.still()) {
            options.setValue("tune", "stillimage");
            options.setValue("crf", "23");
            options.setValue("maxrate", String.valueOf(s.bitrate()));
        } else {
            options.setValue("b", String.valueOf(s.bitrate()));
            options.setValue("maxrate", String.valueOf(s.bitrate() * 2));
        }
        options.setValue("bufsize", String.valueOf(s.bitrate() * 2));
        options.setValue("threads", s.threads() > 0 ? String.valueOf(s.threads()) : "auto");
        KeyValueBag unset = KeyValueBag.make();
        encoder.open(options, unset);
        if (unset.getNumKeys() > 0) {
            LOG.warn("libx264 ignored the options {}", unset.getKeys());
        }
        stream = output.add(encoder).getIndex();
        timeBase = encoder.getTimeBase();
        fps = s.fps().value();
        frame = MediaPicture.make(s.width(), s.height(), PixelFormat.Type.PIX_FMT_YUV420P);
        rotation = Math.floorMod(s.rotation(), 360) / 90 * 90;
        boolean sideways = rotation == 90 || rotation == 270;
        scaled = rotation == 0 ? frame : MediaPicture.make(sideways ? s.height() : s.width(),
            sideways ? s.width() : s.height(), PixelFormat.Type.PIX_FMT_YUV420P);
    }

    /**
     * Encodes a decoded picture, unless the frame slot of its time was taken already.
     *
     * @param picture the picture, in any size and pixel format
     * @param seconds when it shows, from the start; NaN to take the next slot
     * @return whether it was encoded
     */
    boolean add(MediaPicture picture, double seconds) {
        long slot = Double.isNaN(seconds) ? next : Math.round(seconds * fps);
        if (slot < next) {
            return false;
        }
        encode(convert(picture), slot);
        next = slot + 1;
        return true;
    }

    /**
     * Repeats one picture on every frame slot before a time: a still image over audio.
     *
     * @param picture the picture, converted once
     * @param seconds the end, exclusive
     */
    void repeat(MediaPicture picture, double seconds) {
        MediaPicture converted = null;
        while (next / fps < seconds) {
            if (converted == null) {
                converted = convert(picture);
            }
            encode(converted, next);
            next++;
        }
    }

    /** @return when the next frame slot starts, in seconds */
    double end() {
        return next / fps;
    }

    private MediaPicture convert(MediaPicture picture) {
        MediaPicture out;
        if (picture.getWidth() == scaled.getWidth() && picture.getHeight() == scaled.getHeight()
            && picture.getFormat() == scaled.getFormat()) {
            out = picture;
        } else {
            if (resampler == null || resampler.getInputWidth() != picture.getWidth()
                || resampler.getInputHeight() != picture.getHeight()
                || resampler.getInputFormat() != picture.getFormat()) {
                if (resampler != null) {
                    resampler.delete();
                }
                resampler = MediaPictureResampler.make(scaled.getWidth(), scaled.getHeight(), scaled.getFormat(),
                    picture.getWidth(), picture.getHeight(), picture.getFormat(), 0);
                resampler.open();
            }
            resampler.resample(scaled, picture);
            out = scaled;
        }
        if (rotation != 0) {
            turn(out);
            out = frame;
        }
        return out;
    }

    /** Turns a 4:2:0 picture of the scaled size clockwise into the frame, plane by plane. */
    private void turn(MediaPicture source) {
        for (int p = 0; p < 3; p++) {
            int shift = p == 0 ? 0 : 1;
            int w = source.getWidth() >> shift;
            int h = source.getHeight() >> shift;
            int inStride = source.getLineSize(p);
            int outWidth = frame.getWidth() >> shift;
            int outStride = frame.getLineSize(p);
            if (plane == null || plane.length < inStride * h) {
                plane = new byte[inStride * h];
            }
            if (turned == null || turned.length < outStride * (frame.getHeight() >> shift)) {
                turned = new byte[outStride * (frame.getHeight() >> shift)];
            }
            Buffer in = source.getData(p);
            in.get(0, plane, 0, inStride * h);
            in.delete();
            for (int y = 0; y < h; y++) {
                int row = y * inStride;
                for (int x = 0; x < w; x++) {
                    int to = switch (rotation) {
                        case 90 -> x * outStride + (h - 1 - y);
                        case 180 -> (h - 1 - y) * outStride + (w - 1 - x);
                        default -> (w - 1 - x) * outStride + y;
                    };
                    turned[to] = plane[row + x];
                }
            }
            Buffer out = frame.getData(p);
            out.put(turned, 0, 0, outStride * (frame.getHeight() >> shift));
            out.delete();
        }
        frame.setComplete(true);
    }

    private void encode(MediaPicture picture, long slot) {
        picture.setTimeStamp(slot);
        picture.setTimeBase(timeBase);
        encoder.encode(packet, picture);
        if (packet.isComplete()) {
            output.write(packet, stream, timeBase);
        }
    }

    /** Drains the frames x264 still holds (look-ahead, B-frames). */
    void flush() {
        do {
            encoder.encode(packet, null);
            if (packet.isComplete()) {
                output.write(packet, stream, timeBase);
            }
        } while (packet.isComplete());
    }

    void close() {
        if (resampler != null) {
            resampler.delete();
        }
        if (scaled != frame) {
            scaled.delete();
        }
        frame.delete();
        packet.delete();
        encoder.delete();
    }
}
