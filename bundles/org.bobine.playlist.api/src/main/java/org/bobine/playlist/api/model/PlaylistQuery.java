package org.bobine.playlist.api.model;

/** Page, sort and filters of a list of playlists (PeerTube's {@code VideoPlaylistsListQuery}). */
public class PlaylistQuery {
    /** Offset, 0 or more. */
    public int start;
    /** Page size, 0 to 100. */
    public int count = 15;
    /** {@code id}, {@code displayName}, {@code createdAt} or {@code updatedAt}, optionally with '-' (default {@code -updatedAt}). */
    public String sort;
    /** Words of the name, or null. */
    public String search;
    /** 1 regular or 2 Watch later, or null for both. */
    public Integer playlistType;
}
