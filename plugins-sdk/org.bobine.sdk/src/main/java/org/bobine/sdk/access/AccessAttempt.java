package org.bobine.sdk.access;

import org.bobine.sdk.hook.Viewer;

/**
 * One attempt to reach a guarded video.
 *
 * @param viewer        who asks
 * @param secret        the secret sent ({@code x-peertube-video-password} header), or null
 * @param clientAddress the client's IP address, for rate limiting
 * @param purpose       "api" (the video's JSON), "media" (a file or segment), "page" (watch or embed page)
 */
public record AccessAttempt(Viewer viewer, String secret, String clientAddress, String purpose) {
}
