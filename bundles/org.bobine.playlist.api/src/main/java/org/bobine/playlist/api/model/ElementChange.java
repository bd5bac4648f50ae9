package org.bobine.playlist.api.model;

/**
 * The times of an element (PeerTube's {@code VideoPlaylistElementCreate} and {@code VideoPlaylistElementUpdate}).
 * On a change, a time is changed only when its flag is set (a null clears it).
 */
public class ElementChange {
    /** The video to add: numeric id, UUID or short UUID (creation only). */
    public String videoId;
    /** Seconds from the video's start, at most its duration, or null. */
    public Integer startTimestamp;
    /** Seconds, after the start, at most the duration, or null. */
    public Integer stopTimestamp;
    /** Whether {@link #startTimestamp} was sent. */
    public boolean startSet;
    /** Whether {@link #stopTimestamp} was sent. */
    public boolean stopSet;
}
