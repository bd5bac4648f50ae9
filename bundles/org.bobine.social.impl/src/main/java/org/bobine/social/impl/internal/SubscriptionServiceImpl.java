package org.bobine.social.impl.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bobine.account.api.ChannelService;
import org.bobine.account.api.model.VideoChannel;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.event.BobineEvents;
import org.bobine.core.api.model.ResultList;
import org.bobine.instance.api.InstanceService;
import org.bobine.social.api.SubscriptionService;
import org.bobine.social.impl.internal.entity.SubscriptionEntity;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoQuery;
import org.bobine.video.api.stats.VideoStats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscriptions to local channels. A channel's followers count is counted again after each change, under a
 * lock of that channel, and set on the core's channel row, so lists show it without counting.
 */
@Component(service = SubscriptionService.class)
public class SubscriptionServiceImpl implements SubscriptionService {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionServiceImpl.class);
    private static final int MAX_PAGE = 100;

    private final SocialDatabase db;
    private final ChannelService channels;
    private final VideoService videos;
    private final VideoStats stats;
    private final InstanceService instance;
    private final Locks locks = new Locks();
    private final SocialEvents events;

    /**
     * @param db       subscriptions
     * @param channels the channels subscribed to
     * @param videos   the feed
     * @param stats    followers counts on the core's rows
     * @param instance this instance's host and URL
     * @param events   tells other capabilities of new followers
     */
    @Activate
    public SubscriptionServiceImpl(@Reference SocialDatabase db, @Reference ChannelService channels,
                                   @Reference VideoService videos, @Reference VideoStats stats,
                                   @Reference InstanceService instance, @Reference SocialEvents events) {
        this.events = events;
        this.db = db;
        this.channels = channels;
        this.videos = videos;
        this.stats = stats;
        this.instance = instance;
    }


    private VideoChannel channel(String handle) {
        return channels.get(Handles.local(handle, instance.host()));
    }

    @Override
    public void subscribe(Caller caller, String uri) {
        caller.requireUser();
        VideoChannel c = channel(uri);
        if (c.ownerAccount != null && c.ownerAccount.userId != null && c.ownerAccount.userId == caller.userId()) {
            throw BobineException.badRequest("uri: you cannot subscribe to your own channel");
        }
        synchronized (locks.of(c.id)) {
            boolean added = db.tx(em -> {
                if (!em.createQuery("SELECT s.id FROM SubscriptionEntity s WHERE s.userId = :u AND s.channelId = :c", Long.class)
                    .setParameter("u", caller.userId()).setParameter("c", c.id).getResultList().isEmpty()) {
                    return false;
                }
                SubscriptionEntity s = new SubscriptionEntity();
                s.setUserId(caller.userId());
                s.setAccountName(caller.username());
                s.setChannelId(c.id);
                s.setChannelName(c.name);
                s.setUrl(instance.publicUrl() + "/accounts/" + caller.username() + "/follows/" + c.id);
                s.setCreatedAt(System.currentTimeMillis());
                em.persist(s);
                return true;
            });
            if (added) {
                recount(c.id);
                LOG.info("{} subscribed to channel {}", caller.username(), c.name);
                events.post(BobineEvents.event(BobineEvents.CHANNEL_FOLLOWED, BobineEvents.CHANNEL_ID, c.id,
                    BobineEvents.CHANNEL_NAME, c.name, BobineEvents.OWNER, c.ownerAccount == null ? null : c.ownerAccount.name,
                    BobineEvents.ACTOR, caller.username()));
            }
        }
    }

    private void recount(long channelId) {
        long n = db.tx(em -> em.createQuery("SELECT COUNT(s) FROM SubscriptionEntity s WHERE s.channelId = :c", Long.class)
            .setParameter("c", channelId).getSingleResult());
        stats.setFollowers(channelId, n);
    }

    private List<SubscriptionEntity> mine(Caller caller) {
        caller.requireUser();
        return db.tx(em -> em.createQuery("SELECT s FROM SubscriptionEntity s WHERE s.userId = :u ORDER BY s.createdAt DESC, "
            + "s.id DESC", SubscriptionEntity.class).setParameter("u", caller.userId()).getResultList());
    }

    /** @return the subscription's channel now, or null when it is gone */
    private VideoChannel channelOf(SubscriptionEntity s) {
        try {
            return channels.get(s.getChannelName());
        } catch (BobineException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public ResultList<VideoChannel> list(Caller caller, int start, int count, String sort, String search) {
        if (start < 0 || count < 0 || count > MAX_PAGE) {
            throw BobineException.badRequest("start must be 0 or more and count between 0 and " + MAX_PAGE);
        }
        String s = sort == null || sort.isBlank() ? "-createdAt" : sort;
        Comparator<SubscriptionEntity> order = switch (s) {
            case "-createdAt" -> Comparator.comparingLong(SubscriptionEntity::getCreatedAt).reversed();
            case "createdAt" -> Comparator.comparingLong(SubscriptionEntity::getCreatedAt);
            case "name" -> Comparator.comparing(SubscriptionEntity::getChannelName);
            case "-name" -> Comparator.comparing(SubscriptionEntity::getChannelName).reversed();
            default -> throw BobineException.badRequest("sort: one of -createdAt, createdAt, name, -name");
        };
        List<VideoChannel> all = new ArrayList<>();
        for (SubscriptionEntity e : mine(caller).stream().sorted(order).toList()) {
            VideoChannel c = channelOf(e);
            if (c != null && matches(c, search)) {
                all.add(c);
            }
        }
        List<VideoChannel> page = start >= all.size() ? List.of() : all.subList(start, Math.min(all.size(), start + count));
        return new ResultList<>(all.size(), page);
    }

    private static boolean matches(VideoChannel c, String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String text = (c.name + " " + (c.displayName == null ? "" : c.displayName)).toLowerCase(Locale.ROOT);
        for (String w : search.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Map<String, Boolean> exist(Caller caller, List<String> uris) {
        caller.requireUser();
        if (uris == null || uris.isEmpty() || uris.size() > MAX_PAGE) {
            throw BobineException.badRequest("uris: between 1 and " + MAX_PAGE + " channel handles");
        }
        List<String> names = mine(caller).stream().map(SubscriptionEntity::getChannelName).toList();
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (String uri : uris) {
            boolean local;
            String name = null;
            try {
                name = Handles.local(uri, instance.host());
                local = true;
            } catch (BobineException e) {
                local = false;
            }
            out.put(uri, local && names.contains(name));
        }
        return out;
    }

    private SubscriptionEntity subscription(Caller caller, String handle) {
        String name = Handles.local(handle, instance.host());
        return mine(caller).stream().filter(s -> s.getChannelName().equals(name)).findFirst()
            .orElseThrow(() -> BobineException.notFound("Subscription " + handle + " not found"));
    }

    @Override
    public VideoChannel get(Caller caller, String handle) {
        VideoChannel c = channelOf(subscription(caller, handle));
        if (c == null) {
            throw BobineException.notFound("Subscription " + handle + " not found");
        }
        return c;
    }

    @Override
    public void unsubscribe(Caller caller, String handle) {
        SubscriptionEntity s = subscription(caller, handle);
        synchronized (locks.of(s.getChannelId())) {
            db.run(em -> em.createQuery("DELETE FROM SubscriptionEntity s WHERE s.id = :id").setParameter("id", s.getId())
                .executeUpdate());
            recount(s.getChannelId());
        }
        LOG.info("{} unsubscribed from channel {}", caller.username(), s.getChannelName());
    }

    @Override
    public ResultList<Video> videos(Caller caller, VideoQuery query) {
        VideoQuery q = query == null ? new VideoQuery() : query;
        q.channelIdOneOf = mine(caller).stream().map(SubscriptionEntity::getChannelId).toList();
        return videos.list(caller, q);
    }
}
