package org.bobine.video.api;

import java.util.Map;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.video.api.model.VideoAttributes;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports by URL (PeerTube's {@code /api/v1/videos/imports}). The core checks the caller, the channel and the
 * pre-import hooks; the work is done by an importer plugin (without one, imports are refused with 403).
 */
@ProviderType
public interface ImportService {

    /**
     * @param caller    a logged-in user
     * @param targetUrl the URL to import from
     * @param attrs     the video's attributes (channelId required; name optional)
     * @return the import, shaped like PeerTube's VideoImport
     */
    Map<String, Object> start(Caller caller, String targetUrl, VideoAttributes attrs);

    /**
     * @param caller a logged-in user
     * @param start  offset
     * @param count  page size
     * @return the caller's imports, newest first
     */
    ResultList<Map<String, Object>> mine(Caller caller, int start, int count);

    /** @return whether imports by URL can be made now (an importer plugin runs) */
    boolean available();
}
