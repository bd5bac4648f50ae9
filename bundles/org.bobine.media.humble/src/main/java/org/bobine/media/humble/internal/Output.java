package org.bobine.media.humble.internal;

import io.humble.video.ContainerFormat;
import io.humble.video.KeyValueBag;
import io.humble.video.MediaPacket;
import io.humble.video.Muxer;
import io.humble.video.MuxerStream;
import io.humble.video.Rational;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import org.bobine.media.api.EngineException;

/**
 * A faststart MP4 being written by Humble's muxer. It is written under a hidden temporary name next to its
 * target and renamed over it by {@link #finish()}; closed without finishing, the temporary file is deleted,
 * so a failed or cancelled operation leaves nothing half-written behind.
 */
final class Output implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final Muxer muxer;
    private VideoTrack video;
    private AudioTrack audio;
    private boolean started;
    private boolean finished;

    /**
     * @param target the MP4 to write
     */
    Output(Path target) {
        this.target = target;
        this.temp = target.resolveSibling("." + target.getFileName() + "."
            + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        this.muxer = Muxer.make(Input.url(temp), null, "mp4");
    }

    boolean globalHeader() {
        return muxer.getFormat().getFlag(ContainerFormat.Flag.GLOBAL_HEADER);
    }

    /** Adds the H.264 track; before {@link #start()}. */
    VideoTrack video(VideoTrack.Settings settings) throws EngineException {
        video = new VideoTrack(this, settings);
        return video;
    }

    /** Adds the AAC track; before {@link #start()}. */
    AudioTrack audio(int sampleRate, long bitrate) throws EngineException {
        audio = new AudioTrack(this, sampleRate, bitrate);
        return audio;
    }

    MuxerStream add(io.humble.video.Encoder encoder) {
        return muxer.addNewStream(encoder);
    }

    /** Writes the header; the tracks are all added. */
    void start() throws InterruptedException, IOException {
        KeyValueBag options = KeyValueBag.make();
        // the moov atom is moved before the media data once the file is complete, for progressive playback
        options.setValue("movflags", "+faststart");
        muxer.open(options, null);
        started = true;
    }

    /**
     * @param packet   a complete packet from one of the tracks' encoders
     * @param stream   that track's stream index
     * @param timeBase the encoder's time base, which the packet's timestamps are in
     */
    void write(MediaPacket packet, int stream, Rational timeBase) {
        packet.setStreamIndex(stream);
        packet.setTimeBase(timeBase);
        muxer.write(packet, true);
    }

    /** Drains the encoders, writes the trailer (and moves the index up front) and renames the file. */
    void finish() throws IOException {
        if (video != null) {
            video.flush();
        }
        if (audio != null) {
            audio.flush();
        }
        muxer.close();
        started = false;
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
    }

    @Override
    public void close() {
        if (!finished) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                temp.toFile().deleteOnExit();
            }
        }
        if (started) {
            // Only releases the file handle: with the file already deleted, the faststart pass cannot reopen
            // it, so the trailer fails fast instead of rewriting a file nobody wants.
            try {
                muxer.close();
            } catch (RuntimeException e) {
                // expected, see above
            }
        }
        if (video != null) {
            video.close();
        }
        if (audio != null) {
            audio.close();
        }
        muxer.delete();
    }
}
