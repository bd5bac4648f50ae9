package org.bobine.account.api.model;

import java.util.List;

/** A video channel (PeerTube's VideoChannel). */
public class VideoChannel extends ActorSummary {
    /** Description, Markdown, may be null. */
    public String description;
    /** Support text, Markdown, may be null. */
    public String support;
    /** True for channels of this instance. */
    public boolean isLocal = true;
    /** Following count. */
    public long followingCount;
    /** Followers count. */
    public long followersCount;
    /** Creation date, ISO-8601. */
    public String createdAt;
    /** Last update, ISO-8601. */
    public String updatedAt;
    /** The owner's account; absent inside a user's own channel list. */
    public Account ownerAccount;
    /** Owner account id, in a user's own channel list. */
    public Long ownerAccountId;
    /** Number of videos the caller may see in it, when asked for. */
    public Long videosCount;
    /** Banners (none yet). */
    public List<Object> banners = List.of();
}
