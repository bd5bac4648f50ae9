package org.bobine.media.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A transcoding engine, registered as a whiteboard service with the property {@link #ENGINE_NAME}. Every
 * operation reads one input file and writes its outputs itself; callers give paths below a temporary
 * directory and move the results into storage once the operation succeeded. Operations are bounded in
 * time, may be cancelled by interrupting the calling thread, and leave no process running after they return.
 */
@ConsumerType
public interface TranscodingEngine {

    /** Service property: the engine's name, e.g. "ffmpeg" or "humble" (required). */
    String ENGINE_NAME = "bobine.engine.name";

    /** What an engine can do. */
    enum Capability {
        /** {@link #probe}. */
        PROBE,
        /** {@link #thumbnail}. */
        THUMBNAIL,
        /** {@link #webVideo}: faststart MP4. */
        WEB_VIDEO,
        /** {@link #hlsRendition}: fragmented MP4 HLS. */
        HLS_FMP4,
        /** {@link #audioMerge}: a video of a still image over an audio file. */
        AUDIO_MERGE
    }

    /** @return the engine's name, the value of {@link #ENGINE_NAME} */
    String name();

    /** @return what this engine can do; operations outside it throw {@link EngineException.Kind#UNSUPPORTED} */
    Set<Capability> capabilities();

    /**
     * Reads the streams of a file.
     *
     * @param input   the file
     * @param timeout bound of the operation
     * @return what it contains
     * @throws EngineException INVALID_INPUT when it has neither a decodable video nor an audio stream
     */
    MediaInfo probe(Path input, Duration timeout) throws EngineException;

    /**
     * Writes one JPEG frame, scaled and cropped to exactly width x height.
     *
     * @param input     the file
     * @param atSeconds where to take the frame
     * @param width     output width
     * @param height    output height
     * @param output    the JPEG to write
     * @param timeout   bound of the operation
     * @throws EngineException on failure
     */
    void thumbnail(Path input, double atSeconds, int width, int height, Path output, Duration timeout)
        throws EngineException;

    /**
     * Writes a faststart MP4 (H.264 + AAC) of one rendition.
     *
     * @param input     the file
     * @param rendition the rendition
     * @param output    the MP4 to write
     * @param progress  told the progress
     * @param timeout   bound of the operation
     * @throws EngineException on failure
     */
    void webVideo(Path input, Rendition rendition, Path output, Progress progress, Duration timeout)
        throws EngineException;

    /**
     * Writes one HLS rendition in fragmented MP4: {@code <name>.m3u8}, its init segment and its media
     * segments, in a single byte-ranged {@code <name>-fragmented.mp4} file as PeerTube does.
     *
     * @param input           the file
     * @param rendition       the rendition
     * @param directory       where to write
     * @param name            base name of the playlist and segment file
     * @param segmentSeconds  target segment duration
     * @param progress        told the progress
     * @param timeout         bound of the operation
     * @throws EngineException on failure, UNSUPPORTED for engines without HLS_FMP4
     */
    void hlsRendition(Path input, Rendition rendition, Path directory, String name, int segmentSeconds,
                      Progress progress, Duration timeout) throws EngineException;

    /**
     * Writes a faststart MP4 (H.264 + AAC) showing one still image for the whole duration of an audio file,
     * as PeerTube does for audio-only uploads. The image is scaled to fit the rendition's height (padded to
     * even dimensions).
     *
     * @param audio     the audio file
     * @param image     the still image (JPEG or PNG)
     * @param rendition the rendition (height and frame rate of the output)
     * @param output    the MP4 to write
     * @param progress  told the progress
     * @param timeout   bound of the operation
     * @throws EngineException on failure, UNSUPPORTED for engines without AUDIO_MERGE
     */
    default void audioMerge(Path audio, Path image, Rendition rendition, Path output, Progress progress,
                            Duration timeout) throws EngineException {
        throw new EngineException(EngineException.Kind.UNSUPPORTED,
            "The " + name() + " engine cannot make a video from an audio file", "");
    }
}
