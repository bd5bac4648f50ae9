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
 * A user's like or dislike of a video, with its URL ({@code <account url>/likes/<video id>} or
 * {@code /dislikes/}, as PeerTube names them) for federation.
 */
@Entity
@Table(name = "BOBINE_RATING", uniqueConstraints = @UniqueConstraint(name = "UQ_RATING", columnNames = {"USERID", "VIDEOID"}),
    indexes = @Index(name = "IDX_RATING_VIDEO", columnList = "videoId"))
public class RatingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(nullable = false)
    private long userId;

    /** The rater's account name: the owner actor. */
    @Column(nullable = false, length = 100)
    private String accountName;

    /** The video (the core's row). */
    @Column(nullable = false)
    private long videoId;

    /** {@code like} or {@code dislike}. */
    @Column(nullable = false, length = 10)
    private String rating;

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

    public long getVideoId() {
        return videoId;
    }

    public void setVideoId(long videoId) {
        this.videoId = videoId;
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
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
