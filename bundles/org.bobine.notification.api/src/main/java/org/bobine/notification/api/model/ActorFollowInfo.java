package org.bobine.notification.api.model;

/** The follow of PeerTube's notification ({@code actorFollow}). */
public class ActorFollowInfo {
    /** Id (this instance's subscriptions have none of their own: the channel's). */
    public long id;
    /** Who followed. */
    public ActorInfo follower;
    /** {@code accepted}: local subscriptions are accepted at once. */
    public String state = "accepted";
    /** What was followed. */
    public Following following;

    /** What a follow is of. */
    public static class Following {
        /** {@code channel} here. */
        public String type = "channel";
        /** Handle name. */
        public String name;
        /** Display name. */
        public String displayName;
        /** Host. */
        public String host;
    }
}
