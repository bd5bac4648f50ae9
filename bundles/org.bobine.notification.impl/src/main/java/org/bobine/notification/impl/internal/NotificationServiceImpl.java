package org.bobine.notification.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bobine.account.api.UserExtension;
import org.bobine.account.api.model.User;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.instance.api.InstanceService;
import org.bobine.notification.api.NotificationListener;
import org.bobine.notification.api.NotificationService;
import org.bobine.notification.api.model.UserNotification;
import org.bobine.notification.impl.internal.entity.NotificationEntity;
import org.bobine.notification.impl.internal.entity.RecipientEntity;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.VideoDetails;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A user's notifications and settings. Listing asks the core for each notification's video as the user: a
 * notification of a video that is gone or that the user may no longer see is deleted rather than shown.
 * Also the {@link UserExtension} that puts {@code notificationSettings} in {@code GET /api/v1/users/me} and
 * takes it from {@code PUT /api/v1/users/me}.
 */
@Component(service = {NotificationService.class, UserExtension.class})
public class NotificationServiceImpl implements NotificationService, UserExtension {

    /** A BCP 47 language tag as PeerTube's clients send them ({@code fr}, {@code pt-BR}, {@code zh-Hant-TW}). */
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,2}");

    private static final int MAX_IDS = 500;

    private final NotificationDatabase db;
    private final VideoService videos;
    private final InstanceService instance;
    private final LiveFeeds feeds;

    /**
     * @param db       notifications and settings
     * @param videos   what the user may see
     * @param instance the instance's host
     * @param feeds    the live feeds, told of read notifications
     */
    @Activate
    public NotificationServiceImpl(@Reference NotificationDatabase db, @Reference VideoService videos,
                                   @Reference InstanceService instance, @Reference LiveFeeds feeds) {
        this.db = db;
        this.videos = videos;
        this.instance = instance;
        this.feeds = feeds;
    }

    @Override
    public ResultList<UserNotification> list(Caller caller, int start, int count, String sort, boolean unreadOnly) {
        caller.requireUser();
        String order = switch (sort == null || sort.isBlank() ? "-createdAt" : sort) {
            case "-createdAt" -> "n.createdAt DESC, n.id DESC";
            case "createdAt" -> "n.createdAt, n.id";
            case "read" -> "n.readFlag, n.createdAt DESC, n.id DESC";
            case "-read" -> "n.readFlag DESC, n.createdAt DESC, n.id DESC";
            default -> throw BobineException.badRequest("sort must be -createdAt, createdAt, read or -read");
        };
        if (start < 0 || count < 0 || count > 100) {
            throw BobineException.badRequest("start must be 0 or more and count 0 to 100");
        }
        String where = "WHERE n.userId = :u" + (unreadOnly ? " AND n.readFlag = false" : "");
        // Two rounds at most: a page from which rows were removed is read again once.
        for (int round = 0; ; round++) {
            List<NotificationEntity> page = db.tx(em -> em.createQuery("SELECT n FROM NotificationEntity n " + where
                + " ORDER BY " + order, NotificationEntity.class).setParameter("u", caller.userId()).setFirstResult(start)
                .setMaxResults(count).getResultList());
            List<UserNotification> out = new ArrayList<>();
            List<Long> hidden = new ArrayList<>();
            for (NotificationEntity n : page) {
                VideoDetails v = null;
                if (n.getVideoId() != null) {
                    try {
                        v = videos.get(caller, String.valueOf(n.getVideoId()));
                    } catch (BobineException notForThem) {
                        hidden.add(n.getId());
                        continue;
                    }
                }
                out.add(Rows.dto(n, v, instance.host()));
            }
            if (!hidden.isEmpty()) {
                db.run(em -> em.createQuery("DELETE FROM NotificationEntity n WHERE n.userId = :u AND n.id IN :ids")
                    .setParameter("u", caller.userId()).setParameter("ids", hidden).executeUpdate());
                if (round == 0) {
                    continue;
                }
            }
            long total = db.tx(em -> em.createQuery("SELECT COUNT(n) FROM NotificationEntity n " + where, Long.class)
                .setParameter("u", caller.userId()).getSingleResult());
            return new ResultList<>(total, out);
        }
    }

    @Override
    public void read(Caller caller, List<Long> ids) {
        caller.requireUser();
        if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS) {
            throw BobineException.badRequest("ids must list 1 to " + MAX_IDS + " notification ids");
        }
        long unread = db.tx(em -> {
            em.createQuery("UPDATE NotificationEntity n SET n.readFlag = true, n.updatedAt = :now WHERE n.userId = :u "
                + "AND n.readFlag = false AND n.id IN :ids").setParameter("now", System.currentTimeMillis())
                .setParameter("u", caller.userId()).setParameter("ids", ids).executeUpdate();
            return Notifier.unreadOf(em, caller.userId());
        });
        feeds.tell(caller.userId(), null, unread);
    }

    @Override
    public void readAll(Caller caller) {
        caller.requireUser();
        db.run(em -> em.createQuery("UPDATE NotificationEntity n SET n.readFlag = true, n.updatedAt = :now WHERE n.userId = :u "
            + "AND n.readFlag = false").setParameter("now", System.currentTimeMillis()).setParameter("u", caller.userId())
            .executeUpdate());
        feeds.tell(caller.userId(), null, 0);
    }

    @Override
    public long unreadCount(Caller caller) {
        caller.requireUser();
        return db.tx(em -> Notifier.unreadOf(em, caller.userId()));
    }

    @Override
    public Map<String, Integer> settings(Caller caller) {
        caller.requireUser();
        return db.tx(em -> Settings.of(em, caller.userId()));
    }

    @Override
    public void updateSettings(Caller caller, Map<String, Object> body) {
        caller.requireUser();
        Map<String, Integer> changes = Settings.check(body, true);
        db.run(em -> Settings.store(em, caller.userId(), changes));
    }

    @Override
    public void checkSettings(Map<String, Object> body, boolean requireOne) {
        Settings.check(body, requireOne);
    }

    @Override
    public AutoCloseable listen(Caller caller, NotificationListener listener) {
        caller.requireUser();
        return feeds.open(caller.userId(), listener);
    }

    // The UserExtension of /users/me.

    @Override
    public Set<String> fields() {
        return Set.of("notificationSettings", "language");
    }

    @Override
    public void complete(Caller caller, User user) {
        user.notificationSettings = settings(caller);
        if (user.language == null) {
            user.language = language(caller.userId());
        }
    }

    /** @return the language the user chose for what they are sent, or null for the instance's */
    String language(long userId) {
        return db.tx(em -> {
            RecipientEntity r = em.find(RecipientEntity.class, userId);
            return r == null ? null : r.getLanguage();
        });
    }

    @Override
    public void check(Map<String, Object> body) {
        Object s = body.get("notificationSettings");
        if (s != null) {
            Settings.check(settingsOf(s), false);
        }
        if (body.containsKey("language")) {
            Object l = body.get("language");
            if (l != null && !(l instanceof String t && LANGUAGE.matcher(t).matches())) {
                throw BobineException.badRequest("language: a language tag such as en or fr, or null for the instance's");
            }
        }
    }

    @Override
    public void update(Caller caller, Map<String, Object> body) {
        Object s = body.get("notificationSettings");
        if (s != null) {
            Map<String, Integer> changes = Settings.check(settingsOf(s), false);
            db.run(em -> Settings.store(em, caller.userId(), changes));
        }
        if (body.containsKey("language")) {
            String l = (String) body.get("language");
            db.run(em -> {
                RecipientEntity r = em.find(RecipientEntity.class, caller.userId());
                if (r == null) {
                    r = new RecipientEntity();
                    r.setUserId(caller.userId());
                    r.setLanguage(l);
                    em.persist(r);
                } else {
                    r.setLanguage(l);
                }
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> settingsOf(Object s) {
        if (!(s instanceof Map<?, ?>)) {
            throw BobineException.badRequest("notificationSettings must be an object of settings");
        }
        return (Map<String, Object>) s;
    }
}
