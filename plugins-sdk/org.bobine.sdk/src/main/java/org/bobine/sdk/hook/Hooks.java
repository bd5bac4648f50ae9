package org.bobine.sdk.hook;

/**
 * Names of the hooks the platform runs and the service properties a hook is registered with.
 *
 * <p>Filter hooks run in ascending {@link #HOOK_PRIORITY} order (ties broken by service id), each one
 * receiving what the previous one returned. Every hook call is bounded in time; a hook that throws or does
 * not return in time is logged and skipped, and the request goes on with the value it had.
 */
public final class Hooks {

    /** Service property: the hook's name, one of the constants of this class (required). */
    public static final String HOOK_NAME = "bobine.hook.name";

    /** Service property: an Integer, lower runs first (optional, default {@value #DEFAULT_PRIORITY}). */
    public static final String HOOK_PRIORITY = "bobine.hook.priority";

    /** The priority of a hook registered without {@link #HOOK_PRIORITY}. */
    public static final int DEFAULT_PRIORITY = 100;

    /**
     * Filter on {@link UploadAttempt}, returning an {@link AcceptResult}: accept or refuse an upload before
     * anything is stored. A refusal is answered with 403 and the result's message.
     */
    public static final String FILTER_UPLOAD_ACCEPT = "filter:api.video.upload.accept.result";

    /**
     * Filter on {@link UploadAttempt}, returning {@link VideoAttributes}: change the attributes an upload is
     * stored with (for example flag it as sensitive). The privacy cannot be changed here.
     *
     * @since 1.1
     */
    public static final String FILTER_UPLOAD_VIDEO_ATTRIBUTES = "filter:api.video.upload.video-attribute.result";

    /**
     * Filter on {@link Viewer}, returning {@link VideoInfo}: what {@code GET /api/v1/videos/{id}} answers. The
     * title, description and nsfw flag of the returned value are used; other changes are ignored.
     *
     * @since 1.1
     */
    public static final String FILTER_VIDEO_GET = "filter:api.video.get.result";

    /** Filter on {@link Viewer}, returning {@link ListParams}: the parameters of a video list. @since 1.1 */
    public static final String FILTER_VIDEOS_LIST_PARAMS = "filter:api.videos.list.params";

    /** Filter on {@link ListParams}, returning a {@link VideoPage}: the page of a video list. @since 1.1 */
    public static final String FILTER_VIDEOS_LIST_RESULT = "filter:api.videos.list.result";

    /** Filter on {@link Viewer}, returning {@link ListParams}: the parameters of a local search. @since 1.1 */
    public static final String FILTER_SEARCH_LOCAL_PARAMS = "filter:api.search.videos.local.list.params";

    /** Filter on {@link ListParams}, returning a {@link VideoPage}: the page of a local search. @since 1.1 */
    public static final String FILTER_SEARCH_LOCAL_RESULT = "filter:api.search.videos.local.list.result";

    /**
     * Filter on {@link DownloadAttempt}, returning an {@link AcceptResult}: allow a file download (the
     * {@code /download/} URLs). A refusal is answered with 403 and the result's message.
     *
     * @since 1.1
     */
    public static final String FILTER_DOWNLOAD_ALLOWED = "filter:api.download.video.allowed.result";

    /**
     * Filter on {@link EmbedAttempt}, returning an {@link AcceptResult}: allow the embed page of a video. A
     * refusal is answered with 403 and a page showing the result's message.
     *
     * @since 1.1
     */
    public static final String FILTER_EMBED_ALLOWED = "filter:html.embed.video.allowed.result";

    /**
     * Filter on {@link ImportAttempt}, returning an {@link AcceptResult}: accept an import by URL before anything
     * is downloaded. A refusal is answered with 403 and the result's message.
     *
     * @since 1.1
     */
    public static final String FILTER_PRE_IMPORT_URL_ACCEPT = "filter:api.video.pre-import-url.accept.result";

    /**
     * Filter on {@link CommentAttempt}, returning an {@link AcceptResult}: accept a new comment thread before it
     * is stored. A refusal is answered with 403 and the result's message.
     *
     * @since 1.3
     */
    public static final String FILTER_THREAD_CREATE_ACCEPT = "filter:api.video-thread.create.accept.result";

    /**
     * Filter on {@link CommentAttempt}, returning an {@link AcceptResult}: accept a reply before it is stored. A
     * refusal is answered with 403 and the result's message.
     *
     * @since 1.3
     */
    public static final String FILTER_REPLY_CREATE_ACCEPT = "filter:api.video-comment-reply.create.accept.result";

    /** Filter on {@link Viewer}, returning a {@link CommentPage}: a page of a video's threads. @since 1.3 */
    public static final String FILTER_THREADS_LIST_RESULT = "filter:api.video-threads.list.result";

    /** Action with a {@link CommentInfo}, after a new thread was stored. @since 1.3 */
    public static final String ACTION_THREAD_CREATED = "action:api.video-thread.created";

    /** Action with a {@link CommentInfo}, after a reply was stored. @since 1.3 */
    public static final String ACTION_REPLY_CREATED = "action:api.video-comment-reply.created";

    /** Action with a {@link CommentInfo} (as it was), after a comment was deleted. @since 1.3 */
    public static final String ACTION_COMMENT_DELETED = "action:api.video-comment.deleted";

    /** Action with a {@link VideoEvent}, after an upload has been stored and its row written. */
    public static final String ACTION_VIDEO_UPLOADED = "action:api.video.uploaded";

    /** Action with a {@link VideoEvent}, after a video's attributes were changed. */
    public static final String ACTION_VIDEO_UPDATED = "action:api.video.updated";

    /** Action with a {@link VideoEvent}, after a video and its files were deleted. */
    public static final String ACTION_VIDEO_DELETED = "action:api.video.deleted";

    /** Action with a {@link ViewEvent}, when a player reports a view ({@code POST /api/v1/videos/{id}/views}). @since 1.1 */
    public static final String ACTION_VIDEO_VIEWED = "action:api.video.viewed";

    /**
     * Action with an {@link ApplicationEvent}, once the instance answers HTTP requests. A hook registered later
     * (a plugin installed on a running instance) is run once when it arrives.
     *
     * @since 1.1
     */
    public static final String ACTION_APPLICATION_LISTENING = "action:application.listening";

    private Hooks() {
    }
}
