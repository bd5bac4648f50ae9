package org.bobine.notification.api.model;

/** The comment of PeerTube's notification ({@code comment}). */
public class CommentInfo {
    /** Id. */
    public long id;
    /** The thread's first comment. */
    public long threadId;
    /** Its author. */
    public ActorInfo account;
    /** The video commented on. */
    public VideoInfo video;
    /** Whether it waits for the video owner's approval. */
    public boolean heldForReview;
}
