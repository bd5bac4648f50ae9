package org.bobine.notification.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** One of a user's notification settings that differs from PeerTube's default (the others are not stored). */
@Entity
@Table(name = "BOBINE_NOTIFICATION_SETTING", uniqueConstraints = @UniqueConstraint(name = "UQ_NOTIFICATION_SETTING", columnNames = {"USERID", "NAME"}))
public class NotificationSettingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    /** The user. */
    @Column(nullable = false)
    private long userId;

    /** PeerTube's setting name. */
    @Column(nullable = false, length = 64)
    private String name;

    /** 0 none, 1 web, 2 e-mail, 3 both. */
    @Column(nullable = false)
    private int value;

    public long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public void setUserId(long userId) {
        this.userId = userId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getValue() {
        return value;
    }

    public void setValue(int value) {
        this.value = value;
    }
}
