package org.bobine.social.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** What the social capability keeps of a user's choices; a user without a row has the defaults. */
@Entity
@Table(name = "BOBINE_SOCIAL_USER")
public class SocialUserEntity {
    /** The core's user id. */
    @Id
    private long userId;

    /** Whether where they stop watching is kept (PeerTube's {@code videosHistoryEnabled}, default true). */
    @Column(nullable = false)
    private boolean historyEnabled = true;

    public long getUserId() {
        return userId;
    }

    public void setUserId(long userId) {
        this.userId = userId;
    }

    public boolean isHistoryEnabled() {
        return historyEnabled;
    }

    public void setHistoryEnabled(boolean historyEnabled) {
        this.historyEnabled = historyEnabled;
    }
}
