package org.bobine.playlist.api.model;

import java.util.List;
import org.bobine.account.api.model.ActorSummary;
import org.bobine.core.api.model.Constant;
import org.bobine.video.api.model.Thumbnail;

/** PeerTube's {@code VideoPlaylist}. */
public class VideoPlaylist {
    /** Numeric id. */
    public long id;
    /** UUID. */
    public String uuid;
    /** Short UUID (base58 of the UUID). */
    public String shortUUID;
    /** True for playlists of this instance. */
    public boolean isLocal = true;
    /** Its stable URL, {@code <instance>/video-playlists/<uuid>}. */
    public String url;
    /** Name. */
    public String displayName;
    /** Description, Markdown, may be null. */
    public String description;
    /** 1 public, 2 unlisted, 3 private. */
    public Constant<Integer> privacy;
    /** Path of its thumbnail (uploaded, or the first element's video's that the viewer may see), or null. */
    public String thumbnailPath;
    /** Absolute URL of the thumbnail, or null. */
    public String thumbnailUrl;
    /** The thumbnail with its size (PeerTube 8.1+), empty when none. */
    public List<Thumbnail> thumbnails = List.of();
    /** Number of elements (kept on the playlist's row). */
    public long videosLength;
    /** 1 regular, 2 Watch later. */
    public Constant<Integer> type;
    /** Path of the embed page. */
    public String embedPath;
    /** ISO-8601. */
    public String createdAt;
    /** ISO-8601. */
    public String updatedAt;
    /** The owner. */
    public ActorSummary ownerAccount;
    /** Its place among the channel's playlists, or null. */
    public Integer videoChannelPosition;
    /** The channel, or null. */
    public ActorSummary videoChannel;
}
