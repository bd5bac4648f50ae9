package org.bobine.social.api;

import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.social.api.model.AccountVideoRate;
import org.bobine.social.api.model.UserVideoRate;
import org.osgi.annotation.versioning.ProviderType;

/** Likes and dislikes of videos (PeerTube's {@code PUT /api/v1/videos/{id}/rate}). */
@ProviderType
public interface RatingService {

    /**
     * Rates a video the caller may see; the video's counts follow at once.
     *
     * @param caller  a logged-in user
     * @param videoId numeric id, UUID or short UUID
     * @param rating  {@code like}, {@code dislike} or {@code none} (removes the rating)
     * @throws BobineException 400 for another rating, 404 (or 403/401) for a video the caller may not see
     */
    void rate(Caller caller, String videoId, String rating);

    /**
     * @param caller  a logged-in user
     * @param videoId numeric id, UUID or short UUID
     * @return the caller's rating of it ({@code none} when unrated)
     */
    UserVideoRate mine(Caller caller, String videoId);

    /**
     * @param caller      the account's user (only they see their ratings)
     * @param accountName a local account's name
     * @param start       offset
     * @param count       page size, at most 100
     * @param rating      {@code like}, {@code dislike} or null for both
     * @return the videos rated, newest rating first, only those the caller may still see
     */
    ResultList<AccountVideoRate> forAccount(Caller caller, String accountName, int start, int count, String rating);
}
