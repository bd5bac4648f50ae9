package org.bobine.social.impl.internal;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import org.bobine.video.api.stats.VideoStats;
import org.bobine.video.api.stats.ViewListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts views as PeerTube does, without profiling anyone: a viewer's reports of a video make a short
 * session in memory, keyed by the viewer's short-lived key (see the core's REST layer) and the video; the
 * time watched is what the player's position advanced between reports (never more than the time that passed,
 * seeks excluded); once it reaches {@code countViewAfterSeconds} (half of a shorter video) the view counts,
 * once per viewer and video within {@code viewExpirationMinutes}. Counted views are added to the core's rows
 * in one write every {@code viewFlushSeconds}; nothing of the viewer is ever written. A crash loses at most
 * the views of the last window. Also the component that applies the capability's configuration (PID
 * {@code org.bobine.social}) to the core: whether dislikes are public.
 */
@Component(service = {ViewListener.class, ViewCounter.class}, configurationPid = "org.bobine.social", immediate = true)
@Designate(ocd = SocialConfig.class)
public class ViewCounter implements ViewListener {

    private static final Logger LOG = LoggerFactory.getLogger(ViewCounter.class);
    /** Sessions kept at most, so a flood of fake viewers cannot exhaust memory (beyond it new ones wait). */
    static final int MAX_SESSIONS = 200_000;

    /** One viewer watching one video. */
    private static final class Session {
        long lastReport;
        double position = -1;
        double watched;
        boolean counted;
        long expiresAt;
    }

    private final VideoStats stats;
    private final LongSupplier clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<Long, Long> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher;
    private volatile SocialConfig config;
    private volatile boolean full;
    /** Where written batches also go, by day (trending); nothing until {@link Trending} starts. */
    private volatile BiConsumer<Map<Long, Long>, Long> days = (batch, now) -> {
    };

    /**
     * @param stats  the views on the core's rows
     * @param config the thresholds and the flush interval
     */
    @Activate
    public ViewCounter(@Reference VideoStats stats, SocialConfig config) {
        this(stats, config, System::currentTimeMillis, true);
    }

    ViewCounter(VideoStats stats, SocialConfig config, LongSupplier clock, boolean schedule) {
        this.stats = stats;
        this.clock = clock;
        this.config = config;
        stats.setDislikesPublic(config.dislikesPublic());
        if (schedule) {
            flusher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "bobine-views");
                t.setDaemon(true);
                return t;
            });
            long every = Math.max(1, config.viewFlushSeconds());
            flusher.scheduleWithFixedDelay(this::flushQuietly, every, every, TimeUnit.SECONDS);
        } else {
            flusher = null;
        }
    }

    /** @param changed the new settings, applied to the next reports */
    @Modified
    void modified(SocialConfig changed) {
        this.config = changed;
        stats.setDislikesPublic(changed.dislikesPublic());
        LOG.info("Social settings changed: dislikes {}, a view counts after {} s, once per viewer in {} min",
            changed.dislikesPublic() ? "public" : "shown to owners only", changed.countViewAfterSeconds(),
            changed.viewExpirationMinutes());
    }

    @Override
    public void viewed(long videoId, long durationSeconds, String viewer, double currentTime, String viewEvent) {
        long now = clock.getAsLong();
        String key = viewer + ":" + videoId;
        Session s = sessions.get(key);
        if (s == null) {
            if (sessions.size() >= MAX_SESSIONS) {
                if (!full) {
                    full = true;
                    LOG.warn("{} viewers are being followed at once; new ones are not counted until some expire", MAX_SESSIONS);
                }
                return;
            }
            s = sessions.computeIfAbsent(key, k -> new Session());
        }
        synchronized (s) {
            if (s.position >= 0 && !"seek".equals(viewEvent) && currentTime > s.position) {
                double elapsed = (now - s.lastReport) / 1000.0 + 1;
                s.watched += Math.min(currentTime - s.position, elapsed);
            }
            s.position = currentTime;
            s.lastReport = now;
            if (s.expiresAt == 0) {
                s.expiresAt = now + Math.max(1, config.viewExpirationMinutes()) * 60_000L;
            }
            if (!s.counted && s.watched >= threshold(durationSeconds)) {
                s.counted = true;
                pending.merge(videoId, 1L, Long::sum);
            }
        }
    }

    private double threshold(long durationSeconds) {
        double after = Math.max(1, config.countViewAfterSeconds());
        return durationSeconds > 0 && durationSeconds < 2 * after ? durationSeconds / 2.0 : after;
    }

    /** Writes the counted views and forgets expired sessions; called every {@code viewFlushSeconds}. */
    void flush() {
        Map<Long, Long> batch = new HashMap<>();
        for (Iterator<Map.Entry<Long, Long>> it = pending.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Long, Long> e = it.next();
            it.remove();
            batch.merge(e.getKey(), e.getValue(), Long::sum);
        }
        long now = clock.getAsLong();
        if (!batch.isEmpty()) {
            try {
                stats.addViews(batch);
            } catch (RuntimeException e) {
                batch.forEach((k, v) -> pending.merge(k, v, Long::sum));
                throw e;
            }
            days.accept(batch, now);
        }
        sessions.values().removeIf(s -> s.expiresAt <= now);
        if (full && sessions.size() < MAX_SESSIONS) {
            full = false;
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("Counted views could not be written; they are kept for the next try: {}", e.getMessage());
        }
    }

    /** @param sink what also receives each written batch, with the time it was written */
    void daysSink(BiConsumer<Map<Long, Long>, Long> sink) {
        this.days = sink;
    }

    /** @return the window of "Trending", days */
    int trendingDays() {
        return config.trendingDays();
    }

    /** @return whether comments are on, instance-wide (the capability's setting, applied at once) */
    boolean commentsEnabled() {
        return config.commentsEnabled();
    }

    /** @return sessions in memory now (tests) */
    int sessions() {
        return sessions.size();
    }

    @Deactivate
    void deactivate() {
        if (flusher != null) {
            flusher.shutdownNow();
        }
        flushQuietly();
    }
}
