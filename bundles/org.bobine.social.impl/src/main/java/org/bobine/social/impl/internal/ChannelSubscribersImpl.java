package org.bobine.social.impl.internal;

import java.util.List;
import org.bobine.social.api.ChannelSubscribers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who follows a channel, read from the subscriptions' table for other capabilities (the notifications of a
 * new video); kept apart from {@link SubscriptionServiceImpl}, which serves the user's own routes.
 */
@Component(service = ChannelSubscribers.class)
public class ChannelSubscribersImpl implements ChannelSubscribers {

    private final SocialDatabase db;

    /** @param db subscriptions */
    @Activate
    public ChannelSubscribersImpl(@Reference SocialDatabase db) {
        this.db = db;
    }

    @Override
    public List<Long> userIds(long channelId) {
        return db.tx(em -> em.createQuery("SELECT s.userId FROM SubscriptionEntity s WHERE s.channelId = :c ORDER BY s.id",
            Long.class).setParameter("c", channelId).getResultList());
    }
}
