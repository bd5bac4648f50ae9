package org.bobine.video.api;

import java.util.Map;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoAttributes;
import org.bobine.video.api.model.VideoDetails;
import org.bobine.video.api.model.VideoQuery;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reading, listing, searching, changing and deleting videos. Privacy is enforced here for every path: a
 * private video exists only for its owner and those who see all videos, an unlisted one is reachable by id
 * but never listed or searched, an internal one only for logged-in users, and a password-protected one only
 * through a plugin's access check (closed when no plugin grants it).
 */
@ProviderType
public interface VideoService {

    /**
     * @param caller who asks
     * @param id     numeric id, UUID or short UUID
     * @return the video
     * @throws BobineException 404 when unknown, 401/403 when the caller may not see it
     */
    VideoDetails get(Caller caller, String id);

    /**
     * What the P2P tracker needs to recognise the swarms of this instance's videos.
     *
     * @return for every video with an HLS playlist, its uuid and how many renditions the playlist has
     */
    Map<String, Integer> hlsRenditionCounts();

    /**
     * @param caller who asks
     * @param query  filters, sort and page
     * @return the listed videos the caller may see
     */
    ResultList<Video> list(Caller caller, VideoQuery query);

    /**
     * @param caller who asks
     * @param query  with {@code search} set
     * @return the listed videos matching name, description or tags
     */
    ResultList<Video> search(Caller caller, VideoQuery query);

    /**
     * @param caller who asks
     * @param handle channel handle
     * @param query  filters, sort and page
     * @return the channel's listed videos the caller may see
     */
    ResultList<Video> listForChannel(Caller caller, String handle, VideoQuery query);

    /**
     * @param caller who asks
     * @param name   account name
     * @param query  filters, sort and page
     * @return the account's listed videos the caller may see
     */
    ResultList<Video> listForAccount(Caller caller, String name, VideoQuery query);

    /**
     * @param caller a logged-in user
     * @param query  sort and page
     * @return all the caller's videos, whatever their privacy
     */
    ResultList<Video> listMine(Caller caller, VideoQuery query);

    /**
     * @param caller the owner or an administrator
     * @param id     numeric id, UUID or short UUID
     * @param update attributes to change; null fields unchanged
     */
    void update(Caller caller, String id, VideoAttributes update);

    /**
     * {@link #update(Caller, String, VideoAttributes)} with images the creator chose for the thumbnail and the
     * preview. Everything is checked before anything changes. Each image gets a new name, so caches that kept
     * the old one for a year do not show it.
     *
     * @param caller    the owner or an administrator
     * @param id        numeric id, UUID or short UUID
     * @param update    attributes to change, or null
     * @param thumbnail PNG, JPEG or WebP bytes, or null to keep the current one
     * @param preview   PNG, JPEG or WebP bytes, or null to keep the current one
     */
    void update(Caller caller, String id, VideoAttributes update, byte[] thumbnail, byte[] preview);

    /**
     * Deletes a video, its row and every file generated for it.
     *
     * @param caller the owner, an administrator or a moderator
     * @param id     numeric id, UUID or short UUID
     */
    void delete(Caller caller, String id);

    /**
     * A player reports a view: runs {@code action:api.video.viewed}. Views are not counted (see the other
     * {@code viewed}).
     *
     * @param caller      who watches (may be anonymous)
     * @param id          the video
     * @param currentTime the position, in seconds
     */
    void viewed(Caller caller, String id, double currentTime);

    /**
     * A player reports a view: runs {@code action:api.video.viewed} and tells the
     * {@link org.bobine.video.api.stats.ViewListener}s, which count it.
     *
     * @param caller      who watches (may be anonymous)
     * @param id          the video
     * @param currentTime the position, in seconds
     * @param viewEvent   {@code seek}, {@code watch} or null
     * @param viewer      a short-lived key of the viewer, derived from nothing stored
     */
    void viewed(Caller caller, String id, double currentTime, String viewEvent, String viewer);

    /**
     * @param caller who asks for the embed page (anonymous for pages)
     * @param id     the video
     * @return null when the embed may be shown, otherwise why not (a plugin refused it)
     */
    String embedRefusal(Caller caller, String id);

    /**
     * @param caller who downloads
     * @param id     the video
     * @param file   the file's name
     * @return null when the download is allowed, otherwise why not (a plugin refused it)
     */
    String downloadRefusal(Caller caller, String id, String file);

    /**
     * @return whether videos can be made password-protected now (a plugin guards them)
     */
    boolean passwordProtectionAvailable();
}
