package org.bobine.sdk.hook;

import java.util.Map;

/**
 * What a {@link Hooks#FILTER_UPLOAD_ACCEPT} hook is told about an upload about to be accepted.
 *
 * @param username  the uploader's user name
 * @param channel   the handle of the target channel
 * @param name      the video's title
 * @param filename  the original file name as sent by the client (untrusted, never a path)
 * @param size      the size in bytes, or -1 when not yet known
 * @param privacy   PeerTube's privacy id (1 public, 2 unlisted, 3 private, 4 internal, 5 password)
 * @param pluginData what fields plugins added to the upload form sent (PeerTube's {@code pluginData[key]}),
 *                  never null; untrusted client input (since 1.2)
 */
public record UploadAttempt(String username, String channel, String name, String filename, long size, int privacy,
                            Map<String, String> pluginData) {

    /** Copies the plugin data so the record stays immutable. */
    public UploadAttempt {
        pluginData = pluginData == null ? Map.of() : Map.copyOf(pluginData);
    }

    /**
     * An attempt without plugin data (the 1.0 and 1.1 constructor).
     *
     * @param username the uploader's user name
     * @param channel  the handle of the target channel
     * @param name     the video's title
     * @param filename the original file name
     * @param size     the size in bytes, or -1
     * @param privacy  PeerTube's privacy id
     */
    public UploadAttempt(String username, String channel, String name, String filename, long size, int privacy) {
        this(username, channel, name, filename, size, privacy, Map.of());
    }
}
