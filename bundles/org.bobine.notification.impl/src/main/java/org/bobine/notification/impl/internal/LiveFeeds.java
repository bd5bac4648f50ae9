package org.bobine.notification.impl.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bobine.core.api.BobineException;
import org.bobine.notification.api.NotificationListener;
import org.bobine.notification.api.model.UserNotification;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open live feeds (the pages' badges), in memory: who listens for which user, within the limits of
 * {@link NotificationConfig#streamsPerUser()} and {@link NotificationConfig#streamsTotal()}. A listener that
 * throws is dropped. Its configuration is {@link MailQueue}'s PID (designated there).
 */
@Component(service = LiveFeeds.class, configurationPid = "org.bobine.notification", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class LiveFeeds {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFeeds.class);

    private final Map<Long, Set<NotificationListener>> byUser = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private volatile int perUser;
    private volatile int total;

    /** @param config the limits */
    @Activate
    public LiveFeeds(NotificationConfig config) {
        modified(config);
    }

    @Modified
    void modified(NotificationConfig config) {
        perUser = Math.max(1, config.streamsPerUser());
        total = Math.max(1, config.streamsTotal());
    }

    /**
     * @param userId   the user
     * @param listener told of their notifications
     * @return closes the feed (once)
     * @throws BobineException 429 beyond the limits
     */
    AutoCloseable open(long userId, NotificationListener listener) {
        synchronized (byUser) {
            Set<NotificationListener> mine = byUser.computeIfAbsent(userId, k -> ConcurrentHashMap.newKeySet());
            if (mine.size() >= perUser) {
                throw new BobineException(429, "too_many_requests", "Too many live notification streams open for this user (at most "
                    + perUser + ")");
            }
            if (open.get() >= total) {
                throw new BobineException(429, "too_many_requests", "Too many live notification streams open on this instance");
            }
            mine.add(listener);
            open.incrementAndGet();
        }
        return () -> close(userId, listener);
    }

    private void close(long userId, NotificationListener listener) {
        synchronized (byUser) {
            Set<NotificationListener> mine = byUser.get(userId);
            if (mine != null && mine.remove(listener)) {
                open.decrementAndGet();
                if (mine.isEmpty()) {
                    byUser.remove(userId);
                }
            }
        }
    }

    /**
     * @param userId       the user
     * @param notification their new notification, or null when only the count changed
     * @param unread       their unread count
     */
    void tell(long userId, UserNotification notification, long unread) {
        Set<NotificationListener> mine = byUser.get(userId);
        if (mine == null) {
            return;
        }
        for (NotificationListener l : mine) {
            try {
                l.changed(notification, unread);
            } catch (RuntimeException e) {
                LOG.debug("A live notification feed failed and is closed", e);
                close(userId, l);
            }
        }
    }

    /** @param userId a user @return whether someone listens for them */
    boolean listened(long userId) {
        return byUser.containsKey(userId);
    }

    /** @return the feeds open now */
    int openCount() {
        return open.get();
    }
}
