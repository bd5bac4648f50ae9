package org.bobine.social.api;

import java.time.Instant;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.video.api.model.Video;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A user's watch history (PeerTube's {@code /users/me/history/videos} and {@code /videos/{id}/watching}):
 * where they stopped in each video they watched, kept while their history is on
 * ({@code videosHistoryEnabled}, a field of {@code /users/me}), and shown to them only. Positions come from
 * the player's view reports of a logged-in user and from {@code watching}; they are written in batches.
 */
@ProviderType
public interface HistoryService {

    /**
     * @param caller      a logged-in user who may see the video
     * @param videoId     numeric id, UUID or short UUID
     * @param currentTime seconds, 0 or more
     * @throws BobineException 409 when the caller's history is off
     */
    void watching(Caller caller, String videoId, double currentTime);

    /**
     * @param caller a logged-in user
     * @param start  offset
     * @param count  page size, at most 100
     * @param search words of the videos' names, or null
     * @return the videos they watched that they may still see, the most recently watched first (their
     *         {@code userHistory} is added by the REST layer)
     */
    ResultList<Video> list(Caller caller, int start, int count, String search);

    /**
     * @param caller  a logged-in user
     * @param videoId the video's numeric id
     * @throws BobineException 404 when it is not in their history
     */
    void remove(Caller caller, long videoId);

    /**
     * @param caller     a logged-in user
     * @param beforeDate forget what was watched before this instant; null for everything
     */
    void removeBefore(Caller caller, Instant beforeDate);
}
