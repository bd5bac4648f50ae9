package org.bobine.media.humble.internal;

import io.humble.ferry.Buffer;
import io.humble.video.AudioChannel;
import io.humble.video.AudioFormat;
import io.humble.video.Codec;
import io.humble.video.Coder;
import io.humble.video.Encoder;
import io.humble.video.KeyValueBag;
import io.humble.video.MediaAudio;
import io.humble.video.MediaAudioResampler;
import io.humble.video.MediaPacket;
import io.humble.video.Rational;
import java.util.Arrays;
import java.util.Set;
import org.bobine.media.api.EngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AAC track of an {@link Output}: decoded audio is resampled to stereo float planes (swresample), queued,
 * and encoded in frames of exactly the encoder's frame size, which AAC requires and Humble does not ensure.
 * Timestamps count samples from the first one kept; encoder priming before the file's start is cut.
 */
final class AudioTrack {

    private static final Logger LOG = LoggerFactory.getLogger(AudioTrack.class);
    private static final int CHANNELS = 2;
    private static final Set<Integer> AAC_RATES = Set.of(8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100,
        48000, 64000, 88200, 96000);

    private final Output output;
    private final Encoder encoder;
    private final int stream;
    private final int rate;
    private final int frameSize;
    private final Rational timeBase;
    private final MediaAudio frame;
    private final MediaPacket packet = MediaPacket.make();
    private final float[][] queue = new float[CHANNELS][];
    private int queued;
    private MediaAudioResampler resampler;
    private MediaAudio converted;
    private long pts = -1;

    /**
     * @param input the input's sample rate
     * @return the same when AAC has it, else 48 kHz
     */
    static int rateFor(int input) {
        return AAC_RATES.contains(input) ? input : 48_000;
    }

    AudioTrack(Output output, int sampleRate, long bitrate) throws EngineException {
        this.output = output;
        this.rate = sampleRate;
        Codec codec = Codec.findEncodingCodecByName("aac");
        if (codec == null) {
            throw new EngineException(EngineException.Kind.FAILED, "This Humble build has no AAC encoder", "");
        }
        encoder = Encoder.make(codec);
        encoder.setSampleRate(sampleRate);
        encoder.setChannels(CHANNELS);
        encoder.setChannelLayout(AudioChannel.Layout.CH_LAYOUT_STEREO);
        encoder.setSampleFormat(AudioFormat.Type.SAMPLE_FMT_FLTP);
        encoder.setTimeBase(Rational.make(1, sampleRate));
        if (output.globalHeader()) {
            encoder.setFlag(Coder.Flag.FLAG_GLOBAL_HEADER, true);
        }
        KeyValueBag options = KeyValueBag.make();
        options.setValue("b", String.valueOf(bitrate));
        // FFmpeg 2.8 still flags its native AAC encoder experimental (the ffmpeg engine uses a newer one)
        options.setValue("strict", "experimental");
        KeyValueBag unset = KeyValueBag.make();
        encoder.open(options, unset);
        if (unset.getNumKeys() > 0) {
            LOG.warn("The AAC encoder ignored the options {}", unset.getKeys());
        }
        stream = output.add(encoder).getIndex();
        timeBase = encoder.getTimeBase();
        frameSize = encoder.getFrameSize() > 0 ? encoder.getFrameSize() : 1024;
        frame = MediaAudio.make(frameSize, sampleRate, CHANNELS, AudioChannel.Layout.CH_LAYOUT_STEREO,
            AudioFormat.Type.SAMPLE_FMT_FLTP);
        for (int c = 0; c < CHANNELS; c++) {
            queue[c] = new float[frameSize * 4];
        }
    }

    /**
     * Queues decoded audio and encodes every complete frame.
     *
     * @param audio   decoded samples, any layout, rate and format
     * @param seconds when they start, from the file's start (negative for priming); NaN when unknown
     */
    void add(MediaAudio audio, double seconds) {
        MediaAudio out = resample(audio);
        int n = out.getNumSamples();
        int skip = 0;
        if (pts < 0) {
            double at = Double.isNaN(seconds) ? 0 : seconds;
            skip = at < 0 ? (int) Math.min(n, Math.round(-at * rate)) : 0;
            if (skip == n) {
                return;
            }
            pts = Math.max(0, Math.round(at * rate));
        }
        append(out, skip, n - skip);
        while (queued >= frameSize) {
            emit(frameSize);
        }
    }

    /** @return seconds of audio encoded so far, from the start */
    double end() {
        return pts < 0 ? 0 : (double) pts / rate;
    }

    private MediaAudio resample(MediaAudio in) {
        AudioChannel.Layout layout = in.getChannelLayout() == AudioChannel.Layout.CH_LAYOUT_UNKNOWN
            ? AudioChannel.getDefaultLayout(in.getChannels()) : in.getChannelLayout();
        if (resampler == null || resampler.getInputSampleRate() != in.getSampleRate()
            || resampler.getInputLayout() != layout || resampler.getInputFormat() != in.getFormat()) {
            if (resampler != null) {
                resampler.delete();
            }
            resampler = MediaAudioResampler.make(AudioChannel.Layout.CH_LAYOUT_STEREO, rate,
                AudioFormat.Type.SAMPLE_FMT_FLTP, layout, in.getSampleRate(), in.getFormat());
            resampler.open();
        }
        int capacity = (int) Math.max(resampler.getNumResampledSamples(in.getNumSamples()),
            (long) in.getNumSamples() * rate / Math.max(1, in.getSampleRate())) + 256;
        if (converted == null || converted.getMaxNumSamples() < capacity) {
            if (converted != null) {
                converted.delete();
            }
            converted = MediaAudio.make(capacity, rate, CHANNELS, AudioChannel.Layout.CH_LAYOUT_STEREO,
                AudioFormat.Type.SAMPLE_FMT_FLTP);
        }
        resampler.resample(converted, in);
        return converted;
    }

    private void append(MediaAudio audio, int from, int count) {
        if (queued + count > queue[0].length) {
            for (int c = 0; c < CHANNELS; c++) {
                queue[c] = Arrays.copyOf(queue[c], Math.max(queue[c].length * 2, queued + count));
            }
        }
        for (int c = 0; c < CHANNELS; c++) {
            Buffer plane = audio.getData(c);
            plane.get(from, queue[c], queued, count);
            plane.delete();
        }
        queued += count;
    }

    private void emit(int samples) {
        for (int c = 0; c < CHANNELS; c++) {
            Buffer plane = frame.getData(c);
            plane.put(queue[c], 0, 0, samples);
            plane.delete();
            System.arraycopy(queue[c], samples, queue[c], 0, queued - samples);
        }
        queued -= samples;
        frame.setNumSamples(samples);
        frame.setTimeStamp(pts);
        frame.setTimeBase(timeBase);
        frame.setComplete(true);
        encoder.encode(packet, frame);
        if (packet.isComplete()) {
            output.write(packet, stream, timeBase);
        }
        pts += samples;
    }

    /** Encodes the last, shorter frame and drains the encoder. */
    void flush() {
        if (queued > 0) {
            emit(queued);
        }
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
        if (converted != null) {
            converted.delete();
        }
        frame.delete();
        packet.delete();
        encoder.delete();
    }
}
