package org.bobine.core.api;

/** PeerTube's error codes that Bobine sends in the {@code code} member of a problem. */
public final class ErrorCodes {
    /** The upload would exceed the user's total quota. */
    public static final String QUOTA_REACHED = "quota_reached";
    /** The upload is too large for the instance or the user. */
    public static final String MAX_FILE_SIZE_REACHED = "max_file_size_reached";
    /** The OAuth client is unknown. */
    public static final String INVALID_CLIENT = "invalid_client";
    /** Bad user name or password. */
    public static final String INVALID_GRANT = "invalid_grant";
    /** The bearer token is unknown, expired or revoked. */
    public static final String INVALID_TOKEN = "invalid_token";
    /** The grant type is not supported. */
    public static final String UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type";
    /** The user account is blocked. */
    public static final String USER_BLOCKED = "user_blocked";
    /** A video with this id does not exist. */
    public static final String VIDEO_NOT_FOUND = "video_not_found";
    /** Registration is closed. */
    public static final String SIGNUP_DISABLED = "signup_disabled";
    /** The user name or e-mail is taken. */
    public static final String USER_ALREADY_EXISTS = "user_already_exists";
    /** The channel handle is taken. */
    public static final String CHANNEL_ALREADY_EXISTS = "channel_already_exists";
    /** Too many attempts. */
    public static final String TOO_MANY_REQUESTS = "too_many_requests";

    private ErrorCodes() {
    }
}
