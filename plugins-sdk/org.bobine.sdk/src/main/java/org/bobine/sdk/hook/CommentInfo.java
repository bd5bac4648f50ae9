package org.bobine.sdk.hook;

/**
 * A comment as hooks see it: the event of {@link Hooks#ACTION_THREAD_CREATED},
 * {@link Hooks#ACTION_REPLY_CREATED} and {@link Hooks#ACTION_COMMENT_DELETED}, and the items of a
 * {@link CommentPage}.
 *
 * @param id                 the comment's id
 * @param url                its stable URL
 * @param videoId            the video's numeric id
 * @param videoUuid          the video's UUID
 * @param username           its author (null once deleted)
 * @param text               its Markdown text (empty once deleted)
 * @param threadId           the thread's first comment
 * @param inReplyToCommentId the answered comment, or null for a thread
 * @param heldForReview      whether it waits for the video owner's approval
 * @since 1.3
 */
public record CommentInfo(long id, String url, long videoId, String videoUuid, String username, String text, long threadId,
                          Long inReplyToCommentId, boolean heldForReview) {
}
