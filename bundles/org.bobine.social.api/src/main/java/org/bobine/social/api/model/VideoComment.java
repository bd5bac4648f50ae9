package org.bobine.social.api.model;

import org.bobine.account.api.model.Account;

/** PeerTube's {@code VideoComment}: a comment or a reply, or the tombstone of a deleted one that has replies. */
public class VideoComment {
    /** Id. */
    public long id;
    /** Its stable URL: {@code <instance>/videos/watch/<video uuid>/comments/<id>}. */
    public String url;
    /** Markdown text (empty once deleted). */
    public String text;
    /** The thread's first comment. */
    public long threadId;
    /** The comment it answers, or null for a thread. */
    public Long inReplyToCommentId;
    /** The video. */
    public long videoId;
    /** ISO-8601. */
    public String createdAt;
    /** ISO-8601. */
    public String updatedAt;
    /** ISO-8601, or null. */
    public String deletedAt;
    /** Whether it waits for the video owner's approval. */
    public boolean heldForReview;
    /** Whether it was deleted. */
    public boolean isDeleted;
    /** Replies of the video's owner in the thread (threads only). */
    public long totalRepliesFromVideoAuthor;
    /** Replies in the thread (threads only). */
    public long totalReplies;
    /** The author, or null once deleted. */
    public Account account;
}
