package org.bobine.core.impl.internal.service;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.HookService;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.impl.internal.config.AccountPolicies;
import org.bobine.core.impl.internal.entity.HlsFileEntity;
import org.bobine.core.impl.internal.entity.StreamingPlaylistEntity;
import org.bobine.core.impl.internal.entity.UserEntity;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.core.impl.internal.entity.VideoFileEntity;
import org.bobine.core.impl.internal.persistence.Database;
import org.bobine.core.impl.internal.storage.Storage;
import org.bobine.instance.api.InstanceService;
import org.bobine.media.files.Images;
import org.bobine.media.files.MediaSniffer;
import org.bobine.sdk.hook.AcceptResult;
import org.bobine.sdk.hook.DownloadAttempt;
import org.bobine.sdk.hook.EmbedAttempt;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.VideoEvent;
import org.bobine.sdk.hook.VideoInfo;
import org.bobine.sdk.hook.ViewEvent;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoAttributes;
import org.bobine.video.api.model.VideoDetails;
import org.bobine.video.api.model.VideoQuery;
import org.bobine.video.api.stats.ViewListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;

/** Reading, listing, searching, updating and deleting videos, with the privacy rules of {@link VideoAccess}. */
@Component(service = VideoService.class)
public class VideoServiceImpl implements VideoService {

    private static final Map<String, String> SORTS = Map.ofEntries(
        Map.entry("name", "v.name"), Map.entry("duration", "v.duration"), Map.entry("createdAt", "v.createdAt"),
        Map.entry("publishedAt", "v.publishedAt"), Map.entry("originallyPublishedAt", "v.originallyPublishedAt"),
        Map.entry("views", "v.views"), Map.entry("likes", "v.likes"),
        // Without comments, likes over time or file sizes yet, these fall back to the closest measure we have.
        Map.entry("comments", "v.comments"), Map.entry("trending", "v.trending"), Map.entry("hot", "v.views"),
        Map.entry("best", "v.views"), Map.entry("localVideoFilesSize", "v.id"), Map.entry("match", "v.publishedAt"));

    private final Database db;
    private final Storage storage;
    private final InstanceService settings;
    private final AccountPolicies accounts;
    private final VideoAccess access;
    private final VideoWriter writer;
    private final Dtos dtos;
    private final VideoRemover remover;
    private final HookService hooks;
    private final VideoStatsImpl stats;
    /** Who counts views (the social capability), as they come and go. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, fieldOption = FieldOption.UPDATE)
    private final List<ViewListener> viewListeners = new CopyOnWriteArrayList<>();
    private final VideoChanges changes;
    private final ListCache<ResultList<Video>> listCache;
    private final PluginBridge plugins;

    /**
     * @param db       the database
     * @param settings instance settings
     * @param remover  deletes videos and files
     * @param hooks    plugin hooks
     * @param changes  tells list caches that videos changed
     * @param storage  the files, moved when a video's privacy changes
     * @param plugins  list hooks and the guards of password-protected videos
     * @param accounts the NSFW policy of anonymous visitors
     * @param access   who may see which video
     * @param writer   applies attributes and tags
     */
    @Activate
    public VideoServiceImpl(@Reference Database db, @Reference InstanceService settings, @Reference VideoRemover remover,
                            @Reference HookService hooks, @Reference VideoChanges changes, @Reference Storage storage,
                            @Reference PluginBridge plugins, @Reference AccountPolicies accounts,
                            @Reference VideoAccess access, @Reference VideoWriter writer, @Reference VideoStatsImpl stats) {
        this.db = db;
        this.stats = stats;
        this.plugins = plugins;
        this.storage = storage;
        this.settings = settings;
        this.accounts = accounts;
        this.access = access;
        this.writer = writer;
        this.dtos = new Dtos(settings);
        this.remover = remover;
        this.hooks = hooks;
        this.changes = changes;
        this.listCache = new ListCache<>(changes, 10_000, 2_000, System::currentTimeMillis);
    }

    @Override
    public VideoDetails get(Caller caller, String id) {
        boolean[] owner = new boolean[1];
        VideoDetails d = db.tx(em -> {
            VideoEntity v = access.find(em, id);
            access.checkView(caller, v);
            owner[0] = !caller.anonymous() && v.getChannel().getAccount().getUser().getId() == caller.userId();
            List<VideoFileEntity> files = em.createQuery(
                    "SELECT f FROM VideoFileEntity f WHERE f.video = :v ORDER BY f.resolution DESC, f.id", VideoFileEntity.class)
                .setParameter("v", v).getResultList();
            StreamingPlaylistEntity playlist = em.createQuery("SELECT p FROM StreamingPlaylistEntity p WHERE p.video = :v",
                StreamingPlaylistEntity.class).setParameter("v", v).getResultList().stream().findFirst().orElse(null);
            List<HlsFileEntity> hls = playlist == null ? List.of() : em.createQuery(
                    "SELECT f FROM HlsFileEntity f WHERE f.playlist = :p ORDER BY f.resolution DESC", HlsFileEntity.class)
                .setParameter("p", playlist).getResultList();
            return dtos.details(v, tags(em, List.of(v.getId())).getOrDefault(v.getId(), List.of()), files, playlist, hls);
        });
        if (!owner[0] && !stats.dislikesPublic()) {
            d.dislikes = 0;
        }
        // What plugins may change on the way out: title, description, the nsfw flag.
        if (!hooks.hasFilter(Hooks.FILTER_VIDEO_GET)) {
            return d;
        }
        VideoInfo before = PluginBridge.info(d);
        VideoInfo after = hooks.filter(Hooks.FILTER_VIDEO_GET, PluginBridge.viewer(caller), before);
        if (after != before) {
            d.name = after.name() == null || after.name().isBlank() ? d.name : after.name();
            d.description = after.description();
            d.nsfw = after.nsfw();
        }
        return d;
    }

    @Override
    public ResultList<Video> list(Caller caller, VideoQuery query) {
        VideoQuery q = plugins.params(Hooks.FILTER_VIDEOS_LIST_PARAMS, caller, query == null ? new VideoQuery() : query);
        return plugins.result(Hooks.FILTER_VIDEOS_LIST_RESULT, plugins.describe(Hooks.FILTER_VIDEOS_LIST_RESULT, caller, q),
            query(caller, q, null, null, false));
    }

    @Override
    public ResultList<Video> search(Caller caller, VideoQuery query) {
        VideoQuery q = plugins.params(Hooks.FILTER_SEARCH_LOCAL_PARAMS, caller, query == null ? new VideoQuery() : query);
        return plugins.result(Hooks.FILTER_SEARCH_LOCAL_RESULT, plugins.describe(Hooks.FILTER_SEARCH_LOCAL_RESULT, caller, q),
            query(caller, q, null, null, false));
    }

    @Override
    public ResultList<Video> listForChannel(Caller caller, String handle, VideoQuery query) {
        String name = handle == null ? "" : handle.replaceFirst("@.*$", "");
        boolean exists = db.tx(em -> !em.createQuery("SELECT c.id FROM ChannelEntity c WHERE c.name = :n")
            .setParameter("n", name).getResultList().isEmpty());
        if (!exists) {
            throw BobineException.notFound("Video channel not found");
        }
        return query(caller, query, "v.channel.name = :scope", name, false);
    }

    @Override
    public ResultList<Video> listForAccount(Caller caller, String name, VideoQuery query) {
        boolean exists = db.tx(em -> !em.createQuery("SELECT a.id FROM AccountEntity a WHERE a.name = :n")
            .setParameter("n", name).getResultList().isEmpty());
        if (!exists) {
            throw BobineException.notFound("Account not found");
        }
        return query(caller, query, "v.channel.account.name = :scope", name, false);
    }

    @Override
    public ResultList<Video> listMine(Caller caller, VideoQuery query) {
        caller.requireUser();
        return query(caller, query, "v.channel.account.user.id = :scope", caller.userId(), true);
    }

    private ResultList<Video> query(Caller caller, VideoQuery q, String scope, Object scopeValue, boolean mine) {
        VideoQuery query = q == null ? new VideoQuery() : q;
        Paging.check(query.start, query.count);
        String order = orderBy(query.sort);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (scope != null) {
            where.add(scope);
            params.put("scope", scopeValue);
        }
        if (!mine) {
            where.add("v.privacy IN :privacies");
            params.put("privacies", access.listable(caller));
            where.add("(v.state = " + VideoConstants.STATE_PUBLISHED + " OR (v.state = "
                + VideoConstants.STATE_TO_TRANSCODE + " AND v.waitTranscoding = false))");
            String nsfw = query.nsfw != null ? query.nsfw : nsfwPolicy(caller).equals("do_not_list") ? "false" : "both";
            switch (nsfw) {
                case "true" -> where.add("v.nsfw = true");
                case "false" -> where.add("v.nsfw = false");
                case "both" -> {
                }
                default -> throw BobineException.badRequest("nsfw must be true, false or both");
            }
        }
        if (Boolean.FALSE.equals(query.isLocal)) {
            // Every video is local until federation lands.
            where.add("v.id < 0");
        }
        if (query.channelIdOneOf != null) {
            if (query.channelIdOneOf.isEmpty()) {
                where.add("v.id < 0");
            } else {
                in(where, params, "v.channel.id", "channels", query.channelIdOneOf);
            }
        }
        in(where, params, "v.category", "categories", query.categoryOneOf);
        in(where, params, "v.licence", "licences", query.licenceOneOf);
        in(where, params, "v.language", "languages", query.languageOneOf);
        if (query.tagsOneOf != null && !query.tagsOneOf.isEmpty()) {
            where.add("EXISTS (SELECT t.id FROM VideoTagEntity t WHERE t.video = v AND t.name IN :tagsOne)");
            params.put("tagsOne", lower(query.tagsOneOf));
        }
        if (query.tagsAllOf != null && !query.tagsAllOf.isEmpty()) {
            List<String> all = lower(query.tagsAllOf).stream().distinct().toList();
            where.add("(SELECT COUNT(t.id) FROM VideoTagEntity t WHERE t.video = v AND t.name IN :tagsAll) = " + all.size());
            params.put("tagsAll", all);
        }
        if (query.search != null && !query.search.isBlank()) {
            String[] words = query.search.toLowerCase(Locale.ROOT).trim().split("\\s+");
            for (int i = 0; i < Math.min(words.length, 10); i++) {
                where.add("(LOWER(v.name) LIKE :w" + i + " ESCAPE '\\' OR LOWER(v.description) LIKE :w" + i
                    + " ESCAPE '\\' OR EXISTS (SELECT t.id FROM VideoTagEntity t WHERE t.video = v AND t.name = :t" + i + "))");
                params.put("w" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                params.put("t" + i, words[i]);
            }
        }
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Supplier<ResultList<Video>> run = () -> db.tx(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(v) FROM VideoEntity v" + clause, Long.class);
            params.forEach(count::setParameter);
            long total = count.getSingleResult();
            List<VideoEntity> page = List.of();
            if (query.count > 0 && query.start < total) {
                // Sort narrow rows first, then load the page's videos with their channel in one query.
                TypedQuery<Long> ids = em.createQuery("SELECT v.id FROM VideoEntity v" + clause + " ORDER BY " + order,
                    Long.class);
                params.forEach(ids::setParameter);
                List<Long> pageIds = ids.setFirstResult(query.start).setMaxResults(query.count).getResultList();
                Map<Long, VideoEntity> byId = new HashMap<>();
                if (!pageIds.isEmpty()) {
                    for (VideoEntity v : em.createQuery("SELECT v FROM VideoEntity v JOIN FETCH v.channel "
                        + "WHERE v.id IN :ids", VideoEntity.class).setParameter("ids", pageIds).getResultList()) {
                        byId.put(v.getId(), v);
                    }
                }
                page = pageIds.stream().map(byId::get).filter(Objects::nonNull).toList();
            }
            Map<Long, List<String>> tags = tags(em, page.stream().map(VideoEntity::getId).toList());
            // Lists are shared by everyone of a privacy class: without public dislikes only "my videos" shows them.
            boolean dislikes = mine || stats.dislikesPublic();
            return new ResultList<>(total, page.stream().map(v -> {
                Video d = dtos.video(v, tags.getOrDefault(v.getId(), List.of()));
                d.dislikes = dislikes ? d.dislikes : 0;
                return d;
            }).toList());
        });
        if (mine) {
            return run.get();
        }
        String key = clause + "|" + order + "|" + query.start + "|" + query.count + "|" + new TreeMap<>(params);
        return listCache.get(key, run);
    }

    private String nsfwPolicy(Caller caller) {
        if (caller.anonymous()) {
            return accounts.defaultNsfwPolicy();
        }
        return db.tx(em -> {
            UserEntity u = em.find(UserEntity.class, caller.userId());
            return u == null ? accounts.defaultNsfwPolicy() : u.getNsfwPolicy();
        });
    }

    private static List<String> lower(List<String> l) {
        return l.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    private static void in(List<String> where, Map<String, Object> params, String column, String name, List<?> values) {
        if (values != null && !values.isEmpty()) {
            where.add(column + " IN :" + name);
            params.put(name, values);
        }
    }

    private static String orderBy(String sort) {
        String s = sort == null || sort.isEmpty() ? "-publishedAt" : sort;
        boolean desc = s.startsWith("-");
        String col = SORTS.get(desc ? s.substring(1) : s);
        if (col == null) {
            throw BobineException.badRequest("sort: unknown sort " + s);
        }
        return col + (desc ? " DESC" : " ASC") + ", v.id" + (desc ? " DESC" : " ASC");
    }

    static Map<Long, List<String>> tags(EntityManager em, List<Long> videoIds) {
        Map<Long, List<String>> out = new HashMap<>();
        if (videoIds.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("SELECT t.video.id, t.label FROM VideoTagEntity t WHERE t.video.id IN :ids "
            + "ORDER BY t.position", Object[].class).setParameter("ids", videoIds).getResultList()) {
            out.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return out;
    }

    @Override
    public void update(Caller caller, String id, VideoAttributes update) {
        if (update == null) {
            throw BobineException.badRequest("A body is required");
        }
        caller.requireUser();
        Validation.video(update, false);
        int[] privacyBefore = new int[1];
        db.run(em -> {
            VideoEntity v = access.find(em, id);
            access.checkView(caller, v);
            if (!access.owns(caller, v) && !caller.admin()) {
                throw BobineException.forbidden("Cannot update a video you do not own");
            }
            privacyBefore[0] = v.getPrivacy();
        });
        int privacyAfter = update.privacy != null ? update.privacy : privacyBefore[0];
        boolean protectedAfter = privacyAfter == VideoConstants.PASSWORD_PROTECTED;
        boolean newPasswords = protectedAfter
            && (privacyBefore[0] != VideoConstants.PASSWORD_PROTECTED || update.videoPasswords != null);
        if (newPasswords) {
            // Checked before anything changes: a video never becomes password-protected without passwords.
            plugins.validatePasswords(update.videoPasswords);
        } else if (update.videoPasswords != null && !protectedAfter) {
            throw BobineException.badRequest("videoPasswords: only a password-protected video (privacy 5) has passwords");
        }
        Event[] published = new Event[1];
        VideoEvent event = db.tx(em -> {
            VideoEntity v = access.find(em, id);
            writer.apply(em, caller, v, update);
            if (update.tags != null) {
                writer.setTags(em, v, update.tags);
            }
            v.setUpdatedAt(System.currentTimeMillis());
            boolean shown = privacyBefore[0] == VideoConstants.PRIVATE && v.getPrivacy() != VideoConstants.PRIVATE;
            published[0] = shown && v.getState() == VideoConstants.STATE_PUBLISHED ? VideoChanges.published(v, false) : null;
            return event(v);
        });
        // At once after the commit: remembered public files (StaticFileServiceImpl) are rechecked from here on.
        changes.changed();
        changes.post(published[0]);
        if (update.privacy != null) {
            MediaPlacement.place(db, storage, event.id());
        }
        if (newPasswords || privacyBefore[0] == VideoConstants.PASSWORD_PROTECTED && !protectedAfter) {
            VideoInfo info = db.tx(em -> PluginBridge.info(access.find(em, event.uuid()), List.of()));
            if (newPasswords) {
                plugins.storePasswords(info, update.videoPasswords);
            } else {
                plugins.forgetPasswords(info);
            }
        }
        hooks.action(Hooks.ACTION_VIDEO_UPDATED, event);
    }

    @Override
    public void update(Caller caller, String id, VideoAttributes update, byte[] thumbnail, byte[] preview) {
        caller.requireUser();
        byte[] thumb = thumbnail == null ? null : fitted(thumbnail, "thumbnailfile", 280, 157);
        byte[] prev = preview == null ? null : fitted(preview, "previewfile", 850, 480);
        if (update != null) {
            update(caller, id, update);
        }
        if (thumb == null && prev == null) {
            return;
        }
        String uuid = db.tx(em -> {
            VideoEntity v = access.find(em, id);
            access.checkView(caller, v);
            if (!access.owns(caller, v) && !caller.admin()) {
                throw BobineException.forbidden("Cannot update a video you do not own");
            }
            return v.getUuid();
        });
        // New names (old ones may sit in caches for a year), installed before the row points at them; a crash
        // in between leaves unreferenced files that the start-up sweep removes.
        String suffix = "-" + Long.toHexString(System.nanoTime() & 0xffffffffL);
        Path thumbPath = null;
        Path previewPath = null;
        try {
            if (thumb != null) {
                thumbPath = storage.resolve(storage.thumbnails(), uuid + suffix + extension(thumb));
                storage.install(storage.writeTemp(new ByteArrayInputStream(thumb)), thumbPath);
            }
            if (prev != null) {
                previewPath = storage.resolve(storage.previews(), uuid + suffix + extension(prev));
                storage.install(storage.writeTemp(new ByteArrayInputStream(prev)), previewPath);
            }
        } catch (IOException e) {
            storage.delete(thumbPath, previewPath);
            throw new BobineException(500, null, "The image could not be stored");
        }
        String newThumb = thumbPath == null ? null : thumbPath.getFileName().toString();
        String newPreview = previewPath == null ? null : previewPath.getFileName().toString();
        String[] old;
        VideoEvent event;
        try {
            Object[] r = db.tx(em -> {
                VideoEntity v = access.find(em, uuid);
                String[] replaced = {newThumb == null ? null : v.getThumbnailFilename(),
                    newPreview == null ? null : v.getPreviewFilename()};
                if (newThumb != null) {
                    v.setThumbnailFilename(newThumb);
                }
                if (newPreview != null) {
                    v.setPreviewFilename(newPreview);
                }
                v.setUpdatedAt(System.currentTimeMillis());
                return new Object[] {replaced, event(v)};
            });
            old = (String[]) r[0];
            event = (VideoEvent) r[1];
        } catch (RuntimeException e) {
            storage.delete(thumbPath, previewPath);
            throw e;
        }
        storage.delete(old[0] == null ? null : storage.resolve(storage.thumbnails(), old[0]),
            old[1] == null ? null : storage.resolve(storage.previews(), old[1]));
        changes.changed();
        hooks.action(Hooks.ACTION_VIDEO_UPDATED, event);
    }

    /** PNG and JPEG are fitted to the size the pages show; WebP (which the JDK cannot read) is kept as sent. */
    private static byte[] fitted(byte[] image, String field, int width, int height) {
        String ext = MediaSniffer.imageExtension(image);
        if (ext == null || image.length > 8L * 1024 * 1024) {
            throw BobineException.badRequest(field + " is invalid: a PNG, JPEG or WebP image of at most 8 MB is expected");
        }
        byte[] jpeg = Images.coverJpeg(image, width, height);
        if (jpeg == null && !ext.equals(".webp")) {
            throw BobineException.badRequest(field + " is invalid: the image could not be decoded");
        }
        return jpeg != null ? jpeg : image;
    }

    private static String extension(byte[] image) {
        return MediaSniffer.imageExtension(image);
    }

    @Override
    public Map<String, Integer> hlsRenditionCounts() {
        return db.tx(em -> {
            Map<String, Integer> out = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT f.playlist.video.uuid, COUNT(f) FROM HlsFileEntity f "
                + "GROUP BY f.playlist.video.uuid", Object[].class).getResultList()) {
                out.put((String) r[0], ((Number) r[1]).intValue());
            }
            return out;
        });
    }

    @Override
    public void delete(Caller caller, String id) {
        caller.requireUser();
        VideoEvent event = db.tx(em -> {
            VideoEntity v = access.find(em, id);
            access.checkView(caller, v);
            if (!access.owns(caller, v) && !caller.seesAllVideos()) {
                throw BobineException.forbidden("Cannot delete a video you do not own");
            }
            return event(v);
        });
        VideoInfo info = event.privacy() == VideoConstants.PASSWORD_PROTECTED
            ? db.tx(em -> PluginBridge.info(access.find(em, event.uuid()), List.of())) : null;
        remover.remove(event.id());
        if (info != null) {
            plugins.forgetPasswords(info);
        }
        hooks.action(Hooks.ACTION_VIDEO_DELETED, event);
    }


    static VideoEvent event(VideoEntity v) {
        return new VideoEvent(v.getId(), v.getUuid(), v.getName(), v.getChannel().getAccount().getName(), v.getPrivacy());
    }

    @Override
    public void viewed(Caller caller, String id, double currentTime) {
        viewed(caller, id, currentTime, null, null);
    }

    @Override
    public void viewed(Caller caller, String id, double currentTime, String viewEvent, String viewer) {
        if (!Double.isFinite(currentTime) || currentTime < 0) {
            throw BobineException.badRequest("currentTime must be a number of seconds, 0 or more");
        }
        if (viewEvent != null && !viewEvent.equals("seek") && !viewEvent.equals("watch")) {
            throw BobineException.badRequest("viewEvent must be seek or watch");
        }
        long[] duration = new long[1];
        VideoInfo info = db.tx(em -> {
            VideoEntity v = access.find(em, id);
            access.checkView(caller, v);
            duration[0] = v.getDuration();
            return PluginBridge.info(v, tags(em, List.of(v.getId())).getOrDefault(v.getId(), List.of()));
        });
        if (viewer != null) {
            for (ViewListener l : viewListeners) {
                l.viewed(info.id(), duration[0], viewer, currentTime, viewEvent);
            }
        }
        hooks.action(Hooks.ACTION_VIDEO_VIEWED, new ViewEvent(info, PluginBridge.viewer(caller), currentTime));
    }

    @Override
    public String embedRefusal(Caller caller, String id) {
        VideoInfo info = db.tx(em -> {
            VideoEntity v = access.find(em, id);
            access.checkView(caller, v, "page");
            return PluginBridge.info(v, tags(em, List.of(v.getId())).getOrDefault(v.getId(), List.of()));
        });
        AcceptResult r = hooks.filter(Hooks.FILTER_EMBED_ALLOWED, new EmbedAttempt(info),
            AcceptResult.ACCEPT);
        return r.accepted() ? null : r.errorMessage() == null ? "This video cannot be embedded" : r.errorMessage();
    }

    @Override
    public String downloadRefusal(Caller caller, String id, String file) {
        VideoInfo info = db.tx(em -> {
            VideoEntity v = access.find(em, id);
            return PluginBridge.info(v, tags(em, List.of(v.getId())).getOrDefault(v.getId(), List.of()));
        });
        AcceptResult r = hooks.filter(Hooks.FILTER_DOWNLOAD_ALLOWED,
            new DownloadAttempt(PluginBridge.viewer(caller), info, file),
            AcceptResult.ACCEPT);
        return r.accepted() ? null : r.errorMessage() == null ? "This download is not allowed" : r.errorMessage();
    }

    @Override
    public boolean passwordProtectionAvailable() {
        return plugins.passwordProtectionAvailable();
    }
}
