package org.bobine.social.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** Where a user stopped watching a video (PeerTube's user history), kept while their history is on. */
@Entity
@Table(name = "BOBINE_VIDEO_HISTORY",
    uniqueConstraints = @UniqueConstraint(name = "UQ_HISTORY", columnNames = {"USERID", "VIDEOID"}),
    indexes = @Index(name = "IDX_HISTORY_USER", columnList = "userId,updatedAt"))
public class HistoryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(nullable = false)
    private long userId;

    /** The video (the core's row). */
    @Column(nullable = false)
    private long videoId;

    /** The position, whole seconds. */
    @Column(nullable = false)
    private int currentTime;

    /** When the position was last reported, epoch milliseconds. */
    @Column(nullable = false)
    private long updatedAt;

    public long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public void setUserId(long userId) {
        this.userId = userId;
    }

    public long getVideoId() {
        return videoId;
    }

    public void setVideoId(long videoId) {
        this.videoId = videoId;
    }

    public int getCurrentTime() {
        return currentTime;
    }

    public void setCurrentTime(int currentTime) {
        this.currentTime = currentTime;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }
}
