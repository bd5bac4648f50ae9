package org.bobine.video.api;

import java.nio.file.Path;

/**
 * A stored file the caller may read, as resolved for static serving.
 *
 * @param path        where it is on disk
 * @param contentType its MIME type
 * @param cacheable   whether shared caches may keep it (false for private and internal videos)
 */
public record StoredFile(Path path, String contentType, boolean cacheable) {
}
