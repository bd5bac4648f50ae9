package org.bobine.social.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * A comment of a video, or a reply in its thread. A deleted comment with replies keeps its row without text
 * or author (a tombstone); one without replies is removed.
 */
@Entity
@Table(name = "BOBINE_COMMENT", indexes = {@Index(name = "IDX_COMMENT_VIDEO", columnList = "videoId,threadId"),
    @Index(name = "IDX_COMMENT_THREAD", columnList = "threadId")})
public class CommentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    /** The video (the core's row). */
    @Column(nullable = false)
    private long videoId;

    /** The thread's first comment; its own id for a thread (0 until it is known, set in the same transaction). */
    @Column(nullable = false)
    private long threadId;

    /** The comment it answers; null for a thread. */
    private Long inReplyToId;

    /** The author (0 once deleted). */
    @Column(nullable = false)
    private long userId;

    /** The author's account name: the owner actor (null once deleted). */
    @Column(length = 100)
    private String accountName;

    /** Markdown, without raw HTML (empty once deleted). */
    @Column(nullable = false, length = 10000)
    private String text;

    /** Its stable URL. */
    @Column(nullable = false, length = 500)
    private String url;

    @Column(nullable = false)
    private boolean heldForReview;

    @Column(nullable = false)
    private long createdAt;

    @Column(nullable = false)
    private long updatedAt;

    private Long deletedAt;

    /** On a thread's first comment: its published replies (not held, not deleted), kept for sorting by them. */
    private Long replies;

    public long getId() {
        return id;
    }

    public long getVideoId() {
        return videoId;
    }

    public void setVideoId(long videoId) {
        this.videoId = videoId;
    }

    public long getThreadId() {
        return threadId;
    }

    public void setThreadId(long threadId) {
        this.threadId = threadId;
    }

    public Long getInReplyToId() {
        return inReplyToId;
    }

    public void setInReplyToId(Long inReplyToId) {
        this.inReplyToId = inReplyToId;
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public boolean isHeldForReview() {
        return heldForReview;
    }

    public void setHeldForReview(boolean heldForReview) {
        this.heldForReview = heldForReview;
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

    public Long getDeletedAt() {
        return deletedAt;
    }

    public void setDeletedAt(Long deletedAt) {
        this.deletedAt = deletedAt;
    }

    public long getReplies() {
        return replies == null ? 0 : replies;
    }

    public void setReplies(long replies) {
        this.replies = replies;
    }
}
