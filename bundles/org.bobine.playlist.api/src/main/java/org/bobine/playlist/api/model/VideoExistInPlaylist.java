package org.bobine.playlist.api.model;

/** PeerTube's {@code VideoExistInPlaylist}: one of the caller's playlists holding a video. */
public class VideoExistInPlaylist {
    /** The element. */
    public long playlistElementId;
    /** The playlist. */
    public long playlistId;
    /** The playlist's name. */
    public String playlistDisplayName;
    /** The playlist's short UUID. */
    public String playlistShortUUID;
    /** Seconds, or null. */
    public Integer startTimestamp;
    /** Seconds, or null. */
    public Integer stopTimestamp;
}
