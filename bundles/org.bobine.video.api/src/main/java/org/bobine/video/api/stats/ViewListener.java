package org.bobine.video.api.stats;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every view report a viewer may make (the core checked the video is visible to them), on the
 * request's thread: it must return at once.
 */
@ConsumerType
public interface ViewListener {

    /**
     * @param videoId         the video
     * @param durationSeconds its duration
     * @param viewer          a short-lived key of the viewer, derived from nothing stored (the same for one
     *                        viewer and video within an hour or so; it cannot be traced back)
     * @param currentTime     the player's position, seconds
     * @param viewEvent       PeerTube's {@code viewEvent} ({@code seek}, {@code watch}) or null
     */
    void viewed(long videoId, long durationSeconds, String viewer, double currentTime, String viewEvent);
}
