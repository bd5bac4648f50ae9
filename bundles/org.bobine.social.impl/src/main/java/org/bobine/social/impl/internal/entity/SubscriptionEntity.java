package org.bobine.social.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * A user's subscription to a channel: in ActivityPub terms, their account follows the channel. It keeps its
 * follow's URL ({@code <account url>/follows/<channel id>}, as PeerTube names it) for federation.
 */
@Entity
@Table(name = "BOBINE_SUBSCRIPTION", uniqueConstraints = @UniqueConstraint(name = "UQ_SUBSCRIPTION", columnNames = {"USERID", "CHANNELID"}),
    indexes = @Index(name = "IDX_SUBSCRIPTION_CHANNEL", columnList = "channelId"))
public class SubscriptionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    /** The subscriber (a user of this instance; the accounts' row, no foreign key across units). */
    @Column(nullable = false)
    private long userId;

    /** The subscriber's account name: the owner actor. */
    @Column(nullable = false, length = 100)
    private String accountName;

    /** The channel (the core's row). */
    @Column(nullable = false)
    private long channelId;

    /** The channel's name, for sorting and searching without asking the core. */
    @Column(nullable = false, length = 100)
    private String channelName;

    /** The follow's URL. */
    @Column(nullable = false, length = 500)
    private String url;

    @Column(nullable = false)
    private long createdAt;

    public long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public void setUserId(long userId) {
        this.userId = userId;
    }

    public String getAccountName() {
        return accountName;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    public long getChannelId() {
        return channelId;
    }

    public void setChannelId(long channelId) {
        this.channelId = channelId;
    }

    public String getChannelName() {
        return channelName;
    }

    public void setChannelName(String channelName) {
        this.channelName = channelName;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }
}
