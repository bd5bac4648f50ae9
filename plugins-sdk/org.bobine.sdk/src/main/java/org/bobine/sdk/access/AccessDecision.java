package org.bobine.sdk.access;

/** What a {@link VideoAccessGuard} decides for one attempt. */
public enum AccessDecision {
    /** The viewer may see the video. */
    GRANTED,
    /** No secret was given: 403 {@code video_requires_password}. */
    SECRET_REQUIRED,
    /** The secret is wrong: 403 {@code incorrect_video_password}. */
    SECRET_INCORRECT,
    /** Too many wrong attempts from this client: 429. */
    TOO_MANY_ATTEMPTS
}
