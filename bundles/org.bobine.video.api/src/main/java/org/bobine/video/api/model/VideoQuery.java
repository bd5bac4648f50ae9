package org.bobine.video.api.model;

import java.util.List;

/** Filters, sort and page of a video list or search (a subset of PeerTube's VideosCommonQuery). */
public class VideoQuery {
    /** Offset, 0 or more. */
    public int start;
    /** Page size, 0 to 100. */
    public int count = 15;
    /** Sort key, optionally prefixed by '-': name, duration, createdAt, publishedAt, originallyPublishedAt, views, likes, trending, match. */
    public String sort = "-publishedAt";
    /** "true", "false" or "both"; null for the instance policy. */
    public String nsfw;
    /** Only local (true) or only remote (false) videos; null for both. */
    public Boolean isLocal;
    /** Category ids. */
    public List<Integer> categoryOneOf;
    /** Licence ids. */
    public List<Integer> licenceOneOf;
    /** Language codes. */
    public List<String> languageOneOf;
    /** Tags, any of. */
    public List<String> tagsOneOf;
    /** Tags, all of. */
    public List<String> tagsAllOf;
    /** Words to search in names, descriptions and tags. */
    public String search;
    /** Only videos of these channels (by id); null for all, empty for none (the feed of a user's subscriptions). */
    public List<Long> channelIdOneOf;
}
