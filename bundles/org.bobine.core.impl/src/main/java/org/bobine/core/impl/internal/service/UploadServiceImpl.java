package org.bobine.core.impl.internal.service;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.ErrorCodes;
import org.bobine.core.api.HookService;
import org.bobine.core.impl.internal.auth.Passwords;
import org.bobine.core.impl.internal.entity.UploadSessionEntity;
import org.bobine.core.impl.internal.entity.UserEntity;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.core.impl.internal.entity.VideoFileEntity;
import org.bobine.core.impl.internal.media.Engines;
import org.bobine.core.impl.internal.persistence.Database;
import org.bobine.core.impl.internal.storage.Storage;
import org.bobine.core.impl.internal.util.ShortUuid;
import org.bobine.instance.api.InstanceService;
import org.bobine.media.api.EngineException;
import org.bobine.media.api.MediaInfo;
import org.bobine.media.api.TranscodingEngine;
import org.bobine.media.files.Images;
import org.bobine.media.files.MediaSniffer;
import org.bobine.media.files.Torrents;
import org.bobine.sdk.hook.AcceptResult;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.UploadAttempt;
import org.bobine.sdk.hook.VideoEvent;
import org.bobine.sdk.hook.VideoInfo;
import org.bobine.video.api.StagedUpload;
import org.bobine.video.api.UploadService;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.model.UploadProgress;
import org.bobine.video.api.model.VideoAttributes;
import org.bobine.video.api.model.VideoRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives uploads, in one request or resumable, and turns them into videos. Bytes go to {@code tmp/}
 * first; a video's files are moved into storage atomically and only then are its rows written, so a
 * refused or failed upload leaves nothing and a crash leaves only what the next start sweeps. Until the
 * media pipeline exists the original file is published at once as the video's web-video file, with a torrent.
 */
@Component(service = UploadService.class)
public class UploadServiceImpl implements UploadService {

    private static final Logger LOG = LoggerFactory.getLogger(UploadServiceImpl.class);
    private static final long THUMBNAIL_MAX = 8L * 1024 * 1024;
    private static final long SESSION_LIFETIME_MILLIS = 24 * 3600 * 1000L;
    private static final Duration PROBE_BOUND = Duration.ofMinutes(2);

    private final Quotas quotas;
    private final VideoWriter writer;
    private final Database db;
    private final Storage storage;
    private final InstanceService settings;
    private final HookService hooks;
    private final VideoChanges changes;
    private final MediaPipeline pipeline;
    private final Dtos dtos;
    private final ConcurrentHashMap<String, Object> sessionLocks = new ConcurrentHashMap<>();

    /** The media engines, when the transcoding feature is installed: probe uploads and make their images. */
    private final Engines engines;
    private final PluginBridge plugins;

    /**
     * @param db       the database
     * @param storage  the files
     * @param settings instance settings
     * @param hooks    plugin hooks
     * @param changes  tells list caches that videos changed
     * @param pipeline whether a transcoding pipeline runs, told of new uploads
     * @param engines  the media engines
     * @param plugins  password guards and list hooks
     * @param quotas   what users' videos weigh
     * @param writer   writes attributes and tags, checks channels
     */
    @Activate
    public UploadServiceImpl(@Reference Database db, @Reference Storage storage, @Reference InstanceService settings,
                             @Reference HookService hooks, @Reference VideoChanges changes,
                             @Reference MediaPipeline pipeline, @Reference Engines engines,
                             @Reference PluginBridge plugins,
                             @Reference Quotas quotas, @Reference VideoWriter writer) {
        this.quotas = quotas;
        this.writer = writer;
        this.engines = engines;
        this.plugins = plugins;
        this.db = db;
        this.storage = storage;
        this.settings = settings;
        this.hooks = hooks;
        this.changes = changes;
        this.pipeline = pipeline;
        this.dtos = new Dtos(settings);
        sweep();
    }

    private void sweep() {
        long expired = System.currentTimeMillis() - SESSION_LIFETIME_MILLIS;
        db.run(em -> em.createQuery("DELETE FROM UploadSessionEntity s WHERE s.createdAt < :t")
            .setParameter("t", expired).executeUpdate());
        Set<String> live = new HashSet<>(db.tx(em -> em.createQuery(
            "SELECT s.uploadId FROM UploadSessionEntity s", String.class).getResultList()));
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
        storage.sweep(live, referenced);
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


    /** Bytes the caller may still upload: the smaller of what is left of the total and of the daily quota. */
    private long remainingQuota(Caller caller) {
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

    private static BobineException quotaReached() {
        return new BobineException(413, ErrorCodes.QUOTA_REACHED,
            "The user video quota is exceeded with this video.");
    }

    @Override
    public StagedUpload stage(Caller caller, InputStream content) {
        caller.requireUser();
        long limit = remainingQuota(caller);
        Path tmp = storage.newTempFile();
        try (OutputStream out = Files.newOutputStream(tmp)) {
            long n = copy(content, out, limit);
            return new StagedUpload(tmp.getFileName().toString(), n);
        } catch (IOException | RuntimeException e) {
            storage.delete(tmp);
            if (e instanceof IOException io) {
                throw new BobineException(400, null, "The upload was interrupted: " + io.getMessage());
            }
            throw (RuntimeException) e;
        }
    }

    /** Copies at most limit bytes, failing with 413 beyond. */
    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int r;
        while ((r = in.read(buf)) != -1) {
            total += r;
            if (total > limit) {
                throw quotaReached();
            }
            out.write(buf, 0, r);
        }
        return total;
    }

    @Override
    public void discard(StagedUpload staged) {
        if (staged != null) {
            storage.delete(tempOf(staged));
        }
    }

    private Path tempOf(StagedUpload staged) {
        return storage.resolve(storage.tmp(), staged.id());
    }

    @Override
    public VideoRef upload(Caller caller, VideoAttributes attrs, String filename, StagedUpload staged, byte[] thumbnail) {
        Path file = tempOf(staged);
        try {
            caller.requireUser();
            String extension = checkRequest(caller, attrs, filename);
            if (staged.size() == 0) {
                throw BobineException.badRequest("videofile is empty");
            }
            return publish(caller, attrs, filename, extension, file, thumbnail);
        } finally {
            storage.delete(file);
        }
    }

    /** Checks everything that can be checked before bytes arrive; returns the file's extension. */
    private String checkRequest(Caller caller, VideoAttributes attrs, String filename) {
        if (attrs == null) {
            throw BobineException.badRequest("Video attributes are required");
        }
        Validation.video(attrs, true);
        if (attrs.privacy != null && attrs.privacy == VideoConstants.PASSWORD_PROTECTED) {
            // Before any byte is stored: refused at once when no plugin guards passwords or they are not acceptable.
            plugins.validatePasswords(attrs.videoPasswords);
        } else if (attrs.videoPasswords != null && !attrs.videoPasswords.isEmpty()) {
            throw BobineException.badRequest("videoPasswords: only a password-protected video (privacy 5) has passwords");
        }
        String extension = extension(filename);
        db.run(em -> writer.ownedChannel(em, caller, attrs.channelId));
        return extension;
    }

    private String extension(String filename) {
        if (filename == null || filename.isBlank()) {
            throw BobineException.badRequest("videofile must have a file name");
        }
        if (filename.contains("/") || filename.contains("\\") || filename.contains("..") || filename.length() > 255
            || filename.chars().anyMatch(Character::isISOControl)) {
            throw BobineException.badRequest("videofile: the file name must be a plain name, without a path");
        }
        int dot = filename.lastIndexOf('.');
        String ext = dot < 0 ? "" : filename.substring(dot).toLowerCase(Locale.ROOT);
        // Audio files and the less common containers need the transcoding pipeline, as in PeerTube.
        List<String> accepted = pipeline.accepted();
        if (!accepted.contains(ext)) {
            throw new BobineException(415, null, "This file is not supported. Please, make sure it is of the "
                + "following type: " + String.join(", ", accepted));
        }
        return ext;
    }


    /** An uploaded thumbnail, checked and fitted. */
    private record Thumbnail(byte[] bytes, String extension) {
    }

    /** What an upload installs, made in tmp/ before anything is installed. */
    private record Prepared(UUID uuid, int resolution, String videoName, String torrentName, Torrents.Torrent torrent, Path torrentTmp,
                            Path thumbTmp, String thumbName, Path previewTmp, String previewName) {
        Path[] temporaries() {
            return new Path[] {torrentTmp, thumbTmp, previewTmp};
        }
    }

    /**
     * Publishes an upload, in named steps: its media checked, the plugins asked, its files made in tmp/ and
     * installed, then its rows written in one transaction, then the others told. A failure at any step before
     * the rows removes what was installed.
     */
    private VideoRef publish(Caller caller, VideoAttributes attrs, String filename, String extension, Path file,
                             byte[] thumbnail) {
        try {
            MediaInfo info = checkMedia(file);
            Thumbnail uploaded = checkThumbnail(thumbnail);
            long size = Files.size(file);
            int privacy = attrs.privacy == null ? VideoConstants.PUBLIC : attrs.privacy;
            String channelName = askPlugins(caller, attrs, filename, size, privacy);
            Prepared prepared = prepare(file, extension, info, privacy, uploaded);
            List<Path> installed = new ArrayList<>();
            try {
                installFiles(file, privacy, prepared, installed);
                VideoRef ref = writeRows(caller, attrs, privacy, info, size, prepared);
                announce(caller, attrs, ref, privacy, channelName, size);
                return ref;
            } catch (RuntimeException | IOException e) {
                storage.delete(installed.toArray(Path[]::new));
                throw e;
            } finally {
                storage.delete(prepared.temporaries());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Step 1: a container this instance reads, probed when an engine runs (null without one). */
    private MediaInfo checkMedia(Path file) throws IOException {
        if (MediaSniffer.videoContainer(file) == null) {
            throw new BobineException(415, null, "The file is not a video this instance can read");
        }
        return probe(file);
    }

    /** Step 2: an uploaded thumbnail is a PNG, JPEG or WebP image, fitted to the size the pages show. */
    private static Thumbnail checkThumbnail(byte[] thumbnail) {
        if (thumbnail == null || thumbnail.length == 0) {
            return null;
        }
        String ext = MediaSniffer.imageExtension(thumbnail);
        if (ext == null || thumbnail.length > THUMBNAIL_MAX) {
            throw BobineException.badRequest("The provided thumbnail file is invalid: a PNG, JPEG or WebP "
                + "image of at most 8 MB is expected");
        }
        // WebP, which the JDK cannot read, is kept as sent.
        byte[] fitted = Images.coverJpeg(thumbnail, 280, 157);
        return fitted != null ? new Thumbnail(fitted, ".jpg") : new Thumbnail(thumbnail, ext);
    }

    /** Step 3: the channel is the caller's, and the plugins' upload hooks accept it (and may rewrite attributes). */
    private String askPlugins(Caller caller, VideoAttributes attrs, String filename, long size, int privacy) {
        String channelName = db.tx(em -> writer.ownedChannel(em, caller, attrs.channelId).getName());
        AcceptResult accept = hooks.filter(Hooks.FILTER_UPLOAD_ACCEPT,
            new UploadAttempt(caller.username(), channelName, attrs.name, filename, size, privacy, attrs.pluginData),
            AcceptResult.ACCEPT);
        if (!accept.accepted()) {
            throw BobineException.forbidden(accept.errorMessage() == null ? "Upload refused by a plugin" : accept.errorMessage());
        }
        filterAttributes(caller, channelName, attrs, filename, size, privacy);
        return channelName;
    }

    /** Step 4: names, the torrent, the thumbnail and the preview, all in tmp/. */
    private Prepared prepare(Path file, String extension, MediaInfo info, int privacy, Thumbnail uploaded) throws IOException {
        String fileId = UUID.randomUUID().toString();
        int resolution = info == null ? 0 : info.resolution();
        String videoName = fileId + "-" + resolution + extension;
        String torrentName = fileId + "-" + resolution + ".torrent";
        String fileUrl = settings.publicUrl() + "/static/web-videos/"
            + (Storage.isPrivate(privacy) ? Storage.PRIVATE + "/" : "") + videoName;
        Torrents.Torrent torrent = Torrents.build(file, videoName, fileUrl, dtos.trackers());
        Path torrentTmp = storage.writeTemp(new ByteArrayInputStream(torrent.metainfo()));
        String thumbExt = uploaded == null ? null : uploaded.extension();
        Path thumbTmp = uploaded == null ? null : storage.writeTemp(new ByteArrayInputStream(uploaded.bytes()));
        Path previewTmp = null;
        if (thumbTmp == null && info != null && (info.hasVideo() || info.hasAudio())) {
            thumbTmp = image(file, info, 280, 157);
            previewTmp = image(file, info, 850, 480);
            thumbExt = thumbTmp == null ? null : ".jpg";
        }
        // Images are named after the video, whose UUID is chosen here.
        UUID uuid = UUID.randomUUID();
        return new Prepared(uuid, resolution, videoName, torrentName, torrent, torrentTmp, thumbTmp,
            thumbExt == null ? null : uuid + thumbExt, previewTmp, previewTmp == null ? null : uuid + ".jpg");
    }

    /** Step 5: every file moved into storage with an atomic rename; what is installed is listed for a rollback. */
    private void installFiles(Path file, int privacy, Prepared p, List<Path> installed) throws IOException {
        installed.add(install(file, storage.webVideo(privacy, p.videoName())));
        installed.add(install(p.torrentTmp(), storage.resolve(storage.torrents(), p.torrentName())));
        if (p.thumbTmp() != null) {
            installed.add(install(p.thumbTmp(), storage.resolve(storage.thumbnails(), p.thumbName())));
        }
        if (p.previewTmp() != null) {
            installed.add(install(p.previewTmp(), storage.resolve(storage.previews(), p.previewName())));
        }
    }

    /** Step 6: the video, its tags and its file in one transaction, marked as waiting for the transcoding pipeline. */
    private VideoRef writeRows(Caller caller, VideoAttributes attrs, int privacy, MediaInfo info, long size, Prepared p) {
        return db.tx(em -> {
            long now = System.currentTimeMillis();
            UUID uuid = p.uuid();
            VideoEntity v = new VideoEntity();
            v.setUuid(uuid.toString());
            v.setShortUuid(ShortUuid.encode(uuid));
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
            writer.apply(em, caller, v, attrs);
            em.persist(v);
            writer.setTags(em, v, attrs.tags == null ? List.of() : attrs.tags);
            VideoFileEntity f = new VideoFileEntity();
            f.setVideo(v);
            f.setResolution(p.resolution());
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
            return new VideoRef(v.getId(), v.getUuid(), v.getShortUuid());
        });
    }

    /** Step 7: list caches, the pipeline, the password guard and the plugins' upload hooks learn of it. */
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

    /**
     * Runs {@code filter:api.video.upload.video-attribute.result}: plugins may change the title, description,
     * tags, nsfw flag, category and language (not the privacy); what they return is validated like the request.
     */
    private void filterAttributes(Caller caller, String channel, VideoAttributes attrs, String filename, long size,
                                  int privacy) {
        org.bobine.sdk.hook.VideoAttributes before = new org.bobine.sdk.hook.VideoAttributes(attrs.name, attrs.description,
            attrs.tags, Boolean.TRUE.equals(attrs.nsfw), attrs.category, attrs.language, privacy);
        org.bobine.sdk.hook.VideoAttributes after = hooks.filter(Hooks.FILTER_UPLOAD_VIDEO_ATTRIBUTES,
            new UploadAttempt(caller.username(), channel, attrs.name, filename, size, privacy, attrs.pluginData), before);
        if (after == before || after.equals(before)) {
            return;
        }
        VideoAttributes changed = new VideoAttributes();
        changed.name = after.name();
        changed.description = after.description();
        changed.tags = after.tags();
        changed.category = after.category();
        changed.language = after.language();
        try {
            Validation.video(changed, false);
        } catch (BobineException e) {
            LOG.warn("A plugin's upload attributes were invalid and were ignored: {}", e.getMessage());
            return;
        }
        attrs.name = changed.name == null ? attrs.name : changed.name;
        attrs.description = changed.description;
        attrs.tags = changed.tags;
        attrs.category = changed.category;
        attrs.language = changed.language;
        attrs.nsfw = after.nsfw();
    }

    /** Probes with the media engine when there is one; a file it cannot read is refused. */
    private MediaInfo probe(Path file) {
        TranscodingEngine e = engines.find(TranscodingEngine.Capability.PROBE);
        if (e == null) {
            return null;
        }
        try {
            return e.probe(file, PROBE_BOUND);
        } catch (EngineException ex) {
            if (ex.kind() == EngineException.Kind.INVALID_INPUT) {
                throw new BobineException(415, null, "The file is not a video or audio file this instance can read");
            }
            LOG.warn("Probing an upload failed: {}\n{}", ex.getMessage(), ex.log());
            throw new BobineException(503, null, "The media engine could not read the file; try again later");
        }
    }

    /** A JPEG frame from the middle of the video, or null when the engine could not make one. */
    private Path image(Path file, MediaInfo info, int width, int height) {
        TranscodingEngine e = engines.find(TranscodingEngine.Capability.THUMBNAIL);
        if (e == null) {
            return null;
        }
        Path out = storage.newTempFile();
        try {
            e.thumbnail(file, info.durationSeconds() / 2, width, height, out, PROBE_BOUND);
            return out;
        } catch (EngineException ex) {
            storage.delete(out);
            LOG.warn("No {}x{} image for an upload: {}\n{}", width, height, ex.getMessage(), ex.log());
            return null;
        }
    }

    private Path install(Path from, Path to) throws IOException {
        storage.install(from, to);
        return to;
    }

    @Override
    public UploadProgress startResumable(Caller caller, VideoAttributes attrs, long size) {
        caller.requireUser();
        checkRequest(caller, attrs, attrs == null ? null : attrs.filename);
        if (size <= 0) {
            throw BobineException.badRequest("X-Upload-Content-Length must be a positive size");
        }
        if (size > remainingQuota(caller)) {
            throw quotaReached();
        }
        String id = Passwords.randomHex(16);
        db.run(em -> {
            UploadSessionEntity s = new UploadSessionEntity();
            s.setUploadId(id);
            s.setUserId(caller.userId());
            s.setSize(size);
            s.setAttributes(serialize(attrs));
            s.setCreatedAt(System.currentTimeMillis());
            em.persist(s);
        });
        try {
            Files.deleteIfExists(storage.upload(id));
            Files.createFile(storage.upload(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UploadProgress(id, 0, size, null);
    }

    private UploadSessionEntity session(Caller caller, String uploadId) {
        caller.requireUser();
        UploadSessionEntity s = uploadId == null ? null
            : db.tx(em -> em.find(UploadSessionEntity.class, uploadId));
        if (s == null || s.getUserId() != caller.userId()) {
            throw BobineException.notFound("Upload session not found");
        }
        return s;
    }

    @Override
    public UploadProgress appendResumable(Caller caller, String uploadId, long first, long last, long total,
                                          InputStream chunk) {
        UploadSessionEntity s = session(caller, uploadId);
        synchronized (sessionLocks.computeIfAbsent(uploadId, k -> new Object())) {
            try {
                Path part = storage.upload(uploadId);
                long have = Files.exists(part) ? Files.size(part) : 0;
                if (total != s.getSize()) {
                    throw BobineException.badRequest("Content-Range: the total size must be " + s.getSize());
                }
                if (first != have || last < first || last >= total) {
                    throw BobineException.badRequest("Content-Range: expected a chunk starting at byte " + have
                        + " and ending before " + total);
                }
                long expected = last - first + 1;
                long written;
                try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                    written = copyExactly(chunk, out, expected);
                } catch (IOException e) {
                    truncate(part, have);
                    throw BobineException.badRequest("The chunk was interrupted: " + e.getMessage());
                }
                if (written != expected) {
                    truncate(part, have);
                    throw BobineException.badRequest("Content-Range announced " + expected + " bytes but " + written
                        + " arrived");
                }
                long now = have + written;
                if (now < total) {
                    return new UploadProgress(uploadId, now, total, null);
                }
                VideoAttributes attrs = deserialize(s.getAttributes());
                String extension = extension(attrs.filename);
                VideoRef ref;
                try {
                    ref = publish(caller, attrs, attrs.filename, extension, part, null);
                } catch (BobineException e) {
                    // The content or attributes were refused: the session cannot succeed any more.
                    dropSession(uploadId);
                    throw e;
                }
                dropSession(uploadId);
                return new UploadProgress(uploadId, total, total, ref);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                sessionLocks.remove(uploadId);
            }
        }
    }

    private static long copyExactly(InputStream in, OutputStream out, long expected) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int r;
        while ((r = in.read(buf)) != -1) {
            total += r;
            if (total > expected) {
                return total;
            }
            out.write(buf, 0, r);
        }
        return total;
    }

    private static void truncate(Path part, long size) throws IOException {
        try (var ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    private void dropSession(String uploadId) {
        db.run(em -> {
            UploadSessionEntity s = em.find(UploadSessionEntity.class, uploadId);
            if (s != null) {
                em.remove(s);
            }
        });
        storage.delete(storage.upload(uploadId));
    }

    @Override
    public UploadProgress resumableStatus(Caller caller, String uploadId) {
        UploadSessionEntity s = session(caller, uploadId);
        try {
            Path part = storage.upload(uploadId);
            return new UploadProgress(uploadId, Files.exists(part) ? Files.size(part) : 0, s.getSize(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void cancelResumable(Caller caller, String uploadId) {
        caller.requireUser();
        UploadSessionEntity s = uploadId == null ? null : db.tx(em -> em.find(UploadSessionEntity.class, uploadId));
        if (s == null) {
            return;
        }
        if (s.getUserId() != caller.userId()) {
            throw BobineException.notFound("Upload session not found");
        }
        dropSession(uploadId);
    }

    static String serialize(VideoAttributes a) {
        Properties p = new Properties();
        put(p, "name", a.name);
        put(p, "channelId", a.channelId);
        put(p, "privacy", a.privacy);
        put(p, "category", a.category);
        put(p, "licence", a.licence);
        put(p, "language", a.language);
        put(p, "description", a.description);
        put(p, "support", a.support);
        put(p, "commentsPolicy", a.commentsPolicy);
        put(p, "commentsEnabled", a.commentsEnabled);
        put(p, "downloadEnabled", a.downloadEnabled);
        put(p, "nsfw", a.nsfw);
        put(p, "waitTranscoding", a.waitTranscoding);
        put(p, "originallyPublishedAt", a.originallyPublishedAt);
        put(p, "filename", a.filename);
        if (a.tags != null) {
            for (int i = 0; i < a.tags.size(); i++) {
                p.setProperty("tags." + i, a.tags.get(i));
            }
        }
        if (a.pluginData != null) {
            a.pluginData.forEach((k, v) -> p.setProperty("pluginData." + k, v));
        }
        // Kept with the session until the upload completes (then handed to the password plugin, which hashes them).
        if (a.videoPasswords != null) {
            for (int i = 0; i < a.videoPasswords.size(); i++) {
                p.setProperty("videoPasswords." + i, a.videoPasswords.get(i));
            }
        }
        StringWriter w = new StringWriter();
        try {
            p.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void put(Properties p, String k, Object v) {
        if (v != null) {
            p.setProperty(k, v.toString());
        }
    }

    static VideoAttributes deserialize(String s) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        VideoAttributes a = new VideoAttributes();
        a.name = p.getProperty("name");
        a.channelId = p.containsKey("channelId") ? Long.valueOf(p.getProperty("channelId")) : null;
        a.privacy = intOrNull(p, "privacy");
        a.category = intOrNull(p, "category");
        a.licence = intOrNull(p, "licence");
        a.language = p.getProperty("language");
        a.description = p.getProperty("description");
        a.support = p.getProperty("support");
        a.commentsPolicy = intOrNull(p, "commentsPolicy");
        a.commentsEnabled = boolOrNull(p, "commentsEnabled");
        a.downloadEnabled = boolOrNull(p, "downloadEnabled");
        a.nsfw = boolOrNull(p, "nsfw");
        a.waitTranscoding = boolOrNull(p, "waitTranscoding");
        a.originallyPublishedAt = p.getProperty("originallyPublishedAt");
        a.filename = p.getProperty("filename");
        List<String> tags = new ArrayList<>();
        for (int i = 0; p.containsKey("tags." + i); i++) {
            tags.add(p.getProperty("tags." + i));
        }
        a.tags = tags;
        Map<String, String> pluginData = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("pluginData.")) {
                pluginData.put(k.substring("pluginData.".length()), p.getProperty(k));
            }
        }
        a.pluginData = pluginData.isEmpty() ? null : pluginData;
        if (p.containsKey("videoPasswords.0")) {
            List<String> passwords = new ArrayList<>();
            for (int i = 0; p.containsKey("videoPasswords." + i); i++) {
                passwords.add(p.getProperty("videoPasswords." + i));
            }
            a.videoPasswords = passwords;
        }
        return a;
    }

    private static Integer intOrNull(Properties p, String k) {
        return p.containsKey(k) ? Integer.valueOf(p.getProperty(k)) : null;
    }

    private static Boolean boolOrNull(Properties p, String k) {
        return p.containsKey(k) ? Boolean.valueOf(p.getProperty(k)) : null;
    }
}
