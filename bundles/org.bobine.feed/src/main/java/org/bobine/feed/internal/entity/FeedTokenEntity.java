package org.bobine.feed.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A user's feed token: the secret of their subscription feed's URL (PeerTube's {@code feedToken}). Kept as
 * given out, since {@code GET /api/v1/users/scoped-tokens} shows it again; it opens nothing but that feed.
 */
@Entity
@Table(name = "BOBINE_FEED_TOKEN")
public class FeedTokenEntity {

    /** The user (the accounts' row; no foreign key across units). */
    @Id
    private long userId;

    @Column(nullable = false, length = 64)
    private String token;

    @Column(nullable = false)
    private long createdAt;

    public long getUserId() {
        return userId;
    }

    public void setUserId(long userId) {
        this.userId = userId;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }
}
