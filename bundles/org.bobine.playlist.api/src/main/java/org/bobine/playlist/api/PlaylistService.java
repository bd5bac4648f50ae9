package org.bobine.playlist.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.playlist.api.model.ElementChange;
import org.bobine.playlist.api.model.PlaylistChange;
import org.bobine.playlist.api.model.PlaylistQuery;
import org.bobine.playlist.api.model.VideoExistInPlaylist;
import org.bobine.playlist.api.model.VideoPlaylist;
import org.bobine.playlist.api.model.VideoPlaylistElement;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Video playlists, as PeerTube has them. A playlist is named by its numeric id, UUID or short UUID. Private
 * playlists exist for their owner only (403 to others), unlisted ones are reached by UUID or short UUID but
 * never listed or searched, public ones belong to a channel. Only the owner changes a playlist. Every user has
 * one Watch later (private, type 2, never deleted), made the first time they call this service.
 * Elements whose video the viewer may not see come back without it, typed {@link VideoPlaylistElement#PRIVATE},
 * {@link VideoPlaylistElement#DELETED} or {@link VideoPlaylistElement#UNAVAILABLE}.
 */
@ProviderType
public interface PlaylistService {

    /** Name of the built-in playlist of type 2. */
    String WATCH_LATER = "Watch later";

    /**
     * @param caller a logged-in user, the owner
     * @param create name, description, privacy, channel, thumbnail
     * @return the playlist
     * @throws BobineException 400 for a bad field, a public playlist without a channel, or a channel that is not
     *                         the caller's
     */
    VideoPlaylist create(Caller caller, PlaylistChange create);

    /**
     * @param caller the owner
     * @param id     the playlist
     * @param change fields to change
     * @throws BobineException 400 for a bad field or Watch later, 403 for someone else's playlist
     */
    void update(Caller caller, String id, PlaylistChange change);

    /**
     * @param caller the owner, or an administrator or moderator
     * @param id     the playlist
     * @throws BobineException 400 for Watch later, 403 for someone else's playlist
     */
    void delete(Caller caller, String id);

    /**
     * @param caller who asks
     * @param id     the playlist
     * @return it
     * @throws BobineException 404 when unknown (or unlisted and named by its numeric id), 403 when private and
     *                         not the caller's
     */
    VideoPlaylist get(Caller caller, String id);

    /**
     * @param caller who asks
     * @param query  page, sort, type
     * @return public playlists
     */
    ResultList<VideoPlaylist> list(Caller caller, PlaylistQuery query);

    /**
     * @param caller      who asks
     * @param accountName a local account
     * @param query       page, sort, type, search
     * @return its public playlists, or all of them when the caller is that account's user
     */
    ResultList<VideoPlaylist> listForAccount(Caller caller, String accountName, PlaylistQuery query);

    /**
     * @param caller who asks
     * @param handle a local channel
     * @param query  page, sort, type, search
     * @return its public playlists, or all of them when the caller owns the channel
     */
    ResultList<VideoPlaylist> listForChannel(Caller caller, String handle, PlaylistQuery query);

    /**
     * @param caller who asks
     * @param query  with {@code search}
     * @return public playlists with elements whose name matches, and the caller's own
     */
    ResultList<VideoPlaylist> search(Caller caller, PlaylistQuery query);

    /**
     * @param caller who asks
     * @param id     the playlist, which the caller may see
     * @param start  offset
     * @param count  page size, at most 100
     * @return its elements by position
     */
    ResultList<VideoPlaylistElement> elements(Caller caller, String id, int start, int count);

    /**
     * Adds a video at the end.
     *
     * @param caller the owner, who may see the video
     * @param id     the playlist
     * @param add    the video and its times
     * @return the new element's id
     */
    long addVideo(Caller caller, String id, ElementChange add);

    /**
     * @param caller    the owner
     * @param id        the playlist
     * @param elementId the element
     * @param change    its times
     */
    void updateElement(Caller caller, String id, long elementId, ElementChange change);

    /**
     * @param caller    the owner
     * @param id        the playlist
     * @param elementId the element; the next ones move up
     */
    void removeElement(Caller caller, String id, long elementId);

    /**
     * Moves {@code length} elements from {@code startPosition} to just after {@code insertAfterPosition} (0: to
     * the top), as PeerTube's reorder does.
     *
     * @param caller              the owner
     * @param id                  the playlist
     * @param startPosition       the first element moved, 1-based
     * @param insertAfterPosition where they go
     * @param length              how many, 1 or more
     */
    void reorder(Caller caller, String id, int startPosition, int insertAfterPosition, int length);

    /**
     * @param caller   a logged-in user
     * @param videoIds numeric ids of videos, at most 100
     * @return for each id, the caller's playlists holding it (empty for none)
     */
    Map<Long, List<VideoExistInPlaylist>> videosExist(Caller caller, List<Long> videoIds);

    /**
     * @param caller a logged-in user
     * @return their Watch later, made now if they had none
     */
    VideoPlaylist watchLater(Caller caller);

    /** @return PeerTube's playlist privacies, id to English label */
    Map<Integer, String> privacies();

    /**
     * @param filename the name in a playlist's {@code thumbnailPath}
     * @return the uploaded thumbnail's file, or null when there is none of that name
     */
    Path thumbnailFile(String filename);
}
