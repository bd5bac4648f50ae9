package org.bobine.account.api.model;

/** An account: the public face of a user (PeerTube's Account). */
public class Account extends ActorSummary {
    /** Description, Markdown, may be null. */
    public String description;
    /** Following count (federation comes later). */
    public long followingCount;
    /** Followers count (federation comes later). */
    public long followersCount;
    /** Creation date, ISO-8601. */
    public String createdAt;
    /** Last update, ISO-8601. */
    public String updatedAt;
    /** The owning user's id; only for local accounts. */
    public Long userId;
}
