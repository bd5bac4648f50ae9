package org.bobine.social.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who follows a channel, for capabilities that act for each follower (notifications of a new video). Not a
 * route: only other capabilities call it, and they check what each follower may see.
 */
@ProviderType
public interface ChannelSubscribers {

    /**
     * @param channelId a local channel
     * @return the ids of the local users subscribed to it, in order of subscription
     */
    List<Long> userIds(long channelId);
}
