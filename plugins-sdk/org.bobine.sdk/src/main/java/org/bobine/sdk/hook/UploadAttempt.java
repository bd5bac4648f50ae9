package org.bobine.sdk.hook;

/**
 * What a {@link Hooks#FILTER_UPLOAD_ACCEPT} hook is told about an upload about to be accepted.
 *
 * @param username  the uploader's user name
 * @param channel   the handle of the target channel
 * @param name      the video's title
 * @param filename  the original file name as sent by the client (untrusted, never a path)
 * @param size      the size in bytes, or -1 when not yet known
 * @param privacy   PeerTube's privacy id (1 public, 2 unlisted, 3 private, 4 internal, 5 password)
 */
public record UploadAttempt(String username, String channel, String name, String filename, long size, int privacy) {
}
