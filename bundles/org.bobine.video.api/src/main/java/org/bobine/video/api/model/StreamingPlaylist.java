package org.bobine.video.api.model;

import java.util.List;

/** A video's HLS playlist (PeerTube's VideoStreamingPlaylist). */
public class StreamingPlaylist {
    /** Numeric id. */
    public long id;
    /** 1: HLS. */
    public int type = 1;
    /** Absolute URL of the master playlist. */
    public String playlistUrl;
    /** Absolute URL of the SHA-256 of every segment, which P2P loaders check. */
    public String segmentsSha256Url;
    /** Mirrors (none). */
    public List<Object> redundancies = List.of();
    /** One file per resolution, with its own playlistUrl. */
    public List<VideoFile> files = List.of();
}
