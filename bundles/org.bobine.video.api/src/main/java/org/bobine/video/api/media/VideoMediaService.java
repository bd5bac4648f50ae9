package org.bobine.video.api.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The core's side of a video's media, for the pipelines that make renditions. The work item is the video
 * itself: an upload marks it as waiting ({@link #awaitingTranscoding}), a pipeline takes it
 * ({@link #taken}) into its own queue, and later publishes what it made ({@link #publish}) or gives up
 * ({@link #failed}). Every method is safe to call again after a crash: taking twice, publishing a video that
 * was deleted meanwhile, failing a published video change nothing.
 */
@ProviderType
public interface VideoMediaService {

    /**
     * @param max at most this many
     * @return ids of the videos waiting for transcoding, oldest upload first
     */
    List<Long> awaitingTranscoding(int max);

    /**
     * The pipeline has queued the video's transcoding (in its own storage, committed): it no longer waits.
     *
     * @param videoId the video
     */
    void taken(long videoId);

    /**
     * @param videoId a video
     * @return its media now, or null when it is gone
     */
    VideoMedia media(long videoId);

    /**
     * @param caller  who asks
     * @param videoId a video's id, UUID or short UUID
     * @return its media, when the caller owns the video or moderates
     * @throws BobineException 401, 403 or 404
     */
    VideoMedia owned(Caller caller, String videoId);

    /**
     * Replaces an audio-only upload's file by the video made of it (its image and sound), with a new torrent;
     * the old file goes once the row points to the new one.
     *
     * @param videoId the video
     * @param video   the new file, which is moved into storage
     * @throws IOException when it cannot be installed (nothing changed then)
     */
    void replaceOriginal(long videoId, WebVideoRendition video) throws IOException;

    /**
     * Publishes renditions: the HLS folder (with {@code master.m3u8} and {@code segments-sha256.json}) is
     * moved into storage in one rename, on the side the video's privacy asks for; web videos, when given,
     * replace the original file; then the rows are written and a video waiting for them is published, in
     * one transaction. A video deleted meanwhile leaves nothing behind.
     *
     * @param videoId   the video
     * @param hlsFolder the folder, below the data directory
     * @param hls       its renditions, lowest first
     * @param webVideos web-video files replacing the original, or an empty list to keep it
     * @throws IOException when the files cannot be installed (nothing is published then)
     */
    void publish(long videoId, Path hlsFolder, List<HlsRendition> hls, List<WebVideoRendition> webVideos)
        throws IOException;

    /**
     * The video's transcoding failed for good: a video still waiting for it shows the failed state.
     *
     * @param videoId the video
     */
    void failed(long videoId);
}
