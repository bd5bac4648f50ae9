package org.bobine.social.impl.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.Account;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.ErrorCodes;
import org.bobine.core.api.HookService;
import org.bobine.core.api.UserRole;
import org.bobine.core.api.event.BobineEvents;
import org.bobine.core.api.model.ResultList;
import org.bobine.instance.api.InstanceService;
import org.bobine.sdk.hook.AcceptResult;
import org.bobine.sdk.hook.CommentAttempt;
import org.bobine.sdk.hook.CommentInfo;
import org.bobine.sdk.hook.CommentPage;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.Viewer;
import org.bobine.social.api.CommentService;
import org.bobine.social.api.model.CommentThreadTree;
import org.bobine.social.api.model.CommentThreads;
import org.bobine.social.api.model.VideoComment;
import org.bobine.social.impl.internal.entity.CommentEntity;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoDetails;
import org.bobine.video.api.model.VideoQuery;
import org.bobine.video.api.stats.VideoStats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;

/**
 * Comments in threads. Who may see a video may read its comments (held ones: only their author, the video's
 * owner and moderators); logged-in users may write when the video's policy and the instance allow. Text is
 * Markdown: raw HTML and control characters are removed before it is stored, and pages render it with their
 * sanitising renderer. A video's count (what everyone who may see it sees) is set on the core's row after
 * each change. Plugins accept or refuse new comments and filter the threads listed (PeerTube's hooks), and
 * other capabilities learn of new comments, with the local accounts they mention, through Event Admin.
 */
@Component(service = CommentService.class)
public class CommentServiceImpl implements CommentService {

    static final int MAX_LENGTH = 10_000;
    /** Comments one user may write per minute. */
    static final int PER_MINUTE = 10;
    private static final Pattern HTML = Pattern.compile("<!--.*?-->|</?[a-zA-Z][^>]*>", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");
    /** {@code @name} or {@code @name@host}, not inside a word, an address or a link's path. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@/.])@([A-Za-z0-9_.-]{1,50})(?:@([A-Za-z0-9.:-]{1,255}))?");
    /** Mentions notified per comment, at most. */
    static final int MAX_MENTIONS = 10;

    private final SocialDatabase db;
    private final VideoService videos;
    private final UserService users;
    private final VideoStats stats;
    private final InstanceService instance;
    private final ViewCounter settings;
    private final HookService hooks;
    private final SocialEvents events;
    private final LongSupplier clock = System::currentTimeMillis;
    private final Map<Long, Deque<Long>> recent = new ConcurrentHashMap<>();
    private final Locks locks = new Locks();

    /**
     * @param db       comments
     * @param videos   the videos, with the caller's right to see them
     * @param users    authors' accounts
     * @param stats    comment counts on the core's rows
     * @param instance this instance's URL
     * @param settings whether comments are on, instance-wide
     * @param hooks    plugins' comment hooks
     * @param events   tells other capabilities of new comments
     */
    @Activate
    public CommentServiceImpl(@Reference SocialDatabase db, @Reference VideoService videos, @Reference UserService users,
                              @Reference VideoStats stats, @Reference InstanceService instance,
                              @Reference ViewCounter settings, @Reference HookService hooks, @Reference SocialEvents events) {
        this.hooks = hooks;
        this.events = events;
        this.db = db;
        this.videos = videos;
        this.users = users;
        this.stats = stats;
        this.instance = instance;
        this.settings = settings;
    }

    /** @return the Markdown to store: trimmed, without raw HTML or control characters, of an acceptable length */
    static String clean(String text) {
        if (text == null) {
            throw BobineException.badRequest("text is required");
        }
        String t = CONTROL.matcher(HTML.matcher(text).replaceAll("")).replaceAll("").trim();
        if (t.isEmpty() || t.length() > MAX_LENGTH) {
            throw BobineException.badRequest("text must be 1-" + MAX_LENGTH + " characters (raw HTML is removed)");
        }
        return t;
    }

    private static boolean moderator(Caller c) {
        return !c.anonymous() && (c.role() == UserRole.ADMINISTRATOR || c.role() == UserRole.MODERATOR);
    }

    /** @return the user id of the video's owner, or -1 (the details carry the full account) */
    private static long ownerId(VideoDetails v) {
        return v.account instanceof Account a && a.userId != null ? a.userId : -1;
    }

    private static boolean owner(Caller c, VideoDetails v) {
        return !c.anonymous() && ownerId(v) == c.userId();
    }

    private boolean open(VideoDetails v) {
        return settings.commentsEnabled() && (v.commentsPolicy == null || v.commentsPolicy.id != 2);
    }

    private boolean visible(Caller c, VideoDetails v, CommentEntity e) {
        return !e.isHeldForReview() || moderator(c) || owner(c, v) || !c.anonymous() && e.getUserId() == c.userId();
    }

    private VideoComment json(CommentEntity e, VideoDetails v, Map<String, Account> accounts) {
        VideoComment d = new VideoComment();
        d.id = e.getId();
        d.url = e.getUrl();
        d.threadId = e.getThreadId();
        d.inReplyToCommentId = e.getInReplyToId();
        d.videoId = e.getVideoId();
        d.createdAt = Instant.ofEpochMilli(e.getCreatedAt()).toString();
        d.updatedAt = Instant.ofEpochMilli(e.getUpdatedAt()).toString();
        d.heldForReview = e.isHeldForReview();
        d.isDeleted = e.getDeletedAt() != null;
        d.deletedAt = d.isDeleted ? Instant.ofEpochMilli(e.getDeletedAt()).toString() : null;
        d.text = d.isDeleted ? "" : e.getText();
        if (!d.isDeleted && e.getAccountName() != null) {
            d.account = accounts.computeIfAbsent(e.getAccountName(), n -> {
                try {
                    return users.account(n);
                } catch (BobineException gone) {
                    return null;
                }
            });
        }
        return d;
    }

    /** @return the JPQL condition on {@code c} for what the caller may see of the video's comments */
    private String seen(Caller caller, VideoDetails v) {
        return moderator(caller) || owner(caller, v) ? "" : caller.anonymous() ? " AND c.heldForReview = false"
            : " AND (c.heldForReview = false OR c.userId = :me)";
    }

    private static <T> javax.persistence.TypedQuery<T> bind(javax.persistence.TypedQuery<T> q, String where, Caller caller) {
        return where.contains(":me") ? q.setParameter("me", caller.userId()) : q;
    }

    @Override
    public CommentThreads threads(Caller caller, String videoId, int start, int count, String sort) {
        if (start < 0 || count < 0 || count > 100) {
            throw BobineException.badRequest("start must be 0 or more and count between 0 and 100");
        }
        String s = sort == null || sort.isBlank() ? "-createdAt" : sort;
        String order = switch (s) {
            case "-createdAt" -> "c.createdAt DESC, c.id DESC";
            case "createdAt" -> "c.createdAt, c.id";
            case "-totalReplies" -> "c.replies DESC, c.createdAt DESC, c.id DESC";
            default -> throw BobineException.badRequest("sort: one of -createdAt, createdAt, -totalReplies");
        };
        VideoDetails v = videos.get(caller, videoId);
        if (!open(v)) {
            return new CommentThreads(0, List.of(), 0);
        }
        // A page of threads and the counts, each one query over the video's index: never every comment.
        String where = " WHERE c.videoId = :v" + seen(caller, v);
        long authorId = ownerId(v);
        Object[] r = db.tx(em -> {
            long roots = bind(em.createQuery("SELECT COUNT(c) FROM CommentEntity c" + where + " AND c.inReplyToId IS NULL",
                Long.class), where, caller).setParameter("v", v.id).getSingleResult();
            long notDeleted = bind(em.createQuery("SELECT COUNT(c) FROM CommentEntity c" + where + " AND c.deletedAt IS NULL",
                Long.class), where, caller).setParameter("v", v.id).getSingleResult();
            // Narrow rows sorted first (ids, not the texts), then the page's comments by id, as the core lists videos.
            List<Long> pageIds = count == 0 ? List.of() : bind(em.createQuery("SELECT c.id FROM CommentEntity c" + where
                + " AND c.inReplyToId IS NULL ORDER BY " + order, Long.class), where, caller).setParameter("v", v.id)
                .setFirstResult(start).setMaxResults(count).getResultList();
            Map<Long, CommentEntity> byId = new HashMap<>();
            if (!pageIds.isEmpty()) {
                em.createQuery("SELECT c FROM CommentEntity c WHERE c.id IN :ids", CommentEntity.class)
                    .setParameter("ids", pageIds).getResultList().forEach(c -> byId.put(c.getId(), c));
            }
            List<CommentEntity> page = pageIds.stream().map(byId::get).filter(c -> c != null).toList();
            Map<Long, long[]> replies = new HashMap<>();
            if (!page.isEmpty()) {
                List<Long> ids = page.stream().map(CommentEntity::getId).toList();
                for (Object[] row : bind(em.createQuery("SELECT c.threadId, c.userId FROM CommentEntity c" + where
                    + " AND c.threadId IN :t AND c.inReplyToId IS NOT NULL AND c.deletedAt IS NULL", Object[].class), where, caller)
                    .setParameter("v", v.id).setParameter("t", ids).getResultList()) {
                    long[] n = replies.computeIfAbsent((Long) row[0], k -> new long[2]);
                    n[0]++;
                    if ((Long) row[1] == authorId) {
                        n[1]++;
                    }
                }
            }
            return new Object[] {roots, notDeleted, page, replies};
        });
        long total = (Long) r[0];
        @SuppressWarnings("unchecked")
        List<CommentEntity> shown = (List<CommentEntity>) r[2];
        @SuppressWarnings("unchecked")
        Map<Long, long[]> replies = (Map<Long, long[]>) r[3];
        if (hooks.hasFilter(Hooks.FILTER_THREADS_LIST_RESULT)) {
            CommentPage before = new CommentPage(total, shown.stream().map(e -> info(e, v)).toList());
            CommentPage after = hooks.filter(Hooks.FILTER_THREADS_LIST_RESULT, viewer(caller), before);
            Map<Long, CommentEntity> byId = new HashMap<>();
            shown.forEach(e -> byId.put(e.getId(), e));
            List<CommentEntity> kept = after == null ? shown : after.data().stream().map(c -> byId.remove(c.id()))
                .filter(e -> e != null).toList();
            total -= shown.size() - kept.size();
            shown = kept;
        }
        Map<String, Account> accounts = new HashMap<>();
        List<VideoComment> page = new ArrayList<>();
        for (CommentEntity e : shown) {
            VideoComment d = json(e, v, accounts);
            long[] n = replies.getOrDefault(e.getId(), new long[2]);
            d.totalReplies = n[0];
            d.totalRepliesFromVideoAuthor = n[1];
            page.add(d);
        }
        return new CommentThreads(total, page, (Long) r[1]);
    }

    @Override
    public CommentThreadTree thread(Caller caller, String videoId, long threadId) {
        VideoDetails v = videos.get(caller, videoId);
        String where = " WHERE c.videoId = :v AND c.threadId = :t" + seen(caller, v);
        List<CommentEntity> seen = open(v) ? db.tx(em -> bind(em.createQuery("SELECT c FROM CommentEntity c" + where
            + " ORDER BY c.createdAt, c.id", CommentEntity.class), where, caller).setParameter("v", v.id)
            .setParameter("t", threadId).getResultList()) : List.of();
        CommentEntity root = seen.stream().filter(e -> e.getId() == threadId && e.getInReplyToId() == null).findFirst()
            .orElseThrow(() -> BobineException.notFound("Video comment thread not found"));
        Map<String, Account> accounts = new HashMap<>();
        Map<Long, CommentThreadTree> nodes = new LinkedHashMap<>();
        for (CommentEntity e : seen) {
            nodes.put(e.getId(), new CommentThreadTree(json(e, v, accounts)));
        }
        for (CommentEntity e : seen) {
            if (e.getInReplyToId() != null) {
                CommentThreadTree parent = nodes.get(e.getInReplyToId());
                if (parent != null) {
                    parent.children.add(nodes.get(e.getId()));
                }
            }
        }
        return nodes.get(root.getId());
    }

    private void throttle(Caller caller) {
        long now = clock.getAsLong();
        Deque<Long> times = recent.computeIfAbsent(caller.userId(), k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() < now - 60_000) {
                times.pollFirst();
            }
            if (times.size() >= PER_MINUTE && !moderator(caller)) {
                throw new BobineException(429, ErrorCodes.TOO_MANY_REQUESTS, "Too many comments; wait a minute");
            }
            times.addLast(now);
        }
    }

    private VideoComment write(Caller caller, VideoDetails v, CommentEntity parent, String text) {
        caller.requireUser();
        if (!open(v)) {
            throw BobineException.forbidden("Comments are disabled on this video");
        }
        String clean = clean(text);
        throttle(caller);
        String accept = parent == null ? Hooks.FILTER_THREAD_CREATE_ACCEPT : Hooks.FILTER_REPLY_CREATE_ACCEPT;
        if (hooks.hasFilter(accept)) {
            AcceptResult r = hooks.filter(accept, new CommentAttempt(caller.username(), v.id, v.uuid, clean,
                parent == null ? null : parent.getId()), AcceptResult.ACCEPT);
            if (r != null && !r.accepted()) {
                throw BobineException.forbidden(r.errorMessage() == null ? "A plugin refused this comment" : r.errorMessage());
            }
        }
        boolean held = v.commentsPolicy != null && v.commentsPolicy.id == 3 && !owner(caller, v) && !moderator(caller);
        CommentEntity saved = db.tx(em -> {
            long now = clock.getAsLong();
            CommentEntity e = new CommentEntity();
            e.setVideoId(v.id);
            e.setInReplyToId(parent == null ? null : parent.getId());
            e.setThreadId(parent == null ? 0 : parent.getThreadId());
            e.setUserId(caller.userId());
            e.setAccountName(caller.username());
            e.setText(clean);
            e.setUrl("-");
            e.setHeldForReview(held);
            e.setReplies(0);
            e.setCreatedAt(now);
            e.setUpdatedAt(now);
            em.persist(e);
            em.flush();
            if (parent == null) {
                e.setThreadId(e.getId());
            }
            e.setUrl(instance.publicUrl() + "/videos/watch/" + v.uuid + "/comments/" + e.getId());
            return e;
        });
        recount(v.id, saved.getThreadId());
        hooks.action(parent == null ? Hooks.ACTION_THREAD_CREATED : Hooks.ACTION_REPLY_CREATED, info(saved, v));
        events.post(event(BobineEvents.COMMENT_CREATED, saved, v, parent == null ? null : parent.getAccountName()));
        return json(saved, v, new HashMap<>());
    }

    /** @return the local users a text mentions ({@code @name}, {@code @name@this-host}), who exist, at most ten */
    List<String> mentions(String text, String author) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        String host = instance.host().toLowerCase(Locale.ROOT);
        while (m.find() && names.size() < MAX_MENTIONS) {
            String name = m.group(1).replaceAll("[.-]+$", "");
            if ((m.group(2) == null || m.group(2).toLowerCase(Locale.ROOT).equals(host)) && !name.equalsIgnoreCase(author)) {
                try {
                    Account a = users.account(name);
                    if (a.userId != null) {
                        names.add(a.name);
                    }
                } catch (BobineException unknown) {
                    // Not a local account: nobody to tell.
                }
            }
        }
        return List.copyOf(names);
    }

    private Event event(String topic, CommentEntity e, VideoDetails v, String inReplyTo) {
        Account owner = v.account instanceof Account a ? a : null;
        return BobineEvents.event(topic, BobineEvents.COMMENT_ID, e.getId(), BobineEvents.THREAD_ID, e.getThreadId(),
            BobineEvents.VIDEO_ID, v.id, BobineEvents.VIDEO_UUID, v.uuid, BobineEvents.VIDEO_NAME, v.name,
            BobineEvents.PRIVACY, v.privacy == null ? null : v.privacy.id, BobineEvents.OWNER, owner == null ? null : owner.name,
            BobineEvents.ACTOR, e.getAccountName(), BobineEvents.IN_REPLY_TO, inReplyTo,
            BobineEvents.MENTIONS, mentions(e.getText(), e.getAccountName()).toArray(String[]::new),
            BobineEvents.HELD, e.isHeldForReview());
    }

    private static CommentInfo info(CommentEntity e, VideoDetails v) {
        return new CommentInfo(e.getId(), e.getUrl(), v.id, v.uuid, e.getAccountName(), e.getDeletedAt() == null ? e.getText() : "",
            e.getThreadId(), e.getInReplyToId(), e.isHeldForReview());
    }

    private static Viewer viewer(Caller c) {
        return c == null || c.anonymous() ? Viewer.ANONYMOUS : new Viewer(c.username(), c.role().label().toLowerCase(Locale.ROOT));
    }

    /**
     * Counts under the video's lock, so the last to set a count has read every change committed before it: the
     * video's comments (on the core's row) and the thread's published replies (on its first comment).
     */
    private void recount(long videoId, long threadId) {
        synchronized (locks.of(videoId)) {
            long n = db.tx(em -> {
                long replies = em.createQuery("SELECT COUNT(c) FROM CommentEntity c WHERE c.threadId = :t AND c.inReplyToId "
                    + "IS NOT NULL AND c.heldForReview = false AND c.deletedAt IS NULL", Long.class).setParameter("t", threadId)
                    .getSingleResult();
                CommentEntity root = em.find(CommentEntity.class, threadId);
                if (root != null) {
                    root.setReplies(replies);
                }
                return em.createQuery("SELECT COUNT(c) FROM CommentEntity c WHERE c.videoId = :v "
                    + "AND c.heldForReview = false AND c.deletedAt IS NULL", Long.class).setParameter("v", videoId).getSingleResult();
            });
            stats.setComments(videoId, n);
        }
    }

    @Override
    public VideoComment comment(Caller caller, String videoId, String text) {
        caller.requireUser();
        return write(caller, videos.get(caller, videoId), null, text);
    }

    private CommentEntity find(VideoDetails v, long commentId) {
        CommentEntity e = db.tx(em -> em.find(CommentEntity.class, commentId));
        if (e == null || e.getVideoId() != v.id) {
            throw BobineException.notFound("Video comment not found");
        }
        return e;
    }

    @Override
    public VideoComment reply(Caller caller, String videoId, long commentId, String text) {
        caller.requireUser();
        VideoDetails v = videos.get(caller, videoId);
        CommentEntity parent = find(v, commentId);
        if (parent.getDeletedAt() != null || !visible(caller, v, parent)) {
            throw BobineException.badRequest("Cannot reply to a deleted or held comment");
        }
        return write(caller, v, parent, text);
    }

    @Override
    public void delete(Caller caller, String videoId, long commentId) {
        caller.requireUser();
        VideoDetails v = videos.get(caller, videoId);
        CommentEntity e = find(v, commentId);
        if (e.getDeletedAt() != null) {
            throw BobineException.notFound("Video comment not found");
        }
        if (e.getUserId() != caller.userId() && !owner(caller, v) && !moderator(caller)) {
            throw BobineException.forbidden("Only the comment's author, the video's owner or a moderator may delete it");
        }
        CommentInfo before = info(e, v);
        db.run(em -> {
            CommentEntity c = em.find(CommentEntity.class, commentId);
            long children = em.createQuery("SELECT COUNT(c) FROM CommentEntity c WHERE c.inReplyToId = :id", Long.class)
                .setParameter("id", commentId).getSingleResult();
            if (children == 0) {
                em.remove(c);
            } else {
                c.setText("");
                c.setAccountName(null);
                c.setUserId(0);
                c.setDeletedAt(clock.getAsLong());
                c.setUpdatedAt(clock.getAsLong());
            }
        });
        recount(v.id, e.getThreadId());
        hooks.action(Hooks.ACTION_COMMENT_DELETED, before);
    }

    @Override
    public void approve(Caller caller, String videoId, long commentId) {
        caller.requireUser();
        VideoDetails v = videos.get(caller, videoId);
        if (!owner(caller, v) && !moderator(caller)) {
            throw BobineException.forbidden("Only the video's owner or a moderator may approve its comments");
        }
        CommentEntity e = find(v, commentId);
        if (!e.isHeldForReview()) {
            throw BobineException.badRequest("This comment is not held for review");
        }
        db.run(em -> em.find(CommentEntity.class, commentId).setHeldForReview(false));
        recount(v.id, e.getThreadId());
        e.setHeldForReview(false);
        CommentEntity parent = e.getInReplyToId() == null ? null : db.tx(em -> em.find(CommentEntity.class, e.getInReplyToId()));
        events.post(event(BobineEvents.COMMENT_APPROVED, e, v, parent == null ? null : parent.getAccountName()));
    }

    @Override
    public ResultList<Map<String, Object>> ofMyVideos(Caller caller, int start, int count, Boolean heldForReview) {
        caller.requireUser();
        if (start < 0 || count < 0 || count > 100) {
            throw BobineException.badRequest("start must be 0 or more and count between 0 and 100");
        }
        boolean everything = moderator(caller);
        Map<Long, Video> mine = new HashMap<>();
        VideoQuery q = new VideoQuery();
        q.count = 100;
        for (q.start = 0; !everything; q.start += 100) {
            List<Video> page = videos.listMine(caller, q).data;
            page.forEach(x -> mine.put(x.id, x));
            if (page.size() < 100) {
                break;
            }
        }
        if (!everything && mine.isEmpty()) {
            return new ResultList<>(0, List.of());
        }
        // One page and one count in the database: never every comment of the instance.
        String where = " WHERE c.deletedAt IS NULL" + (heldForReview == null ? "" : " AND c.heldForReview = :h")
            + (everything ? "" : " AND c.videoId IN :mine");
        List<Long> ids = List.copyOf(mine.keySet());
        Object[] found = db.tx(em -> {
            var total = em.createQuery("SELECT COUNT(c) FROM CommentEntity c" + where, Long.class);
            var page = em.createQuery("SELECT c FROM CommentEntity c" + where + " ORDER BY c.createdAt DESC, c.id DESC",
                CommentEntity.class).setFirstResult(start).setMaxResults(count);
            if (heldForReview != null) {
                total.setParameter("h", heldForReview);
                page.setParameter("h", heldForReview);
            }
            if (!everything) {
                total.setParameter("mine", ids);
                page.setParameter("mine", ids);
            }
            return new Object[] {total.getSingleResult(), count == 0 ? List.of() : page.getResultList()};
        });
        @SuppressWarnings("unchecked")
        List<CommentEntity> kept = (List<CommentEntity>) found[1];
        Map<String, Account> accounts = new HashMap<>();
        List<Map<String, Object>> data = new ArrayList<>();
        for (CommentEntity e : kept) {
            Video video = mine.get(e.getVideoId());
            if (video == null) {
                try {
                    video = videos.get(caller, String.valueOf(e.getVideoId()));
                } catch (BobineException gone) {
                    continue;
                }
            }
            data.add(withVideo(e, video, accounts));
        }
        return new ResultList<>((Long) found[0], data);
    }

    /** @return PeerTube's VideoCommentForAdminOrUser */
    private Map<String, Object> withVideo(CommentEntity e, Video video, Map<String, Account> accounts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.getId());
        m.put("url", e.getUrl());
        m.put("text", e.getText());
        m.put("heldForReview", e.isHeldForReview());
        m.put("threadId", e.getThreadId());
        m.put("inReplyToCommentId", e.getInReplyToId());
        m.put("createdAt", Instant.ofEpochMilli(e.getCreatedAt()).toString());
        m.put("updatedAt", Instant.ofEpochMilli(e.getUpdatedAt()).toString());
        m.put("account", accounts.computeIfAbsent(e.getAccountName(), users::account));
        m.put("video", Map.of("id", video.id, "uuid", video.uuid, "name", video.name, "channel", video.channel));
        m.put("automaticTags", List.of());
        return m;
    }

    @Override
    public List<Map<String, Object>> latest(Caller caller, String videoId, int count) {
        if (count < 1 || count > 100) {
            throw BobineException.badRequest("count must be between 1 and 100");
        }
        if (!settings.commentsEnabled()) {
            return List.of();
        }
        Map<Long, Video> shown = new HashMap<>();
        Long only = null;
        if (videoId != null) {
            VideoDetails v = videos.get(caller, videoId);
            int privacy = v.privacy == null ? 0 : v.privacy.id;
            if (privacy != 1 && privacy != 2) {
                throw BobineException.notFound("Video not found");
            }
            if (!open(v)) {
                return List.of();
            }
            shown.put(v.id, v);
            only = v.id;
        }
        Set<Long> hidden = new HashSet<>();
        Map<String, Account> accounts = new HashMap<>();
        List<Map<String, Object>> data = new ArrayList<>();
        // Newest rows first, a page at a time, until enough are of videos anyone may see.
        for (int offset = 0; data.size() < count; offset += 200) {
            Long v = only;
            int from = offset;
            List<CommentEntity> rows = db.tx(em -> {
                var q = em.createQuery("SELECT c FROM CommentEntity c WHERE c.deletedAt IS NULL AND c.heldForReview = false"
                    + (v == null ? "" : " AND c.videoId = :v") + " ORDER BY c.createdAt DESC, c.id DESC", CommentEntity.class)
                    .setFirstResult(from).setMaxResults(200);
                return (v == null ? q : q.setParameter("v", v)).getResultList();
            });
            for (CommentEntity e : rows) {
                Video video = shown.get(e.getVideoId());
                if (video == null && !hidden.contains(e.getVideoId())) {
                    video = publicVideo(caller, e.getVideoId());
                    if (video == null) {
                        hidden.add(e.getVideoId());
                    } else {
                        shown.put(e.getVideoId(), video);
                    }
                }
                if (video != null && data.size() < count) {
                    data.add(withVideo(e, video, accounts));
                }
            }
            if (rows.size() < 200) {
                break;
            }
        }
        return data;
    }

    /** @return the video when the caller may see it, it is public and takes comments, else null */
    private Video publicVideo(Caller caller, long id) {
        try {
            VideoDetails v = videos.get(caller, String.valueOf(id));
            return v.privacy != null && v.privacy.id == 1 && open(v) ? v : null;
        } catch (BobineException hidden) {
            return null;
        }
    }
}
