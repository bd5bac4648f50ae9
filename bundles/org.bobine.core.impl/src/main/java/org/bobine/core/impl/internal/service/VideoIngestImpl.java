package org.bobine.core.impl.internal.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.HookService;
import org.bobine.core.impl.internal.entity.UserEntity;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.core.impl.internal.entity.VideoFileEntity;
import org.bobine.core.impl.internal.persistence.Database;
import org.bobine.core.impl.internal.storage.Storage;
import org.bobine.core.impl.internal.util.ShortUuid;
import org.bobine.instance.api.InstanceService;
import org.bobine.media.files.Torrents;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.VideoEvent;
import org.bobine.sdk.hook.VideoInfo;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.ingest.NewVideo;
import org.bobine.video.api.ingest.VideoIngest;
import org.bobine.video.api.model.VideoAttributes;
import org.bobine.video.api.model.VideoRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New videos into the catalogue. A video's files are moved into storage atomically and only then are its
 * rows written, so a refused or failed publication leaves nothing and a crash leaves only what the next start
 * sweeps: at activation, files no row refers to are removed and moves between the public and private folders
 * that a crash interrupted are finished. The original file is published at once as the video's web-video
 * file, with a torrent; the transcoding pipeline takes the video from there.
 */
@Component(service = VideoIngest.class, immediate = true)
public class VideoIngestImpl implements VideoIngest {

    private static final Logger LOG = LoggerFactory.getLogger(VideoIngestImpl.class);

    private final Database db;
    private final Storage storage;
    private final InstanceService settings;
    private final HookService hooks;
    private final VideoChanges changes;
    private final MediaPipeline pipeline;
    private final PluginBridge plugins;
    private final Quotas quotas;
    private final VideoWriter writer;
    private final Dtos dtos;

    /**
     * @param db       the database
     * @param storage  the files
     * @param settings the public URL
     * @param hooks    the plugins' upload hooks
     * @param changes  tells list caches that videos changed
     * @param pipeline whether a transcoding pipeline runs, told of new videos
     * @param plugins  the password guard
     * @param quotas   what users' videos weigh
     * @param writer   writes attributes and tags, checks channels
     */
    @Activate
    public VideoIngestImpl(@Reference Database db, @Reference Storage storage, @Reference InstanceService settings,
                           @Reference HookService hooks, @Reference VideoChanges changes, @Reference MediaPipeline pipeline,
                           @Reference PluginBridge plugins, @Reference Quotas quotas, @Reference VideoWriter writer) {
        this.db = db;
        this.storage = storage;
        this.settings = settings;
        this.hooks = hooks;
        this.changes = changes;
        this.pipeline = pipeline;
        this.plugins = plugins;
        this.quotas = quotas;
        this.writer = writer;
        this.dtos = new Dtos(settings);
        sweep();
    }

    private void sweep() {
        Set<String> referenced = new HashSet<>();
        db.run(em -> {
            for (Object[] r : em.createQuery("SELECT f.filename, f.torrentFilename FROM VideoFileEntity f",
                Object[].class).getResultList()) {
                referenced.add((String) r[0]);
                if (r[1] != null) {
                    referenced.add((String) r[1]);
                }
            }
            referenced.addAll(em.createQuery("SELECT v.thumbnailFilename FROM VideoEntity v "
                + "WHERE v.thumbnailFilename IS NOT NULL", String.class).getResultList());
            referenced.addAll(em.createQuery("SELECT v.previewFilename FROM VideoEntity v "
                + "WHERE v.previewFilename IS NOT NULL", String.class).getResultList());
            referenced.addAll(em.createQuery("SELECT p.directory FROM StreamingPlaylistEntity p", String.class)
                .getResultList());
        });
        storage.sweep(referenced);
        placeAll();
    }

    /** Finishes moves between the public and private folders that a crash interrupted. */
    private void placeAll() {
        int moved = db.tx(em -> {
            Map<Long, Integer> privacy = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT v.id, v.privacy FROM VideoEntity v", Object[].class).getResultList()) {
                privacy.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
            }
            Map<Long, List<String>> names = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT f.video.id, f.filename FROM VideoFileEntity f", Object[].class)
                .getResultList()) {
                names.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
            }
            Map<Long, String> dirs = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT p.video.id, p.directory FROM StreamingPlaylistEntity p", Object[].class)
                .getResultList()) {
                dirs.put(((Number) r[0]).longValue(), (String) r[1]);
            }
            int n = 0;
            for (Map.Entry<Long, Integer> v : privacy.entrySet()) {
                n += storage.place(v.getValue(), names.getOrDefault(v.getKey(), List.of()), dirs.get(v.getKey()));
            }
            return n;
        });
        if (moved > 0) {
            LOG.info("Moved {} media files to the folder their video's privacy asks for", moved);
        }
    }

    @Override
    public String check(Caller caller, VideoAttributes attrs, boolean complete) {
        caller.requireUser();
        if (attrs == null) {
            throw BobineException.badRequest("Video attributes are required");
        }
        Validation.video(attrs, complete);
        if (attrs.privacy != null && attrs.privacy == VideoConstants.PASSWORD_PROTECTED) {
            // Before any byte is stored: refused at once when no plugin guards passwords or they are not acceptable.
            plugins.validatePasswords(attrs.videoPasswords);
        } else if (attrs.videoPasswords != null && !attrs.videoPasswords.isEmpty()) {
            throw BobineException.badRequest("videoPasswords: only a password-protected video (privacy 5) has passwords");
        }
        return db.tx(em -> writer.ownedChannel(em, caller, attrs.channelId).getName());
    }

    @Override
    public void validate(VideoAttributes attrs, boolean complete) {
        Validation.video(attrs, complete);
    }

    @Override
    public long remainingQuota(Caller caller) {
        caller.requireUser();
        return db.tx(em -> {
            UserEntity u = em.find(UserEntity.class, caller.userId());
            long left = Long.MAX_VALUE;
            if (u.getVideoQuota() >= 0) {
                left = Math.min(left, u.getVideoQuota() - quotas.used(em, u.getId(), 0));
            }
            if (u.getVideoQuotaDaily() >= 0) {
                left = Math.min(left, u.getVideoQuotaDaily()
                    - quotas.used(em, u.getId(), System.currentTimeMillis() - 24 * 3600 * 1000L));
            }
            return Math.max(0, left);
        });
    }

    @Override
    public List<String> acceptedExtensions() {
        return pipeline.accepted();
    }

    @Override
    public Path tempFolder() {
        return storage.tmp();
    }

    /** The names a new video's files get, and its torrent, made in tmp/ before anything is installed. */
    private record Prepared(UUID uuid, String videoName, String torrentName, Torrents.Torrent torrent, Path torrentTmp,
                            String thumbName, String previewName) {
    }

    @Override
    public VideoRef publish(Caller caller, NewVideo video) {
        caller.requireUser();
        VideoAttributes attrs = video.attributes();
        int privacy = attrs.privacy == null ? VideoConstants.PUBLIC : attrs.privacy;
        String channelName = db.tx(em -> writer.ownedChannel(em, caller, attrs.channelId).getName());
        try {
            long size = Files.size(video.file());
            Prepared prepared = prepare(video, privacy);
            List<Path> installed = new ArrayList<>();
            try {
                installFiles(video, privacy, prepared, installed);
                Event[] published = new Event[1];
                VideoRef ref = writeRows(caller, video, privacy, size, prepared, published);
                announce(caller, attrs, ref, privacy, channelName, size);
                changes.post(published[0]);
                return ref;
            } catch (RuntimeException | IOException e) {
                storage.delete(installed.toArray(Path[]::new));
                throw e;
            } finally {
                storage.delete(prepared.torrentTmp());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Step 1: names and the torrent, in tmp/; images are named after the video, whose UUID is chosen here. */
    private Prepared prepare(NewVideo video, int privacy) throws IOException {
        String fileId = UUID.randomUUID().toString();
        int resolution = video.media() == null ? 0 : video.media().resolution();
        String videoName = fileId + "-" + resolution + video.extension();
        String torrentName = fileId + "-" + resolution + ".torrent";
        String fileUrl = settings.publicUrl() + "/static/web-videos/"
            + (Storage.isPrivate(privacy) ? Storage.PRIVATE + "/" : "") + videoName;
        Torrents.Torrent torrent = Torrents.build(video.file(), videoName, fileUrl, dtos.trackers());
        Path torrentTmp = storage.writeTemp(new ByteArrayInputStream(torrent.metainfo()));
        UUID uuid = UUID.randomUUID();
        return new Prepared(uuid, videoName, torrentName, torrent, torrentTmp,
            video.thumbnail() == null ? null : uuid + video.thumbnailExtension(),
            video.preview() == null ? null : uuid + ".jpg");
    }

    /** Step 2: every file moved into storage with an atomic rename; what is installed is listed for a rollback. */
    private void installFiles(NewVideo video, int privacy, Prepared p, List<Path> installed) throws IOException {
        installed.add(install(video.file(), storage.webVideo(privacy, p.videoName())));
        installed.add(install(p.torrentTmp(), storage.resolve(storage.torrents(), p.torrentName())));
        if (video.thumbnail() != null) {
            installed.add(install(video.thumbnail(), storage.resolve(storage.thumbnails(), p.thumbName())));
        }
        if (video.preview() != null) {
            installed.add(install(video.preview(), storage.resolve(storage.previews(), p.previewName())));
        }
    }

    private Path install(Path from, Path to) throws IOException {
        storage.install(from, to);
        return to;
    }

    /** Step 3: the video, its tags and its file in one transaction, marked as waiting for the transcoding pipeline. */
    private VideoRef writeRows(Caller caller, NewVideo video, int privacy, long size, Prepared p, Event[] published) {
        NewVideo.Probe info = video.media();
        return db.tx(em -> {
            long now = System.currentTimeMillis();
            VideoEntity v = new VideoEntity();
            v.setUuid(p.uuid().toString());
            v.setShortUuid(ShortUuid.encode(p.uuid()));
            v.setPrivacy(privacy);
            v.setDownloadEnabled(true);
            v.setCommentsPolicy(1);
            v.setWaitTranscoding(true);
            v.setState(VideoConstants.STATE_PUBLISHED);
            v.setCreatedAt(now);
            v.setUpdatedAt(now);
            v.setPublishedAt(now);
            v.setThumbnailFilename(p.thumbName());
            v.setPreviewFilename(p.previewName());
            if (info != null) {
                v.setDuration(Math.round(info.durationSeconds()));
                v.setAspectRatio(info.hasVideo() ? Math.round(info.width() * 10000.0 / info.height()) / 10000.0 : null);
            }
            VideoAttributes attrs = video.attributes();
            writer.apply(em, caller, v, attrs);
            em.persist(v);
            writer.setTags(em, v, attrs.tags == null ? List.of() : attrs.tags);
            VideoFileEntity f = new VideoFileEntity();
            f.setVideo(v);
            f.setResolution(info == null ? 0 : info.resolution());
            f.setSize(size);
            f.setFps(info == null || !info.hasVideo() ? -1 : (int) Math.round(info.fps()));
            if (info != null) {
                f.setWidth(info.width());
                f.setHeight(info.height());
                f.setHasAudio(info.hasAudio());
            }
            f.setFilename(p.videoName());
            f.setTorrentFilename(p.torrentName());
            f.setInfoHash(p.torrent().infoHash());
            f.setCreatedAt(now);
            em.persist(f);
            em.flush();
            if (info != null) {
                // The video waits for the transcoding pipeline (HLS); it takes it when it runs, now or once
                // installed. The original is watchable at once as a web video when the uploader does not wait
                // for transcoding or no pipeline runs; an audio file needs the pipeline.
                v.setTranscodeRequestedAt(now);
                if (pipeline.pipeline() != null && (v.isWaitTranscoding() || !info.hasVideo())) {
                    v.setState(VideoConstants.STATE_TO_TRANSCODE);
                }
            }
            published[0] = v.getState() == VideoConstants.STATE_PUBLISHED ? VideoChanges.published(v, false) : null;
            return new VideoRef(v.getId(), v.getUuid(), v.getShortUuid());
        });
    }

    /** Step 4: list caches, the pipeline, the password guard and the plugins' upload hooks learn of it. */
    private void announce(Caller caller, VideoAttributes attrs, VideoRef ref, int privacy, String channelName, long size) {
        changes.changed();
        pipeline.wakeUp();
        LOG.info("User {} uploaded video {} ({} bytes)", caller.username(), ref.uuid, size);
        if (privacy == VideoConstants.PASSWORD_PROTECTED) {
            plugins.storePasswords(new VideoInfo(ref.id, ref.uuid, attrs.name, attrs.description, privacy,
                Boolean.TRUE.equals(attrs.nsfw), attrs.tags, attrs.category, attrs.language, caller.username(), channelName),
                attrs.videoPasswords);
        }
        hooks.action(Hooks.ACTION_VIDEO_UPLOADED, new VideoEvent(ref.id, ref.uuid, attrs.name, caller.username(), privacy));
    }
}
