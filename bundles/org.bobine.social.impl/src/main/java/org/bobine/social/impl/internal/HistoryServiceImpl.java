package org.bobine.social.impl.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bobine.account.api.UserExtension;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.User;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.social.api.HistoryService;
import org.bobine.social.impl.internal.entity.HistoryEntity;
import org.bobine.social.impl.internal.entity.SocialUserEntity;
import org.bobine.video.api.VideoExtension;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoDetails;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watch history. Positions reported by players (every few seconds while a logged-in user watches) are kept
 * in memory, the latest per user and video, and written every {@link #FLUSH_SECONDS} seconds in one
 * transaction by one thread, the only writer of the table; a crash loses at most that window. Reads see
 * what is not written yet. The history switch ({@code videosHistoryEnabled}) is a field of
 * {@code /users/me}; the positions are added to the videos a user is answered as {@code userHistory}.
 */
@Component(service = {HistoryService.class, HistoryServiceImpl.class, UserExtension.class, VideoExtension.class})
public class HistoryServiceImpl implements HistoryService, UserExtension, VideoExtension {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryServiceImpl.class);
    static final int FLUSH_SECONDS = 10;
    /** Positions waiting at most; beyond it a report is written at once rather than kept. */
    static final int PENDING_MAX = 10_000;
    /** History rows read to build a list, at most (the most recent ones). */
    static final int LIST_MAX = 1_000;
    static final String FIELD = "videosHistoryEnabled";

    private final SocialDatabase db;
    private final VideoService videos;
    private final UserService users;
    private final Map<Key, Position> pending = new ConcurrentHashMap<>();
    /** Whose history is off, and whose is known to be on: read once per user. */
    private final Map<Long, Boolean> enabled = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher;

    private record Key(long userId, long videoId) {
    }

    /** A position in whole seconds, and when it was reported. */
    private record Position(int seconds, long at) {
    }

    /**
     * @param db     the history
     * @param videos who may see which video
     * @param users  users by name, for the players' reports
     */
    @Activate
    public HistoryServiceImpl(@Reference SocialDatabase db, @Reference VideoService videos, @Reference UserService users) {
        this(db, videos, users, true);
    }

    HistoryServiceImpl(SocialDatabase db, VideoService videos, UserService users, boolean schedule) {
        this.db = db;
        this.videos = videos;
        this.users = users;
        if (schedule) {
            flusher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "bobine-history");
                t.setDaemon(true);
                return t;
            });
            flusher.scheduleWithFixedDelay(this::flushQuietly, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
        } else {
            flusher = null;
        }
    }

    @Deactivate
    void deactivate() {
        if (flusher != null) {
            flusher.shutdownNow();
        }
        flushQuietly();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("Watch positions could not be written; they are kept for the next try", e);
        }
    }

    /** Writes the waiting positions, in one transaction. */
    synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<Key, Position> batch = new HashMap<>(pending);
        db.run(em -> {
            for (Map.Entry<Key, Position> e : batch.entrySet()) {
                List<HistoryEntity> rows = em.createQuery("SELECT h FROM HistoryEntity h WHERE h.userId = :u AND h.videoId = :v",
                    HistoryEntity.class).setParameter("u", e.getKey().userId()).setParameter("v", e.getKey().videoId())
                    .getResultList();
                HistoryEntity h = rows.isEmpty() ? new HistoryEntity() : rows.get(0);
                h.setUserId(e.getKey().userId());
                h.setVideoId(e.getKey().videoId());
                h.setCurrentTime(e.getValue().seconds());
                h.setUpdatedAt(e.getValue().at());
                if (rows.isEmpty()) {
                    em.persist(h);
                }
            }
        });
        batch.forEach((k, v) -> pending.remove(k, v));
    }

    /** @return whether the user's history is on */
    boolean enabled(long userId) {
        return enabled.computeIfAbsent(userId, id -> db.tx(em -> {
            SocialUserEntity u = em.find(SocialUserEntity.class, id);
            return u == null || u.isHistoryEnabled();
        }));
    }

    private void record(long userId, long videoId, double currentTime) {
        pending.put(new Key(userId, videoId),
            new Position((int) Math.min(Integer.MAX_VALUE, Math.floor(currentTime)), System.currentTimeMillis()));
        if (pending.size() > PENDING_MAX) {
            flushQuietly();
        }
    }

    /**
     * A player's view report ({@code action:api.video.viewed}): kept for a logged-in viewer whose history
     * is on; the core checked that they may see the video.
     *
     * @param username    the viewer
     * @param videoId     the video
     * @param currentTime the position
     */
    void viewed(String username, long videoId, double currentTime) {
        if (username == null || !Double.isFinite(currentTime) || currentTime < 0) {
            return;
        }
        users.caller(username).ifPresent(c -> {
            if (enabled(c.userId())) {
                record(c.userId(), videoId, currentTime);
            }
        });
    }

    @Override
    public void watching(Caller caller, String videoId, double currentTime) {
        caller.requireUser();
        if (!Double.isFinite(currentTime) || currentTime < 0) {
            throw BobineException.badRequest("currentTime must be a number of seconds, 0 or more");
        }
        VideoDetails v = videos.get(caller, videoId);
        if (!enabled(caller.userId())) {
            throw BobineException.conflict("Video history is disabled");
        }
        record(caller.userId(), v.id, Math.min(currentTime, Math.max(v.duration, 0)));
    }

    @Override
    public ResultList<Video> list(Caller caller, int start, int count, String search) {
        caller.requireUser();
        if (start < 0 || count < 0 || count > 100) {
            throw BobineException.badRequest("start must be 0 or more and count between 0 and 100");
        }
        if (search != null && search.length() > 500) {
            throw BobineException.badRequest("search: at most 500 characters");
        }
        flush();
        List<Long> ids = db.tx(em -> em.createQuery("SELECT h.videoId FROM HistoryEntity h WHERE h.userId = :u "
            + "ORDER BY h.updatedAt DESC, h.id DESC", Long.class).setParameter("u", caller.userId()).setMaxResults(LIST_MAX)
            .getResultList());
        String[] words = search == null || search.isBlank() ? new String[0]
            : search.toLowerCase(Locale.ROOT).strip().split("\\s+");
        // Each video is read as the user (who may no longer see it). Without a search only as many as the page
        // needs are read; the total then counts the rest as visible (deleted videos leave histories at once).
        List<Video> matching = new ArrayList<>();
        int hidden = 0;
        for (long id : ids) {
            if (words.length == 0 && matching.size() >= start + count) {
                break;
            }
            Video v = visible(caller, id);
            if (v == null) {
                hidden++;
            } else if (matches(v, words)) {
                matching.add(v);
            }
        }
        long total = words.length == 0 ? ids.size() - hidden : matching.size();
        return new ResultList<>(total, matching.subList(Math.min(start, matching.size()), Math.min(matching.size(), start + count)));
    }

    private Video visible(Caller caller, long id) {
        try {
            return videos.get(caller, String.valueOf(id));
        } catch (BobineException hidden) {
            return null;
        }
    }

    private static boolean matches(Video v, String[] words) {
        String name = v.name == null ? "" : v.name.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!name.contains(w)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void remove(Caller caller, long videoId) {
        caller.requireUser();
        flush();
        int n = db.tx(em -> em.createQuery("DELETE FROM HistoryEntity h WHERE h.userId = :u AND h.videoId = :v")
            .setParameter("u", caller.userId()).setParameter("v", videoId).executeUpdate());
        if (n == 0) {
            throw BobineException.notFound("This video is not in your history");
        }
    }

    @Override
    public void removeBefore(Caller caller, Instant beforeDate) {
        caller.requireUser();
        flush();
        long before = beforeDate == null ? Long.MAX_VALUE : beforeDate.toEpochMilli();
        int n = db.tx(em -> em.createQuery("DELETE FROM HistoryEntity h WHERE h.userId = :u AND h.updatedAt < :b")
            .setParameter("u", caller.userId()).setParameter("b", before).executeUpdate());
        LOG.info("{} cleared {} videos of their history", caller.username(), n);
    }

    /** A video is gone: so are the positions in it. */
    void videoDeleted(long videoId) {
        pending.keySet().removeIf(k -> k.videoId() == videoId);
        db.run(em -> em.createQuery("DELETE FROM HistoryEntity h WHERE h.videoId = :v").setParameter("v", videoId)
            .executeUpdate());
    }

    // --- /users/me

    @Override
    public Set<String> fields() {
        return Set.of(FIELD);
    }

    @Override
    public void complete(Caller caller, User user) {
        user.videosHistoryEnabled = enabled(caller.userId());
    }

    @Override
    public void check(Map<String, Object> body) {
        if (body.containsKey(FIELD) && !(body.get(FIELD) instanceof Boolean)) {
            throw BobineException.badRequest(FIELD + ": true or false");
        }
    }

    @Override
    public void update(Caller caller, Map<String, Object> body) {
        if (!(body.get(FIELD) instanceof Boolean on)) {
            return;
        }
        db.run(em -> {
            SocialUserEntity u = em.find(SocialUserEntity.class, caller.userId());
            if (u == null) {
                u = new SocialUserEntity();
                u.setUserId(caller.userId());
                u.setHistoryEnabled(on);
                em.persist(u);
            } else {
                u.setHistoryEnabled(on);
            }
        });
        enabled.put(caller.userId(), on);
    }

    // --- userHistory on videos

    @Override
    public Map<Long, Map<String, Object>> fields(Caller caller, Collection<Long> videoIds) {
        Map<Long, Map<String, Object>> out = new HashMap<>();
        if (!videoIds.isEmpty()) {
            List<Long> ids = List.copyOf(videoIds);
            for (Object[] r : db.tx(em -> em.createQuery("SELECT h.videoId, h.currentTime FROM HistoryEntity h "
                + "WHERE h.userId = :u AND h.videoId IN :ids", Object[].class).setParameter("u", caller.userId())
                .setParameter("ids", ids).getResultList())) {
                out.put((Long) r[0], Map.of("userHistory", Map.of("currentTime", r[1])));
            }
        }
        for (long id : videoIds) {
            Position waiting = pending.get(new Key(caller.userId(), id));
            if (waiting != null) {
                out.put(id, Map.of("userHistory", Map.of("currentTime", waiting.seconds())));
            }
        }
        return out;
    }
}
