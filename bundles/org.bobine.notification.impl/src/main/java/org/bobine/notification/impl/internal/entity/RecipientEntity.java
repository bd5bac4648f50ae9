package org.bobine.notification.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * What notifications keep of a recipient beyond their settings: the language they chose (PeerTube's
 * {@code language} of {@code PUT /users/me}), in which their e-mails are written. No row: the instance's.
 */
@Entity
@Table(name = "BOBINE_NOTIFICATION_RECIPIENT")
public class RecipientEntity {
    /** The core's user id. */
    @Id
    private long userId;

    /** A language tag ({@code en}, {@code fr}...), or null for the instance's default. */
    @Column(length = 16)
    private String language;

    public long getUserId() {
        return userId;
    }

    public void setUserId(long userId) {
        this.userId = userId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
