package org.bobine.playlist.impl.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.bobine.account.api.ChannelService;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.Account;
import org.bobine.account.api.model.User;
import org.bobine.account.api.model.VideoChannel;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.instance.api.InstanceService;
import org.bobine.media.files.Images;
import org.bobine.media.files.MediaSniffer;
import org.bobine.playlist.api.PlaylistService;
import org.bobine.playlist.api.model.ElementChange;
import org.bobine.playlist.api.model.PlaylistChange;
import org.bobine.playlist.api.model.PlaylistQuery;
import org.bobine.playlist.api.model.VideoExistInPlaylist;
import org.bobine.playlist.api.model.VideoPlaylist;
import org.bobine.playlist.api.model.VideoPlaylistElement;
import org.bobine.playlist.impl.internal.entity.PlaylistElementEntity;
import org.bobine.playlist.impl.internal.entity.PlaylistEntity;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.VideoDetails;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Playlists and Watch later. Rights are decided here for every route: who may see a playlist (its privacy),
 * who may change it (its owner), which videos may be added (those the owner may see) and how each element
 * reads to a viewer (through {@link VideoService#get}, so a video's privacy applies inside every playlist, and a
 * deleted video reads as deleted). Changes of one playlist's elements run one at a time under its lock, in one
 * transaction that also keeps the count on the playlist's row. Uploaded thumbnails live in
 * {@code <data>/storage/playlist-thumbnails/}, each under a new random name.
 */
@Component(service = {PlaylistService.class, PlaylistServiceImpl.class})
public class PlaylistServiceImpl implements PlaylistService {

    private static final Logger LOG = LoggerFactory.getLogger(PlaylistServiceImpl.class);
    private static final int PUBLIC = 1;
    private static final int UNLISTED = 2;
    private static final int PRIVATE = 3;
    private static final int REGULAR = 1;
    private static final int WATCH_LATER_TYPE = 2;
    private static final int MAX_IMAGE = 8 * 1024 * 1024;
    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SHORT_FORM = Pattern.compile("[1-9a-km-zA-HJ-NP-Z]{22}");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]{1,18}");
    private static final Pattern THUMBNAIL_NAME = Pattern.compile("playlist-[0-9a-f-]{36}-[0-9a-f]{16}\\.(jpg|webp)");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");
    private static final Map<String, String> SORTS = Map.of("id", "p.id", "displayName", "p.name", "createdAt", "p.createdAt",
        "updatedAt", "p.updatedAt", "match", "p.updatedAt");

    private final PlaylistDatabase db;
    private final VideoService videos;
    private final UserService users;
    private final ChannelService channels;
    private final InstanceService instance;
    private final Locks locks = new Locks();
    private final SecureRandom random = new SecureRandom();

    /**
     * @param db       playlists and elements
     * @param videos   the videos in them, with each viewer's right to see them
     * @param users    owners' accounts and channels
     * @param channels channels playlists belong to
     * @param instance this instance's URL and data directory
     */
    @Activate
    public PlaylistServiceImpl(@Reference PlaylistDatabase db, @Reference VideoService videos, @Reference UserService users,
                               @Reference ChannelService channels, @Reference InstanceService instance) {
        this.db = db;
        this.videos = videos;
        this.users = users;
        this.channels = channels;
        this.instance = instance;
    }

    // ---- playlists -----------------------------------------------------------------------------------

    @Override
    public VideoPlaylist create(Caller caller, PlaylistChange create) {
        caller.requireUser();
        watchLaterOf(caller);
        if (create == null) {
            throw BobineException.badRequest("A body is required");
        }
        String name = name(create.displayName);
        String description = description(create.description);
        int privacy = create.privacy == null ? PRIVATE : privacy(create.privacy);
        VideoChannel channel = create.videoChannelId == null ? null : ownChannel(caller, create.videoChannelId);
        if (privacy == PUBLIC && channel == null) {
            throw BobineException.badRequest("A public playlist must belong to one of your channels: set videoChannelId");
        }
        byte[] image = create.thumbnail == null ? null : image(create.thumbnail);
        UUID uuid = UUID.randomUUID();
        String thumbnail = image == null ? null : storeThumbnail(uuid, image);
        try {
            PlaylistEntity saved = db.tx(em -> {
                PlaylistEntity p = newPlaylist(caller, uuid, name, privacy, REGULAR);
                p.setDescription(description.isEmpty() ? null : description);
                setChannel(em, p, channel);
                p.setThumbnailName(thumbnail);
                em.persist(p);
                return p;
            });
            return views(caller).playlist(saved, List.of());
        } catch (RuntimeException e) {
            deleteThumbnail(thumbnail);
            throw e;
        }
    }

    @Override
    public void update(Caller caller, String id, PlaylistChange change) {
        caller.requireUser();
        watchLaterOf(caller);
        if (change == null) {
            throw BobineException.badRequest("A body is required");
        }
        long playlistId = db.tx(em -> owned(em, caller, id)).getId();
        String name = change.displayName == null ? null : name(change.displayName);
        String description = change.description == null ? null : description(change.description);
        Integer privacy = change.privacy == null ? null : privacy(change.privacy);
        VideoChannel channel = change.videoChannelId == null ? null : ownChannel(caller, change.videoChannelId);
        byte[] image = change.thumbnail == null ? null : image(change.thumbnail);
        String[] old = new String[1];
        String thumbnail;
        synchronized (locks.of(playlistId)) {
            PlaylistEntity current = db.tx(em -> em.find(PlaylistEntity.class, playlistId));
            if (current == null) {
                throw BobineException.notFound("Video playlist not found");
            }
            if (current.getType() == WATCH_LATER_TYPE) {
                throw BobineException.badRequest("Watch later cannot be changed: it stays private and named as it is");
            }
            boolean hasChannel = channel != null || (!change.removeChannel && current.getChannelId() != null);
            if ((privacy == null ? current.getPrivacy() : privacy) == PUBLIC && !hasChannel) {
                throw BobineException.badRequest("A public playlist must belong to one of your channels: set videoChannelId");
            }
            thumbnail = image == null ? null : storeThumbnail(UUID.fromString(current.getUuid()), image);
            try {
                db.run(em -> {
                    PlaylistEntity p = em.find(PlaylistEntity.class, playlistId);
                    if (name != null) {
                        p.setName(name);
                    }
                    if (description != null) {
                        p.setDescription(description.isEmpty() ? null : description);
                    }
                    if (privacy != null) {
                        p.setPrivacy(privacy);
                    }
                    if (channel != null) {
                        setChannel(em, p, channel);
                    } else if (change.removeChannel) {
                        setChannel(em, p, null);
                    }
                    if (thumbnail != null) {
                        old[0] = p.getThumbnailName();
                        p.setThumbnailName(thumbnail);
                    }
                    p.setUpdatedAt(System.currentTimeMillis());
                });
            } catch (RuntimeException e) {
                deleteThumbnail(thumbnail);
                throw e;
            }
        }
        deleteThumbnail(old[0]);
    }

    @Override
    public void delete(Caller caller, String id) {
        caller.requireUser();
        watchLaterOf(caller);
        PlaylistEntity found = db.tx(em -> {
            PlaylistEntity p = find(em, id).playlist();
            if (!owns(caller, p) && !caller.seesAllVideos()) {
                throw BobineException.forbidden("Cannot delete a playlist of another user");
            }
            return p;
        });
        if (found.getType() == WATCH_LATER_TYPE) {
            throw BobineException.badRequest("Watch later cannot be deleted");
        }
        synchronized (locks.of(found.getId())) {
            db.run(em -> {
                em.createQuery("DELETE FROM PlaylistElementEntity e WHERE e.playlistId = :p")
                    .setParameter("p", found.getId()).executeUpdate();
                PlaylistEntity p = em.find(PlaylistEntity.class, found.getId());
                if (p != null) {
                    em.remove(p);
                }
            });
        }
        deleteThumbnail(found.getThumbnailName());
    }

    @Override
    public VideoPlaylist get(Caller caller, String id) {
        watchLaterOf(caller);
        PlaylistEntity p = db.tx(em -> readable(em, caller, id));
        return views(caller).playlist(p, firstVideos(p.getId()));
    }

    @Override
    public ResultList<VideoPlaylist> list(Caller caller, PlaylistQuery query) {
        watchLaterOf(caller);
        return page(caller, query, "p.privacy = " + PUBLIC, Map.of(), false);
    }

    @Override
    public ResultList<VideoPlaylist> listForAccount(Caller caller, String accountName, PlaylistQuery query) {
        watchLaterOf(caller);
        String name = accountName == null ? "" : accountName.replaceFirst("@.*$", "");
        Account account = users.account(name);
        boolean mine = !caller.anonymous() && account.userId != null && account.userId == caller.userId();
        String where = "p.ownerAccountName = :account" + (mine ? "" : " AND p.privacy = " + PUBLIC);
        return page(caller, query, where, Map.of("account", account.name), false);
    }

    @Override
    public ResultList<VideoPlaylist> listForChannel(Caller caller, String handle, PlaylistQuery query) {
        watchLaterOf(caller);
        VideoChannel channel = channels.get(handle);
        boolean mine = !caller.anonymous() && channel.ownerAccount != null && channel.ownerAccount.userId != null
            && channel.ownerAccount.userId == caller.userId();
        String where = "p.channelId = :channel" + (mine ? "" : " AND p.privacy = " + PUBLIC);
        return page(caller, query, where, Map.of("channel", channel.id), false);
    }

    @Override
    public ResultList<VideoPlaylist> search(Caller caller, PlaylistQuery query) {
        watchLaterOf(caller);
        if (query == null || query.search == null || query.search.isBlank()) {
            throw BobineException.badRequest("search is required");
        }
        String mine = caller.anonymous() ? "" : " OR p.ownerUserId = " + caller.userId();
        return page(caller, query, "((p.privacy = " + PUBLIC + " AND p.type = " + REGULAR + " AND p.videosLength > 0)" + mine + ")",
            Map.of(), true);
    }

    private ResultList<VideoPlaylist> page(Caller caller, PlaylistQuery query, String where, Map<String, Object> params,
                                           boolean search) {
        PlaylistQuery q = query == null ? new PlaylistQuery() : query;
        if (q.start < 0 || q.count < 0 || q.count > 100) {
            throw BobineException.badRequest("start must be 0 or more and count between 0 and 100");
        }
        if (q.playlistType != null && q.playlistType != REGULAR && q.playlistType != WATCH_LATER_TYPE) {
            throw BobineException.badRequest("playlistType must be 1 (regular) or 2 (Watch later)");
        }
        String order = order(q.sort == null ? (search ? "-match" : "-updatedAt") : q.sort);
        StringBuilder jpql = new StringBuilder(" FROM PlaylistEntity p WHERE ").append(where);
        Map<String, Object> all = new LinkedHashMap<>(params);
        if (q.playlistType != null) {
            jpql.append(" AND p.type = :type");
            all.put("type", q.playlistType);
        }
        if (q.search != null && !q.search.isBlank()) {
            String[] words = q.search.trim().toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length > 10 || q.search.length() > 200) {
                throw BobineException.badRequest("search: at most 10 words and 200 characters");
            }
            for (int i = 0; i < words.length; i++) {
                jpql.append(" AND LOCATE(:w").append(i).append(", LOWER(p.name)) > 0");
                all.put("w" + i, words[i]);
            }
        }
        List<PlaylistEntity> rows = new ArrayList<>();
        long total = db.tx(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(p)" + jpql, Long.class);
            TypedQuery<PlaylistEntity> select = em.createQuery("SELECT p" + jpql + " ORDER BY " + order + ", p.id DESC",
                PlaylistEntity.class);
            all.forEach((k, v) -> {
                count.setParameter(k, v);
                select.setParameter(k, v);
            });
            rows.addAll(select.setFirstResult(q.start).setMaxResults(q.count).getResultList());
            return count.getSingleResult();
        });
        PlaylistViews views = views(caller);
        List<VideoPlaylist> data = new ArrayList<>();
        for (PlaylistEntity p : rows) {
            data.add(views.playlist(p, firstVideos(p.getId())));
        }
        return new ResultList<>(total, data);
    }

    private static String order(String sort) {
        boolean desc = sort.startsWith("-");
        String field = SORTS.get(desc ? sort.substring(1) : sort);
        if (field == null) {
            throw BobineException.badRequest("sort must be id, displayName, createdAt or updatedAt, optionally with '-'");
        }
        return field + (desc ? " DESC" : " ASC");
    }

    // ---- elements ------------------------------------------------------------------------------------

    @Override
    public ResultList<VideoPlaylistElement> elements(Caller caller, String id, int start, int count) {
        watchLaterOf(caller);
        if (start < 0 || count < 0 || count > 100) {
            throw BobineException.badRequest("start must be 0 or more and count between 0 and 100");
        }
        List<PlaylistElementEntity> rows = new ArrayList<>();
        long total = db.tx(em -> {
            PlaylistEntity p = readable(em, caller, id);
            rows.addAll(em.createQuery("SELECT e FROM PlaylistElementEntity e WHERE e.playlistId = :p ORDER BY e.position",
                PlaylistElementEntity.class).setParameter("p", p.getId()).setFirstResult(start).setMaxResults(count)
                .getResultList());
            return p.getVideosLength();
        });
        PlaylistViews views = views(caller);
        return new ResultList<>(total, rows.stream().map(views::element).toList());
    }

    @Override
    public long addVideo(Caller caller, String id, ElementChange add) {
        caller.requireUser();
        watchLaterOf(caller);
        long playlistId = db.tx(em -> owned(em, caller, id)).getId();
        if (add == null || add.videoId == null || add.videoId.isBlank()) {
            throw BobineException.badRequest("videoId is required");
        }
        VideoDetails video = videos.get(caller, add.videoId);
        checkTimes(video, add.startTimestamp, add.stopTimestamp);
        synchronized (locks.of(playlistId)) {
            return db.tx(em -> {
                PlaylistEntity p = em.find(PlaylistEntity.class, playlistId);
                if (p == null) {
                    throw BobineException.notFound("Video playlist not found");
                }
                long now = System.currentTimeMillis();
                PlaylistElementEntity e = new PlaylistElementEntity();
                e.setPlaylistId(playlistId);
                e.setVideoId(video.id);
                e.setPosition((int) p.getVideosLength() + 1);
                e.setStartTimestamp(add.startTimestamp);
                e.setStopTimestamp(add.stopTimestamp);
                e.setCreatedAt(now);
                e.setUpdatedAt(now);
                em.persist(e);
                em.flush();
                e.setUrl(p.getUrl() + "/videos/" + e.getId());
                p.setVideosLength(p.getVideosLength() + 1);
                p.setUpdatedAt(now);
                return e.getId();
            });
        }
    }

    @Override
    public void updateElement(Caller caller, String id, long elementId, ElementChange change) {
        caller.requireUser();
        watchLaterOf(caller);
        long playlistId = db.tx(em -> owned(em, caller, id)).getId();
        if (change == null || (!change.startSet && !change.stopSet)) {
            throw BobineException.badRequest("startTimestamp or stopTimestamp is required");
        }
        synchronized (locks.of(playlistId)) {
            PlaylistElementEntity current = db.tx(em -> element(em, playlistId, elementId));
            Integer start = change.startSet ? change.startTimestamp : current.getStartTimestamp();
            Integer stop = change.stopSet ? change.stopTimestamp : current.getStopTimestamp();
            VideoDetails video;
            try {
                video = videos.get(caller, String.valueOf(current.getVideoId()));
            } catch (BobineException e) {
                throw BobineException.badRequest("The video of this element is no longer available: remove the element instead");
            }
            checkTimes(video, start, stop);
            db.run(em -> {
                PlaylistElementEntity e = element(em, playlistId, elementId);
                e.setStartTimestamp(start);
                e.setStopTimestamp(stop);
                e.setUpdatedAt(System.currentTimeMillis());
                em.find(PlaylistEntity.class, playlistId).setUpdatedAt(System.currentTimeMillis());
            });
        }
    }

    @Override
    public void removeElement(Caller caller, String id, long elementId) {
        caller.requireUser();
        watchLaterOf(caller);
        long playlistId = db.tx(em -> owned(em, caller, id)).getId();
        synchronized (locks.of(playlistId)) {
            db.run(em -> {
                PlaylistElementEntity gone = element(em, playlistId, elementId);
                em.remove(gone);
                List<PlaylistElementEntity> rest = all(em, playlistId);
                rest.remove(gone);
                renumber(rest);
                PlaylistEntity p = em.find(PlaylistEntity.class, playlistId);
                p.setVideosLength(rest.size());
                p.setUpdatedAt(System.currentTimeMillis());
            });
        }
    }

    @Override
    public void reorder(Caller caller, String id, int startPosition, int insertAfterPosition, int length) {
        caller.requireUser();
        watchLaterOf(caller);
        long playlistId = db.tx(em -> owned(em, caller, id)).getId();
        synchronized (locks.of(playlistId)) {
            db.run(em -> {
                List<PlaylistElementEntity> list = all(em, playlistId);
                int n = list.size();
                if (startPosition < 1 || startPosition > n) {
                    throw BobineException.badRequest("startPosition must be between 1 and " + n);
                }
                if (length < 1 || startPosition + length - 1 > n) {
                    throw BobineException.badRequest("reorderLength must be 1 or more and stay within the playlist's " + n
                        + " elements");
                }
                if (insertAfterPosition < 0 || insertAfterPosition > n) {
                    throw BobineException.badRequest("insertAfterPosition must be between 0 and " + n);
                }
                int end = startPosition + length - 1;
                if (insertAfterPosition >= startPosition && insertAfterPosition < end) {
                    throw BobineException.badRequest("insertAfterPosition cannot be inside the elements moved");
                }
                if (insertAfterPosition == startPosition - 1 || insertAfterPosition == end) {
                    return; // Already there.
                }
                List<PlaylistElementEntity> moved = new ArrayList<>(list.subList(startPosition - 1, end));
                List<PlaylistElementEntity> rest = new ArrayList<>(list);
                rest.removeAll(moved);
                int at = insertAfterPosition < startPosition ? insertAfterPosition : insertAfterPosition - length;
                rest.addAll(at, moved);
                renumber(rest);
                em.find(PlaylistEntity.class, playlistId).setUpdatedAt(System.currentTimeMillis());
            });
        }
    }

    @Override
    public Map<Long, List<VideoExistInPlaylist>> videosExist(Caller caller, List<Long> videoIds) {
        caller.requireUser();
        watchLaterOf(caller);
        if (videoIds == null || videoIds.isEmpty() || videoIds.size() > 100) {
            throw BobineException.badRequest("videoIds: 1 to 100 video ids are expected");
        }
        Map<Long, List<VideoExistInPlaylist>> out = new LinkedHashMap<>();
        videoIds.forEach(v -> out.put(v, new ArrayList<>()));
        List<Object[]> rows = db.tx(em -> em.createQuery("SELECT e, p FROM PlaylistElementEntity e, PlaylistEntity p "
            + "WHERE e.playlistId = p.id AND p.ownerUserId = :u AND e.videoId IN :ids ORDER BY p.id, e.position", Object[].class)
            .setParameter("u", caller.userId()).setParameter("ids", List.copyOf(out.keySet())).getResultList());
        for (Object[] r : rows) {
            PlaylistElementEntity e = (PlaylistElementEntity) r[0];
            PlaylistEntity p = (PlaylistEntity) r[1];
            VideoExistInPlaylist x = new VideoExistInPlaylist();
            x.playlistElementId = e.getId();
            x.playlistId = p.getId();
            x.playlistDisplayName = p.getName();
            x.playlistShortUUID = p.getShortUuid();
            x.startTimestamp = e.getStartTimestamp();
            x.stopTimestamp = e.getStopTimestamp();
            out.get(e.getVideoId()).add(x);
        }
        return out;
    }

    @Override
    public VideoPlaylist watchLater(Caller caller) {
        caller.requireUser();
        PlaylistEntity p = watchLaterOf(caller);
        return views(caller).playlist(p, firstVideos(p.getId()));
    }

    /**
     * @param caller a logged-in user (nothing happens for anonymous callers)
     * @return their Watch later, made now if they have none (once, even when two requests race)
     */
    PlaylistEntity watchLaterOf(Caller caller) {
        if (caller.anonymous() || caller.userId() < 0) {
            return null;
        }
        PlaylistEntity found = db.tx(em -> findWatchLater(em, caller.userId()));
        if (found != null) {
            return found;
        }
        synchronized (locks.of(caller.userId())) {
            found = db.tx(em -> findWatchLater(em, caller.userId()));
            if (found != null) {
                return found;
            }
            try {
                return db.tx(em -> {
                    PlaylistEntity p = newPlaylist(caller, UUID.randomUUID(), WATCH_LATER, PRIVATE, WATCH_LATER_TYPE);
                    p.setWatchLaterKey(watchLaterKey(caller.userId()));
                    em.persist(p);
                    return p;
                });
            } catch (RuntimeException e) {
                // Another node of a shared database made it first: the unique key on watchLaterKey refused ours.
                found = db.tx(em -> findWatchLater(em, caller.userId()));
                if (found == null) {
                    throw e;
                }
                return found;
            }
        }
    }

    private static String watchLaterKey(long userId) {
        return "watch-later:" + userId;
    }

    private static PlaylistEntity findWatchLater(EntityManager em, long userId) {
        return em.createQuery("SELECT p FROM PlaylistEntity p WHERE p.watchLaterKey = :k", PlaylistEntity.class)
            .setParameter("k", watchLaterKey(userId)).getResultList().stream().findFirst().orElse(null);
    }

    @Override
    public Map<Integer, String> privacies() {
        return new java.util.TreeMap<>(PlaylistViews.PRIVACIES);
    }

    @Override
    public Path thumbnailFile(String filename) {
        if (filename == null || !THUMBNAIL_NAME.matcher(filename).matches()) {
            return null;
        }
        boolean used = db.tx(em -> em.createQuery("SELECT COUNT(p) FROM PlaylistEntity p WHERE p.thumbnailName = :n", Long.class)
            .setParameter("n", filename).getSingleResult() > 0);
        Path f = thumbnails().resolve(filename);
        return used && Files.isRegularFile(f) ? f : null;
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private record Found(PlaylistEntity playlist, boolean byNumericId) {
    }

    private static Found find(EntityManager em, String id) {
        String s = id == null ? "" : id.trim();
        String field;
        Object value;
        if (NUMERIC.matcher(s).matches()) {
            field = "id";
            value = Long.parseLong(s);
        } else if (UUID_FORM.matcher(s).matches()) {
            field = "uuid";
            value = s.toLowerCase(Locale.ROOT);
        } else if (SHORT_FORM.matcher(s).matches()) {
            field = "shortUuid";
            value = s;
        } else {
            throw BobineException.notFound("Video playlist not found");
        }
        PlaylistEntity p = em.createQuery("SELECT p FROM PlaylistEntity p WHERE p." + field + " = :v", PlaylistEntity.class)
            .setParameter("v", value).getResultList().stream().findFirst()
            .orElseThrow(() -> BobineException.notFound("Video playlist not found"));
        return new Found(p, field.equals("id"));
    }

    /** The playlist as the caller may see it: private ones are the owner's, unlisted ones are reached by UUID. */
    private static PlaylistEntity readable(EntityManager em, Caller caller, String id) {
        Found f = find(em, id);
        PlaylistEntity p = f.playlist();
        if (owns(caller, p) || caller.seesAllVideos()) {
            return p;
        }
        if (p.getPrivacy() == PRIVATE) {
            throw BobineException.forbidden("Cannot get this private video playlist");
        }
        if (p.getPrivacy() == UNLISTED && f.byNumericId()) {
            throw BobineException.notFound("Video playlist not found");
        }
        return p;
    }

    /** The playlist, when the caller owns it. */
    private static PlaylistEntity owned(EntityManager em, Caller caller, String id) {
        PlaylistEntity p = find(em, id).playlist();
        if (!owns(caller, p)) {
            throw BobineException.forbidden("Cannot change a playlist of another user");
        }
        return p;
    }

    private static boolean owns(Caller caller, PlaylistEntity p) {
        return !caller.anonymous() && p.getOwnerUserId() == caller.userId();
    }

    private static PlaylistElementEntity element(EntityManager em, long playlistId, long elementId) {
        PlaylistElementEntity e = em.find(PlaylistElementEntity.class, elementId);
        if (e == null || e.getPlaylistId() != playlistId) {
            throw BobineException.notFound("Video playlist element not found");
        }
        return e;
    }

    private static List<PlaylistElementEntity> all(EntityManager em, long playlistId) {
        return new ArrayList<>(em.createQuery("SELECT e FROM PlaylistElementEntity e WHERE e.playlistId = :p ORDER BY e.position, e.id",
            PlaylistElementEntity.class).setParameter("p", playlistId).getResultList());
    }

    private static void renumber(List<PlaylistElementEntity> inOrder) {
        for (int i = 0; i < inOrder.size(); i++) {
            if (inOrder.get(i).getPosition() != i + 1) {
                inOrder.get(i).setPosition(i + 1);
            }
        }
    }

    /** The video ids of a playlist's first elements, candidates for its automatic thumbnail. */
    private List<Long> firstVideos(long playlistId) {
        return db.tx(em -> em.createQuery("SELECT e.videoId FROM PlaylistElementEntity e WHERE e.playlistId = :p "
            + "ORDER BY e.position", Long.class).setParameter("p", playlistId).setMaxResults(5).getResultList());
    }

    private PlaylistViews views(Caller caller) {
        return new PlaylistViews(caller, users, channels, videos, instance);
    }

    private PlaylistEntity newPlaylist(Caller caller, UUID uuid, String name, int privacy, int type) {
        long now = System.currentTimeMillis();
        PlaylistEntity p = new PlaylistEntity();
        p.setUuid(uuid.toString());
        p.setWatchLaterKey(uuid.toString());
        p.setShortUuid(ShortUuid.of(uuid));
        p.setUrl(instance.publicUrl() + "/video-playlists/" + uuid);
        p.setName(name);
        p.setPrivacy(privacy);
        p.setType(type);
        p.setOwnerUserId(caller.userId());
        p.setOwnerAccountName(caller.username());
        p.setCreatedAt(now);
        p.setUpdatedAt(now);
        return p;
    }

    /** Puts a playlist in a channel (at the end of the channel's playlists), or takes it out. */
    private static void setChannel(EntityManager em, PlaylistEntity p, VideoChannel channel) {
        if (channel == null) {
            p.setChannelId(null);
            p.setChannelName(null);
            p.setChannelPosition(null);
            return;
        }
        if (p.getChannelId() != null && p.getChannelId() == channel.id) {
            return;
        }
        Integer last = em.createQuery("SELECT MAX(p.channelPosition) FROM PlaylistEntity p WHERE p.channelId = :c", Integer.class)
            .setParameter("c", channel.id).getSingleResult();
        p.setChannelId(channel.id);
        p.setChannelName(channel.name);
        p.setChannelPosition(last == null ? 1 : last + 1);
    }

    private VideoChannel ownChannel(Caller caller, long channelId) {
        User me = users.me(caller);
        return (me.videoChannels == null ? List.<VideoChannel>of() : me.videoChannels).stream()
            .filter(c -> c.id == channelId).findFirst()
            .orElseThrow(() -> BobineException.badRequest("videoChannelId must be one of your channels"));
    }

    private static String name(String value) {
        if (value == null || value.isBlank() || value.strip().length() > 120) {
            throw BobineException.badRequest("displayName must have 1 to 120 characters");
        }
        if (CONTROL.matcher(value).find()) {
            throw BobineException.badRequest("displayName cannot contain control characters");
        }
        return value.strip();
    }

    /** @return the description, or "" to clear it */
    private static String description(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.strip().length() < 3 || value.length() > 1000) {
            throw BobineException.badRequest("description must have 3 to 1,000 characters");
        }
        if (CONTROL.matcher(value).find()) {
            throw BobineException.badRequest("description cannot contain control characters");
        }
        return value;
    }

    private static int privacy(int value) {
        if (value < PUBLIC || value > PRIVATE) {
            throw BobineException.badRequest("privacy must be 1 (public), 2 (unlisted) or 3 (private)");
        }
        return value;
    }

    private static void checkTimes(VideoDetails video, Integer start, Integer stop) {
        if (start != null && (start < 0 || start > video.duration)) {
            throw BobineException.badRequest("startTimestamp must be between 0 and the video's duration (" + video.duration + " s)");
        }
        if (stop != null && (stop < 0 || stop > video.duration)) {
            throw BobineException.badRequest("stopTimestamp must be between 0 and the video's duration (" + video.duration + " s)");
        }
        if (start != null && stop != null && stop <= start) {
            throw BobineException.badRequest("stopTimestamp must come after startTimestamp");
        }
    }

    /** PNG and JPEG fitted to the thumbnails' size; WebP (which the JDK cannot read) kept as sent. */
    private static byte[] image(byte[] bytes) {
        String ext = MediaSniffer.imageExtension(bytes);
        if (ext == null || bytes.length > MAX_IMAGE) {
            throw BobineException.badRequest("thumbnailfile must be a PNG, JPEG or WebP image of at most 8 MB");
        }
        byte[] jpeg = Images.coverJpeg(bytes, PlaylistViews.THUMB_WIDTH, PlaylistViews.THUMB_HEIGHT);
        if (jpeg == null && !ext.equals(".webp")) {
            throw BobineException.badRequest("thumbnailfile could not be decoded as an image");
        }
        return jpeg != null ? jpeg : bytes;
    }

    private Path thumbnails() {
        return instance.dataDirectory().resolve("storage").resolve("playlist-thumbnails");
    }

    /** Writes a thumbnail under a new name (atomically: a crash leaves no half file under it). */
    private String storeThumbnail(UUID playlist, byte[] image) {
        byte[] token = new byte[8];
        random.nextBytes(token);
        String name = "playlist-" + playlist + "-" + HexFormat.of().formatHex(token)
            + (MediaSniffer.imageExtension(image).equals(".webp") ? ".webp" : ".jpg");
        try {
            Path dir = Files.createDirectories(thumbnails());
            Path tmp = Files.createTempFile(dir, ".upload-", ".part");
            Files.write(tmp, image);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a playlist thumbnail", e);
        }
    }

    private void deleteThumbnail(String name) {
        if (name == null) {
            return;
        }
        try {
            Files.deleteIfExists(thumbnails().resolve(name));
        } catch (IOException e) {
            LOG.warn("Could not delete the playlist thumbnail {}", name, e);
        }
    }
}
