package org.bobine.video.api;

import org.bobine.core.api.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Resolves the public names of stored files (web videos, torrents, thumbnails) to files on disk, applying
 * the owning video's privacy.
 */
@ProviderType
public interface StaticFileService {

    /** Kinds of stored files, each with its URL prefix. */
    enum Kind {
        /** {@code /static/web-videos/} */
        WEB_VIDEO,
        /** {@code /lazy-static/torrents/} */
        TORRENT,
        /** {@code /lazy-static/thumbnails/} */
        THUMBNAIL,
        /** {@code /lazy-static/previews/} */
        PREVIEW,
        /** {@code /static/streaming-playlists/hls/}: the name is {@code <video uuid>/<file>} */
        HLS
    }

    /**
     * @param caller   who asks
     * @param kind     which kind of file
     * @param filename the file's public name (no path)
     * @return the file
     * @throws BobineException 404 when unknown (or not visible to an anonymous caller), 401/403 otherwise
     */
    StoredFile resolve(Caller caller, Kind kind, String filename);

    /**
     * @param kind     kind of file
     * @param filename its name as in the URL
     * @return the UUID of the video it belongs to, or null when none
     */
    String videoOf(Kind kind, String filename);
}
