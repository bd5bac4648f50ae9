package org.bobine.account.api.model;

/** Creating or updating a channel (PeerTube's VideoChannelCreate / VideoChannelUpdate). */
public class ChannelCreate {
    /** Handle; only on creation. */
    public String name;
    /** Display name, 1-120 characters. */
    public String displayName;
    /** Description, Markdown, 3-1000 characters. */
    public String description;
    /** Support text, Markdown, 3-1000 characters. */
    public String support;
}
