package org.bobine.notification.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One notification of a user. It keeps what its message needs (names at the time it happened) and the ids of
 * what it is about; listing asks the core for the video again, so a video the user may no longer see is not
 * shown.
 */
@Entity
@Table(name = "BOBINE_NOTIFICATION", indexes = {@Index(name = "IDX_NOTIFICATION_USER", columnList = "userId,readFlag"),
    @Index(name = "IDX_NOTIFICATION_VIDEO", columnList = "videoId")})
public class NotificationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    /** The recipient (a user of this instance; no foreign key across units). */
    @Column(nullable = false)
    private long userId;

    /** PeerTube's notification type. */
    @Column(nullable = false)
    private int type;

    /** Whether the user read it. */
    @Column(nullable = false)
    private boolean readFlag;

    /** Epoch milliseconds. */
    @Column(nullable = false)
    private long createdAt;

    /** Epoch milliseconds. */
    @Column(nullable = false)
    private long updatedAt;

    /** The video concerned, if any (the core's id). */
    private Long videoId;

    /** Its UUID. */
    @Column(length = 64)
    private String videoUuid;

    /** Its name when it happened. */
    @Column(length = 300)
    private String videoName;

    /** The channel concerned (a new video's, the followed one). */
    private Long channelId;

    /** Its handle name. */
    @Column(length = 100)
    private String channelName;

    /** Its display name. */
    @Column(length = 300)
    private String channelDisplayName;

    /** Who acted (commenter, follower): their account id. */
    private Long actorAccountId;

    /** Their account name. */
    @Column(length = 100)
    private String actorName;

    /** Their display name. */
    @Column(length = 300)
    private String actorDisplayName;

    /** The comment. */
    private Long commentId;

    /** Its thread. */
    private Long threadId;

    /** Whether the comment was held for the owner's approval. */
    @Column(nullable = false)
    private boolean held;

    /** The import. */
    private Long importId;

    /** What was imported. */
    @Column(length = 2000)
    private String targetUrl;

    public long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public void setUserId(long userId) {
        this.userId = userId;
    }

    public int getType() {
        return type;
    }

    public void setType(int type) {
        this.type = type;
    }

    public boolean isReadFlag() {
        return readFlag;
    }

    public void setReadFlag(boolean readFlag) {
        this.readFlag = readFlag;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Long getVideoId() {
        return videoId;
    }

    public void setVideoId(Long videoId) {
        this.videoId = videoId;
    }

    public String getVideoUuid() {
        return videoUuid;
    }

    public void setVideoUuid(String videoUuid) {
        this.videoUuid = videoUuid;
    }

    public String getVideoName() {
        return videoName;
    }

    public void setVideoName(String videoName) {
        this.videoName = videoName;
    }

    public Long getChannelId() {
        return channelId;
    }

    public void setChannelId(Long channelId) {
        this.channelId = channelId;
    }

    public String getChannelName() {
        return channelName;
    }

    public void setChannelName(String channelName) {
        this.channelName = channelName;
    }

    public String getChannelDisplayName() {
        return channelDisplayName;
    }

    public void setChannelDisplayName(String channelDisplayName) {
        this.channelDisplayName = channelDisplayName;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public void setActorAccountId(Long actorAccountId) {
        this.actorAccountId = actorAccountId;
    }

    public String getActorName() {
        return actorName;
    }

    public void setActorName(String actorName) {
        this.actorName = actorName;
    }

    public String getActorDisplayName() {
        return actorDisplayName;
    }

    public void setActorDisplayName(String actorDisplayName) {
        this.actorDisplayName = actorDisplayName;
    }

    public Long getCommentId() {
        return commentId;
    }

    public void setCommentId(Long commentId) {
        this.commentId = commentId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public void setThreadId(Long threadId) {
        this.threadId = threadId;
    }

    public boolean isHeld() {
        return held;
    }

    public void setHeld(boolean held) {
        this.held = held;
    }

    public Long getImportId() {
        return importId;
    }

    public void setImportId(Long importId) {
        this.importId = importId;
    }

    public String getTargetUrl() {
        return targetUrl;
    }

    public void setTargetUrl(String targetUrl) {
        this.targetUrl = targetUrl;
    }
}
