package org.bobine.notification.impl.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.bobine.account.api.ChannelService;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.Account;
import org.bobine.account.api.model.User;
import org.bobine.account.api.model.VideoChannel;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.event.BobineEvents;
import org.bobine.instance.api.InstanceService;
import org.bobine.notification.api.NotificationSettings;
import org.bobine.notification.api.NotificationTypes;
import org.bobine.notification.impl.internal.entity.NotificationEntity;
import org.bobine.notification.impl.internal.entity.RecipientEntity;
import org.bobine.social.api.ChannelSubscribers;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.VideoDetails;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the capabilities' events ({@link BobineEvents}) into notifications, as PeerTube's notifier does: a
 * new public or internal video for its channel's subscribers, a transcoded video for its owner, an import's
 * end for who imported, a comment for the video's owner (also when held for their approval), a reply or a
 * mention for the answered author and the mentioned users (once the comment is visible), a subscription for
 * the channel's owner. Nobody is told of their own action, nor of a video they may not see (asked of the core
 * as that user), and each recipient's settings choose the page, e-mail, both or nothing. Registered as an
 * Event Admin handler; the work runs on one thread of its own, so Event Admin is never held up.
 */
@Component(service = EventHandler.class, immediate = true, property = {
    EventConstants.EVENT_TOPIC + "=" + BobineEvents.VIDEO_PUBLISHED,
    EventConstants.EVENT_TOPIC + "=" + BobineEvents.IMPORT_ENDED,
    EventConstants.EVENT_TOPIC + "=" + BobineEvents.COMMENT_CREATED,
    EventConstants.EVENT_TOPIC + "=" + BobineEvents.COMMENT_APPROVED,
    EventConstants.EVENT_TOPIC + "=" + BobineEvents.CHANNEL_FOLLOWED})
public class Notifier implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    private static final int PUBLIC = 1;
    private static final int INTERNAL = 4;

    private final NotificationDatabase db;
    private final UserService users;
    private final ChannelService channels;
    private final VideoService videos;
    private final ChannelSubscribers subscribers;
    private final InstanceService instance;
    private final MailQueue mail;
    private final LiveFeeds feeds;
    private final ExecutorService work = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(10_000), r -> {
        Thread t = new Thread(r, "bobine-notifier");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param db          notifications
     * @param users       recipients: who they are, their address and language
     * @param channels    followed channels' names
     * @param videos      what each recipient may see
     * @param subscribers who follows a channel
     * @param instance    the instance's URL, host and name
     * @param mail        the e-mail queue
     * @param feeds       the live feeds
     */
    @Activate
    public Notifier(@Reference NotificationDatabase db, @Reference UserService users, @Reference ChannelService channels,
                    @Reference VideoService videos, @Reference ChannelSubscribers subscribers, @Reference InstanceService instance,
                    @Reference MailQueue mail, @Reference LiveFeeds feeds) {
        this.db = db;
        this.users = users;
        this.channels = channels;
        this.videos = videos;
        this.subscribers = subscribers;
        this.instance = instance;
        this.mail = mail;
        this.feeds = feeds;
    }

    @Deactivate
    void deactivate() {
        work.shutdown();
        try {
            if (!work.awaitTermination(10, TimeUnit.SECONDS)) {
                work.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void handleEvent(Event event) {
        try {
            work.execute(() -> {
                try {
                    handle(event);
                } catch (RuntimeException e) {
                    LOG.warn("Notifications of {} failed", event.getTopic(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Notifications of {} dropped: the notifier is stopping or {} events wait", event.getTopic(), 10_000);
        }
    }

    /** Handles one event now (the worker's and the unit tests' entry). */
    void handle(Event e) {
        switch (e.getTopic()) {
            case BobineEvents.VIDEO_PUBLISHED -> videoPublished(e);
            case BobineEvents.IMPORT_ENDED -> importEnded(e);
            case BobineEvents.COMMENT_CREATED -> comment(e, false);
            case BobineEvents.COMMENT_APPROVED -> comment(e, true);
            case BobineEvents.CHANNEL_FOLLOWED -> followed(e);
            default -> {
                // Not subscribed to.
            }
        }
    }

    private void videoPublished(Event e) {
        long videoId = BobineEvents.number(e, BobineEvents.VIDEO_ID);
        String owner = BobineEvents.string(e, BobineEvents.OWNER);
        int privacy = (int) BobineEvents.number(e, BobineEvents.PRIVACY);
        // PeerTube tells subscribers of public and internal videos only (not unlisted, private or password).
        if (privacy == PUBLIC || privacy == INTERNAL) {
            for (long userId : subscribers.userIds(BobineEvents.number(e, BobineEvents.CHANNEL_ID))) {
                Optional<Caller> c = users.caller(userId);
                if (c.isPresent() && !c.get().username().equals(owner)) {
                    notify(c.get(), NotificationTypes.NEW_VIDEO_FROM_SUBSCRIPTION, videoId, n -> {
                    });
                }
            }
        }
        // The owner last: once they are told, the subscribers were (what the itests rely on to see who was not).
        if (BobineEvents.flag(e, BobineEvents.TRANSCODED) && owner != null) {
            users.caller(owner).ifPresent(c -> notify(c, NotificationTypes.MY_VIDEO_PUBLISHED, videoId, n -> {
            }));
        }
    }

    private void importEnded(Event e) {
        String owner = BobineEvents.string(e, BobineEvents.OWNER);
        Optional<Caller> c = owner == null ? Optional.empty() : users.caller(owner);
        if (c.isEmpty()) {
            return;
        }
        boolean success = BobineEvents.flag(e, BobineEvents.SUCCESS);
        Long videoId = null;
        String uuid = BobineEvents.string(e, BobineEvents.VIDEO_UUID);
        if (success && uuid != null) {
            VideoDetails v = visible(c.get(), uuid);
            videoId = v == null ? null : v.id;
        }
        long importId = BobineEvents.number(e, BobineEvents.IMPORT_ID);
        String url = BobineEvents.string(e, BobineEvents.TARGET_URL);
        notify(c.get(), success ? NotificationTypes.MY_VIDEO_IMPORT_SUCCESS : NotificationTypes.MY_VIDEO_IMPORT_ERROR,
            videoId == null ? 0 : videoId, n -> {
                n.setImportId(importId);
                n.setTargetUrl(url == null ? null : url.length() > 2000 ? url.substring(0, 2000) : url);
            });
    }

    private void comment(Event e, boolean approved) {
        long videoId = BobineEvents.number(e, BobineEvents.VIDEO_ID);
        String owner = BobineEvents.string(e, BobineEvents.OWNER);
        String actor = BobineEvents.string(e, BobineEvents.ACTOR);
        boolean held = BobineEvents.flag(e, BobineEvents.HELD);
        Account author = account(actor);
        java.util.function.Consumer<NotificationEntity> fill = n -> {
            n.setCommentId(BobineEvents.number(e, BobineEvents.COMMENT_ID));
            n.setThreadId(BobineEvents.number(e, BobineEvents.THREAD_ID));
            n.setHeld(held);
            actor(n, author, actor);
        };
        if (!approved && owner != null && !owner.equals(actor)) {
            users.caller(owner).ifPresent(c -> notify(c, NotificationTypes.NEW_COMMENT_ON_MY_VIDEO, videoId, fill));
        }
        if (held) {
            // Others cannot read it yet: replies and mentions are told once it is approved.
            return;
        }
        Set<String> told = new LinkedHashSet<>();
        String inReplyTo = BobineEvents.string(e, BobineEvents.IN_REPLY_TO);
        if (inReplyTo != null) {
            told.add(inReplyTo);
        }
        if (e.getProperty(BobineEvents.MENTIONS) instanceof String[] mentioned) {
            for (String m : mentioned) {
                told.add(m);
            }
        }
        told.remove(actor);
        // The video's owner learns of every comment through NEW_COMMENT_ON_MY_VIDEO already, as in PeerTube.
        told.remove(owner);
        for (String name : told) {
            users.caller(name).ifPresent(c -> notify(c, NotificationTypes.COMMENT_MENTION, videoId, fill));
        }
    }

    private void followed(Event e) {
        String owner = BobineEvents.string(e, BobineEvents.OWNER);
        String actor = BobineEvents.string(e, BobineEvents.ACTOR);
        if (owner == null || owner.equals(actor)) {
            return;
        }
        String channelName = BobineEvents.string(e, BobineEvents.CHANNEL_NAME);
        String displayName = channelName;
        try {
            VideoChannel ch = channels.get(channelName);
            displayName = ch.displayName;
        } catch (BobineException gone) {
            return;
        }
        Account follower = account(actor);
        String shown = displayName;
        users.caller(owner).ifPresent(c -> notify(c, NotificationTypes.NEW_FOLLOW, 0, n -> {
            n.setChannelId(BobineEvents.number(e, BobineEvents.CHANNEL_ID));
            n.setChannelName(channelName);
            n.setChannelDisplayName(shown);
            actor(n, follower, actor);
        }));
    }

    private Account account(String name) {
        if (name == null) {
            return null;
        }
        try {
            return users.account(name);
        } catch (BobineException gone) {
            return null;
        }
    }

    private static void actor(NotificationEntity n, Account a, String name) {
        n.setActorName(name);
        n.setActorAccountId(a == null ? null : a.id);
        n.setActorDisplayName(a == null ? name : a.displayName);
    }

    private VideoDetails visible(Caller c, String id) {
        try {
            return videos.get(c, id);
        } catch (BobineException notForThem) {
            return null;
        }
    }

    /**
     * Tells one user, as their settings say: a row for the page (then the live feeds), an e-mail, both or
     * nothing; never about a video they may not see.
     */
    private void notify(Caller to, int type, long videoId, java.util.function.Consumer<NotificationEntity> fill) {
        VideoDetails video = null;
        if (videoId > 0) {
            video = visible(to, String.valueOf(videoId));
            if (video == null) {
                return;
            }
        }
        Map<String, Integer> settings = db.tx(em -> Settings.of(em, to.userId()));
        int value = settings.getOrDefault(NotificationTypes.setting(type), NotificationSettings.NONE);
        boolean web = (value & NotificationSettings.WEB) != 0;
        User user = (value & NotificationSettings.EMAIL) != 0 && mail.enabled() ? me(to) : null;
        boolean email = user != null && user.email != null && !user.email.isBlank();
        if (!web && !email) {
            return;
        }
        NotificationEntity n = new NotificationEntity();
        n.setUserId(to.userId());
        n.setType(type);
        long now = System.currentTimeMillis();
        n.setCreatedAt(now);
        n.setUpdatedAt(now);
        if (video != null) {
            n.setVideoId(video.id);
            n.setVideoUuid(video.uuid);
            n.setVideoName(Mails.line(video.name));
            if (video.channel != null) {
                n.setChannelId(video.channel.id);
                n.setChannelName(video.channel.name);
                n.setChannelDisplayName(video.channel.displayName);
            }
        }
        fill.accept(n);
        Mails.Mail m = email ? Mails.compose(language(user), n, instance.publicUrl(), instance.name()) : null;
        long unread = db.tx(em -> {
            if (web) {
                em.persist(n);
            }
            if (m != null) {
                mail.add(em, user.email, m);
            }
            return web ? unreadOf(em, to.userId()) : 0L;
        });
        if (m != null) {
            mail.poke();
        }
        if (web) {
            feeds.tell(to.userId(), Rows.dto(n, video, instance.host()), unread);
        }
    }

    private User me(Caller c) {
        try {
            return users.me(c);
        } catch (BobineException gone) {
            return null;
        }
    }

    private String language(User u) {
        if (u.language != null && !u.language.isBlank()) {
            return u.language;
        }
        String chosen = db.tx(em -> {
            RecipientEntity r = em.find(RecipientEntity.class, u.id);
            return r == null ? null : r.getLanguage();
        });
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        Object i = instance.publicConfig().get("instance");
        return i instanceof Map<?, ?> m && m.get("defaultLanguage") instanceof String s ? s : "en";
    }

    static long unreadOf(javax.persistence.EntityManager em, long userId) {
        return em.createQuery("SELECT COUNT(n) FROM NotificationEntity n WHERE n.userId = :u AND n.readFlag = false", Long.class)
            .setParameter("u", userId).getSingleResult();
    }
}
