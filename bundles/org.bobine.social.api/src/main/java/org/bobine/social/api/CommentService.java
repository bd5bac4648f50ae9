package org.bobine.social.api;

import java.util.List;
import java.util.Map;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.social.api.model.CommentThreadTree;
import org.bobine.social.api.model.CommentThreads;
import org.bobine.social.api.model.VideoComment;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Comments of videos, in threads (PeerTube's {@code comment-threads} and {@code comments} routes). Only
 * those who may see a video see or write its comments. A video's {@code commentsPolicy}: 1 enabled, 2
 * disabled, 3 held for the owner's approval; an administrator may turn comments off on the whole instance.
 */
@ProviderType
public interface CommentService {

    /**
     * @param caller  who reads (may be anonymous)
     * @param videoId numeric id, UUID or short UUID
     * @param start   offset
     * @param count   page size, at most 100
     * @param sort    {@code -createdAt} (default), {@code createdAt} or {@code -totalReplies}
     * @return the threads; held ones only for their author and the video's owner
     */
    CommentThreads threads(Caller caller, String videoId, int start, int count, String sort);

    /**
     * @param caller   who reads
     * @param videoId  the video
     * @param threadId the thread's first comment
     * @return the thread, whole
     * @throws BobineException 404 when it is not a thread of that video
     */
    CommentThreadTree thread(Caller caller, String videoId, long threadId);

    /**
     * @param caller  a logged-in user who may see the video
     * @param videoId the video
     * @param text    Markdown, 1 to 10,000 characters (raw HTML is removed)
     * @return the new comment
     * @throws BobineException 403 when comments are disabled, 429 when the caller comments too fast
     */
    VideoComment comment(Caller caller, String videoId, String text);

    /**
     * @param caller    a logged-in user who may see the video
     * @param videoId   the video
     * @param commentId the comment answered (of that video)
     * @param text      Markdown
     * @return the reply
     */
    VideoComment reply(Caller caller, String videoId, long commentId, String text);

    /**
     * Deletes a comment: its author, the video's owner, moderators and administrators may. One with replies
     * stays as a tombstone, so the thread keeps its shape.
     *
     * @param caller    who deletes
     * @param videoId   the video
     * @param commentId the comment
     */
    void delete(Caller caller, String videoId, long commentId);

    /**
     * @param caller    the video's owner (or a moderator)
     * @param videoId   the video
     * @param commentId a held comment
     */
    void approve(Caller caller, String videoId, long commentId);

    /**
     * PeerTube's {@code GET /videos/comments}: the comments of the caller's videos (of every video for
     * moderators), newest first.
     *
     * @param caller         a logged-in user
     * @param start          offset
     * @param count          page size
     * @param heldForReview  only held ones (true), only published ones (false) or both (null)
     * @return the comments with their video
     */
    ResultList<Map<String, Object>> ofMyVideos(Caller caller, int start, int count, Boolean heldForReview);

    /**
     * The newest published comments, for feeds: of one video the caller may see that is public or unlisted, or
     * of every public video. Held, deleted, and comments of private, internal or password-protected videos are
     * never among them.
     *
     * @param caller  who reads (feeds read as nobody)
     * @param videoId a video, or null for all
     * @param count   how many, 1 to 100
     * @return newest first, each shaped as PeerTube's VideoCommentForAdminOrUser (id, url, text, threadId,
     *         inReplyToCommentId, createdAt, updatedAt, account, video {id, uuid, name})
     * @throws BobineException 404 when the video is unknown or hidden from the caller
     */
    List<Map<String, Object>> latest(Caller caller, String videoId, int count);
}
