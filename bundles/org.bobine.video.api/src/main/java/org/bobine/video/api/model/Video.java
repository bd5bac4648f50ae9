package org.bobine.video.api.model;

import java.util.List;
import org.bobine.account.api.model.ActorSummary;
import org.bobine.core.api.model.Constant;

/** A video as listed (PeerTube's Video); {@link VideoDetails} adds the full description, files and more. */
public class Video {
    /** Numeric id. */
    public long id;
    /** UUID. */
    public String uuid;
    /** Short UUID (base58 of the UUID). */
    public String shortUUID;
    /** ActivityPub URL, also the watch page. */
    public String url;
    /** Title. */
    public String name;
    /** Category. */
    public Constant<Integer> category;
    /** Licence. */
    public Constant<Integer> licence;
    /** Language. */
    public Constant<String> language;
    /** Privacy. */
    public Constant<Integer> privacy;
    /** Description (in lists: truncated to 250 characters), Markdown. */
    public String description;
    /** Description truncated to 250 characters. */
    public String truncatedDescription;
    /** Duration in seconds, 0 until probed. */
    public long duration;
    /** True for videos of this instance. */
    public boolean isLocal = true;
    /** True for lives. */
    public boolean isLive;
    /** Width / height, null until probed. */
    public Double aspectRatio;
    /** Path of the thumbnail, may be null until generated. */
    public String thumbnailPath;
    /** Path of the preview, may be null until generated. */
    public String previewPath;
    /** Its images with their sizes (PeerTube 8.1+): the thumbnail (280x157) and the preview (850x480). */
    public List<Thumbnail> thumbnails = List.of();
    /** Path of the embed page. */
    public String embedPath;
    /** Views. */
    public long views;
    /** Current viewers. */
    public long viewers;
    /** Likes. */
    public long likes;
    /** Dislikes. */
    public long dislikes;
    /** Comments. */
    public long comments;
    /** Downloads. */
    public long downloads;
    /** Not safe for work. */
    public boolean nsfw;
    /** NSFW flags bit set. */
    public int nsfwFlags;
    /** NSFW summary. */
    public String nsfwSummary;
    /** Creation date. */
    public String createdAt;
    /** Last update. */
    public String updatedAt;
    /** Publication date. */
    public String publishedAt;
    /** Original publication date given by the creator, may be null. */
    public String originallyPublishedAt;
    /** Processing state. */
    public Constant<Integer> state;
    /** Whether to wait for transcoding before publishing. */
    public Boolean waitTranscoding;
    /** Owner account. */
    public ActorSummary account;
    /** Channel. */
    public ActorSummary channel;
    /** Tags. */
    public List<String> tags;
}
