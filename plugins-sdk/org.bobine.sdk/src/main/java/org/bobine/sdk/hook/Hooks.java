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

    /** Action with a {@link VideoEvent}, after an upload has been stored and its row written. */
    public static final String ACTION_VIDEO_UPLOADED = "action:api.video.uploaded";

    /** Action with a {@link VideoEvent}, after a video's attributes were changed. */
    public static final String ACTION_VIDEO_UPDATED = "action:api.video.updated";

    /** Action with a {@link VideoEvent}, after a video and its files were deleted. */
    public static final String ACTION_VIDEO_DELETED = "action:api.video.deleted";

    private Hooks() {
    }
}
