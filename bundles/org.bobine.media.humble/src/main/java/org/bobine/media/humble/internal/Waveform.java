package org.bobine.media.humble.internal;

import io.humble.ferry.Buffer;
import io.humble.video.AudioChannel;
import io.humble.video.AudioFormat;
import io.humble.video.Decoder;
import io.humble.video.MediaAudio;
import io.humble.video.MediaAudioResampler;
import io.humble.video.MediaPacket;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * The picture of an audio file's waveform, its thumbnail: the peak of each column of the whole file, drawn
 * over a dark background in the colours the ffmpeg engine uses (showwavespic), so audio uploads look the same
 * whichever engine made their image.
 */
final class Waveform {

    private static final int RATE = 8000;
    private static final Color BACKGROUND = new Color(0x202830);
    private static final Color WAVE = new Color(0xf2690d);

    private Waveform() {
    }

    /**
     * @param in     the file, with audio
     * @param width  picture width
     * @param height picture height
     * @param bounds checked between packets
     * @return the picture
     */
    static BufferedImage draw(Input in, int width, int height, Bounds bounds) throws Exception {
        float[] peaks = peaks(in, width, bounds);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            g.setColor(WAVE);
            int middle = height / 2;
            for (int x = 0; x < width; x++) {
                int half = Math.round(Math.min(1f, peaks[x]) * height / 2f);
                g.drawLine(x, middle - half, x, middle + half);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static float[] peaks(Input in, int width, Bounds bounds) throws Exception {
        float[] peaks = new float[width];
        double total = Math.max(1, in.info().durationSeconds() * RATE);
        Decoder decoder = in.audioDecoder();
        MediaAudio samples = MediaAudio.make(Math.max(decoder.getFrameSize(), 1024), decoder.getSampleRate(),
            decoder.getChannels(), decoder.getChannelLayout(), decoder.getSampleFormat());
        MediaAudioResampler resampler = null;
        MediaAudio mono = null;
        MediaPacket packet = MediaPacket.make();
        long position = 0;
        try {
            while (in.read(packet)) {
                bounds.check();
                if (!packet.isComplete() || packet.getStreamIndex() != in.audioIndex()) {
                    continue;
                }
                int offset = 0;
                while (offset < packet.getSize()) {
                    int used;
                    try {
                        used = decoder.decode(samples, packet, offset);
                    } catch (RuntimeException e) {
                        break;
                    }
                    if (samples.isComplete()) {
                        if (resampler == null) {
                            AudioChannel.Layout layout = samples.getChannelLayout() == AudioChannel.Layout.CH_LAYOUT_UNKNOWN
                                ? AudioChannel.getDefaultLayout(samples.getChannels()) : samples.getChannelLayout();
                            resampler = MediaAudioResampler.make(AudioChannel.Layout.CH_LAYOUT_MONO, RATE,
                                AudioFormat.Type.SAMPLE_FMT_FLT, layout, samples.getSampleRate(), samples.getFormat());
                            resampler.open();
                        }
                        int capacity = samples.getNumSamples() * RATE / Math.max(1, samples.getSampleRate()) + 256;
                        if (mono == null || mono.getMaxNumSamples() < capacity) {
                            if (mono != null) {
                                mono.delete();
                            }
                            mono = MediaAudio.make(capacity, RATE, 1, AudioChannel.Layout.CH_LAYOUT_MONO,
                                AudioFormat.Type.SAMPLE_FMT_FLT);
                        }
                        resampler.resample(mono, samples);
                        int n = mono.getNumSamples();
                        float[] values = new float[n];
                        Buffer data = mono.getData(0);
                        data.get(0, values, 0, n);
                        data.delete();
                        for (float v : values) {
                            int column = (int) Math.min(width - 1, position++ * width / total);
                            peaks[column] = Math.max(peaks[column], Math.abs(v));
                        }
                    }
                    if (used <= 0) {
                        break;
                    }
                    offset += used;
                }
            }
        } finally {
            packet.delete();
            samples.delete();
            if (mono != null) {
                mono.delete();
            }
            if (resampler != null) {
                resampler.delete();
            }
        }
        return peaks;
    }
}
