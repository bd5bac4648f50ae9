package org.bobine.social.impl.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bobine.instance.api.ConfigSection;
import org.bobine.social.impl.internal.entity.VideoViewDayEntity;
import org.bobine.video.api.stats.VideoStats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * "Trending", as PeerTube's most-viewed algorithm: a video's views over the last {@code trendingDays} days
 * (UTC), from a row per video and day (no viewer in it). Each written batch of views adds to today's rows
 * and sets the score of the videos it touched; on the first batch of a day, and at start, every recent
 * video's score is set again (yesterday's views age out) and rows older than 30 days go. Also PeerTube's
 * {@code trending} section of {@code /api/v1/config}.
 */
@Component(service = {Trending.class, ConfigSection.class}, property = ConfigSection.KEY + "=trending")
public class Trending implements ConfigSection {

    static final long DAY_MILLIS = 86_400_000L;
    /** Days of rows kept (for trending windows up to this long). */
    static final int KEPT_DAYS = 30;

    private final SocialDatabase db;
    private final VideoStats stats;
    private final ViewCounter settings;
    private long rescannedDay = -1;

    /**
     * @param db       the rows per video and day
     * @param stats    the scores on the core's rows
     * @param settings the window, {@code trendingDays}
     */
    @Activate
    public Trending(@Reference SocialDatabase db, @Reference VideoStats stats, @Reference ViewCounter settings) {
        this.db = db;
        this.stats = stats;
        this.settings = settings;
        settings.daysSink(this::record);
        rescan(System.currentTimeMillis() / DAY_MILLIS);
    }

    private int days() {
        return Math.max(1, Math.min(KEPT_DAYS, settings.trendingDays()));
    }

    /** Adds a batch of views to today's rows, then sets the scores. */
    synchronized void record(Map<Long, Long> batch, long nowMillis) {
        long today = nowMillis / DAY_MILLIS;
        db.run(em -> batch.forEach((video, n) -> {
            List<VideoViewDayEntity> rows = em.createQuery("SELECT d FROM VideoViewDayEntity d WHERE d.videoId = :v "
                + "AND d.epochDay = :d", VideoViewDayEntity.class).setParameter("v", video).setParameter("d", today).getResultList();
            if (rows.isEmpty()) {
                VideoViewDayEntity d = new VideoViewDayEntity();
                d.setVideoId(video);
                d.setEpochDay(today);
                d.setViews(n);
                em.persist(d);
            } else {
                rows.get(0).setViews(rows.get(0).getViews() + n);
            }
        }));
        if (today != rescannedDay) {
            rescan(today);
        } else {
            stats.setTrending(scores(today, batch.keySet().stream().toList()));
        }
    }

    /** Sets every recent video's score again, and forgets old rows. */
    synchronized void rescan(long today) {
        long from = today - days() + 1;
        Map<Long, Long> scores = new HashMap<>();
        db.run(em -> {
            em.createQuery("DELETE FROM VideoViewDayEntity d WHERE d.epochDay < :old").setParameter("old", today - KEPT_DAYS)
                .executeUpdate();
            // Videos seen in the window or the day before it (whose score may have just fallen to 0).
            for (Long v : em.createQuery("SELECT DISTINCT d.videoId FROM VideoViewDayEntity d WHERE d.epochDay >= :f", Long.class)
                .setParameter("f", from - 1).getResultList()) {
                scores.put(v, 0L);
            }
        });
        scores.putAll(scores(today, List.copyOf(scores.keySet())));
        stats.setTrending(scores);
        rescannedDay = today;
    }

    private Map<Long, Long> scores(long today, List<Long> videos) {
        Map<Long, Long> out = new HashMap<>();
        if (videos.isEmpty()) {
            return out;
        }
        long from = today - days() + 1;
        db.run(em -> {
            for (Object[] r : em.createQuery("SELECT d.videoId, SUM(d.views) FROM VideoViewDayEntity d WHERE d.epochDay >= :f "
                + "AND d.videoId IN :v GROUP BY d.videoId", Object[].class).setParameter("f", from).setParameter("v", videos)
                .getResultList()) {
                out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        });
        videos.forEach(v -> out.putIfAbsent(v, 0L));
        return out;
    }

    @Override
    public Object value() {
        return Map.of("videos", Map.of("intervalDays", days(),
            "algorithms", Map.of("enabled", List.of("most-viewed", "most-liked"), "default", "most-viewed")));
    }
}
