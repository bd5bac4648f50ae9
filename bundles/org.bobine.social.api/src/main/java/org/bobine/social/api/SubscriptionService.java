package org.bobine.social.api;

import java.util.List;
import java.util.Map;
import org.bobine.account.api.model.VideoChannel;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoQuery;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A user's subscriptions to channels (PeerTube's {@code /api/v1/users/me/subscriptions}). A channel is named
 * by its handle, {@code name} or {@code name@host}; this instance's host may be given or left out. Remote
 * channels come with federation. Every call needs a logged-in caller.
 */
@ProviderType
public interface SubscriptionService {

    /**
     * Subscribes; subscribing again changes nothing.
     *
     * @param caller who subscribes
     * @param uri    the channel's handle
     * @throws BobineException 400 for a malformed or remote handle or one's own channel, 404 for an unknown
     *                         channel
     */
    void subscribe(Caller caller, String uri);

    /**
     * @param caller who asks
     * @param start  offset
     * @param count  page size, at most 100
     * @param sort   {@code -createdAt} (default), {@code createdAt}, {@code name} or {@code -name}
     * @param search words the channel's name or display name contains, or null
     * @return the channels, as PeerTube's {@code VideoChannel}s
     */
    ResultList<VideoChannel> list(Caller caller, int start, int count, String sort, String search);

    /**
     * @param caller who asks
     * @param uris   handles, at most 100
     * @return for each handle as given, whether the caller is subscribed
     */
    Map<String, Boolean> exist(Caller caller, List<String> uris);

    /**
     * @param caller who asks
     * @param handle a channel's handle
     * @return the channel
     * @throws BobineException 404 when the caller is not subscribed to it
     */
    VideoChannel get(Caller caller, String handle);

    /**
     * @param caller who unsubscribes
     * @param handle a channel's handle
     * @throws BobineException 404 when the caller was not subscribed to it
     */
    void unsubscribe(Caller caller, String handle);

    /**
     * The caller's feed: videos of the channels they are subscribed to, with the filters and sorts of the
     * video list, and the same privacy rules.
     *
     * @param caller who asks
     * @param query  filters, sort and page
     * @return the videos
     */
    ResultList<Video> videos(Caller caller, VideoQuery query);
}
