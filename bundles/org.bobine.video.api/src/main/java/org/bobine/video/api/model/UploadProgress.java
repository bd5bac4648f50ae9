package org.bobine.video.api.model;

/**
 * Where a resumable upload stands after a chunk.
 *
 * @param uploadId  the session id
 * @param received  bytes received so far
 * @param total     bytes expected
 * @param video     the created video once complete, else null
 */
public record UploadProgress(String uploadId, long received, long total, VideoRef video) {

    /** @return true when every byte arrived and the video exists */
    public boolean complete() {
        return video != null;
    }
}
