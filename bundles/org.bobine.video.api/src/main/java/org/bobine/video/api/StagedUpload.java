package org.bobine.video.api;

/**
 * A received but not yet accepted upload.
 *
 * @param id   opaque id of the temporary file
 * @param size bytes received
 */
public record StagedUpload(String id, long size) {
}
