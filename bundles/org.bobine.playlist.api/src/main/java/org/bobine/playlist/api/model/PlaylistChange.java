package org.bobine.playlist.api.model;

/**
 * What a client sends to create or change a playlist (PeerTube's {@code VideoPlaylistCreate} and
 * {@code VideoPlaylistUpdate}); null fields are left as they are on a change.
 */
public class PlaylistChange {
    /** Name, 1 to 120 characters (required on creation). */
    public String displayName;
    /** Description, 3 to 1,000 characters, or null. */
    public String description;
    /** 1 public, 2 unlisted, 3 private (private when left out on creation). */
    public Integer privacy;
    /** One of the owner's channels (required for a public playlist). */
    public Long videoChannelId;
    /** True to take the playlist out of its channel (PeerTube's {@code videoChannelId: null}). */
    public boolean removeChannel;
    /** PNG, JPEG or WebP bytes of an uploaded thumbnail, or null. */
    public byte[] thumbnail;
}
