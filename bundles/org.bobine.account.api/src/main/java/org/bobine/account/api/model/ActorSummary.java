package org.bobine.account.api.model;

import java.util.List;

/** A short form of an account or channel, as embedded in a video (PeerTube's AccountSummary / VideoChannelSummary). */
public class ActorSummary {
    /** Numeric id. */
    public long id;
    /** Handle (preferred user name). */
    public String name;
    /** Display name. */
    public String displayName;
    /** ActivityPub URL of the actor. */
    public String url;
    /** Host and port of the instance the actor lives on. */
    public String host;
    /** Avatars (none yet). */
    public List<Object> avatars = List.of();
}
