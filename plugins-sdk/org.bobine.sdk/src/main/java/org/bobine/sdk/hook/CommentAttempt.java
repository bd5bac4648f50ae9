package org.bobine.sdk.hook;

/**
 * A comment about to be stored, filtered by {@link Hooks#FILTER_THREAD_CREATE_ACCEPT} (a new thread) and
 * {@link Hooks#FILTER_REPLY_CREATE_ACCEPT} (a reply), which return an {@link AcceptResult}. The text has been
 * checked and cleaned of raw HTML already.
 *
 * @param username           who writes
 * @param videoId            the video's numeric id
 * @param videoUuid          the video's UUID
 * @param text               the Markdown text
 * @param inReplyToCommentId the answered comment, or null for a new thread
 * @since 1.3
 */
public record CommentAttempt(String username, long videoId, String videoUuid, String text, Long inReplyToCommentId) {
}
