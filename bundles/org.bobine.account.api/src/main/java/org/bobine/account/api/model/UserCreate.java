package org.bobine.account.api.model;

/** What an administrator sends to create a user (PeerTube's UserCreate) or a visitor to register. */
public class UserCreate {
    /** Login name, 1-50 of a-z 0-9 _ . - */
    public String username;
    /** Password, 8-72 characters. */
    public String password;
    /** E-mail address. */
    public String email;
    /** Total quota in bytes, -1 unlimited; null for the instance default. */
    public Long videoQuota;
    /** Daily quota in bytes, -1 unlimited; null for the instance default. */
    public Long videoQuotaDaily;
    /** Role id; null for user. */
    public Integer role;
    /** Admin flags. */
    public Integer adminFlags;
    /** Handle of the first channel; default {@code <username>_channel}. */
    public String channelName;
    /** Display name (registration). */
    public String displayName;
    /** First channel (registration). */
    public ChannelCreate channel;
}
