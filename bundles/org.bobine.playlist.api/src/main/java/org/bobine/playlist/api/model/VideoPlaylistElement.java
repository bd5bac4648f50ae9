package org.bobine.playlist.api.model;

import org.bobine.video.api.model.Video;

/**
 * PeerTube's {@code VideoPlaylistElement}: a video at a position, played from {@code startTimestamp} to
 * {@code stopTimestamp}. When the viewer may not see the video, {@code video} is null and {@code type} says why.
 */
public class VideoPlaylistElement {
    /** A video the viewer may see. */
    public static final int REGULAR = 0;
    /** The video was deleted. */
    public static final int DELETED = 1;
    /** The video is private, internal or protected, and the viewer may not see it. */
    public static final int PRIVATE = 2;
    /** The video is blocked. */
    public static final int UNAVAILABLE = 3;

    /** Id. */
    public long id;
    /** 1-based. */
    public int position;
    /** Seconds, or null from the start. */
    public Integer startTimestamp;
    /** Seconds, or null to the end. */
    public Integer stopTimestamp;
    /** {@link #REGULAR}, {@link #DELETED}, {@link #PRIVATE} or {@link #UNAVAILABLE}. */
    public int type;
    /** The video, or null unless {@link #REGULAR}. */
    public Video video;
}
