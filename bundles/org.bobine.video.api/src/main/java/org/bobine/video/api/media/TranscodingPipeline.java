package org.bobine.video.api.media;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by the capability that transcodes uploads while it runs. With one, uploads are kept "to
 * transcode" until it publishes their renditions and every container ffmpeg reads is accepted; without one,
 * uploads are published at once as their original web video (as PeerTube does with transcoding disabled)
 * and stay marked as waiting, so a pipeline installed later transcodes them.
 */
@ConsumerType
public interface TranscodingPipeline {

    /** A video now waits ({@link VideoMediaService#awaitingTranscoding}): look for work now. */
    void wakeUp();

    /**
     * A video was deleted (its rows and files are gone): forget its jobs and their work. A pipeline that was
     * not running then finds such jobs itself when it starts ({@link VideoMediaService#media} answers null).
     *
     * @param videoId the video
     */
    void videoDeleted(long videoId);
}
