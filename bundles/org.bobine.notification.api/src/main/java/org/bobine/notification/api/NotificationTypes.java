package org.bobine.notification.api;

/** PeerTube's {@code UserNotificationType} values this instance produces. */
public final class NotificationTypes {

    /** A channel the user follows published a video (public or internal). */
    public static final int NEW_VIDEO_FROM_SUBSCRIPTION = 1;
    /** Someone commented on the user's video (also while the comment is held for their approval). */
    public static final int NEW_COMMENT_ON_MY_VIDEO = 2;
    /** The user's video was published once transcoded. */
    public static final int MY_VIDEO_PUBLISHED = 6;
    /** The user's import by URL succeeded. */
    public static final int MY_VIDEO_IMPORT_SUCCESS = 7;
    /** The user's import by URL failed. */
    public static final int MY_VIDEO_IMPORT_ERROR = 8;
    /** Someone subscribed to one of the user's channels. */
    public static final int NEW_FOLLOW = 10;
    /** Someone replied to the user's comment or mentioned them in a comment. */
    public static final int COMMENT_MENTION = 11;

    private NotificationTypes() {
    }

    /**
     * @param type a type of this class
     * @return the setting that governs it ({@link NotificationSettings}), or null
     */
    public static String setting(int type) {
        return switch (type) {
            case NEW_VIDEO_FROM_SUBSCRIPTION -> "newVideoFromSubscription";
            case NEW_COMMENT_ON_MY_VIDEO -> "newCommentOnMyVideo";
            case MY_VIDEO_PUBLISHED -> "myVideoPublished";
            case MY_VIDEO_IMPORT_SUCCESS, MY_VIDEO_IMPORT_ERROR -> "myVideoImportFinished";
            case NEW_FOLLOW -> "newFollow";
            case COMMENT_MENTION -> "commentMention";
            default -> null;
        };
    }
}
