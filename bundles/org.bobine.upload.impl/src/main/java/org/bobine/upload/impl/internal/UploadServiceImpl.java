package org.bobine.upload.impl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.ErrorCodes;
import org.bobine.core.api.HookService;
import org.bobine.media.api.EngineException;
import org.bobine.media.api.MediaInfo;
import org.bobine.media.api.TranscodingEngine;
import org.bobine.media.files.Images;
import org.bobine.media.files.MediaSniffer;
import org.bobine.sdk.hook.AcceptResult;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.UploadAttempt;
import org.bobine.upload.impl.internal.entity.UploadSessionEntity;
import org.bobine.video.api.StagedUpload;
import org.bobine.video.api.UploadService;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.ingest.NewVideo;
import org.bobine.video.api.ingest.VideoIngest;
import org.bobine.video.api.model.UploadProgress;
import org.bobine.video.api.model.VideoAttributes;
import org.bobine.video.api.model.VideoRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives uploads, in one request or resumable, checks what arrived and hands it to the core's
 * {@link VideoIngest}. Bytes go to the ingest's temporary folder first ({@code tmp/}; resumable ones to
 * {@code tmp/uploads/<id>.part}, with their session in this bundle's unit); the media is recognised by its
 * bytes and probed, the thumbnail checked, the plugins' upload hooks asked, images made, and only then is
 * the video published. A refused or failed upload leaves nothing; a crash leaves only what the next start
 * sweeps (here: expired sessions and parts without a session; the core: tmp/'s files).
 */
@Component(service = UploadService.class)
public class UploadServiceImpl implements UploadService {

    private static final Logger LOG = LoggerFactory.getLogger(UploadServiceImpl.class);
    private static final long THUMBNAIL_MAX = 8L * 1024 * 1024;
    private static final long SESSION_LIFETIME_MILLIS = 24 * 3600 * 1000L;
    private static final Duration PROBE_BOUND = Duration.ofMinutes(2);
    private static final Pattern TEMP_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final Pattern UPLOAD_ID = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UploadDatabase db;
    private final VideoIngest ingest;
    private final HookService hooks;
    private final Engines engines;
    private final Path tmp;
    private final Path parts;
    private final ConcurrentHashMap<String, Object> sessionLocks = new ConcurrentHashMap<>();

    /**
     * @param db      resumable sessions
     * @param ingest  the core's checks, and where videos are published
     * @param hooks   the plugins' upload hooks
     * @param engines the media engines, when the media feature is installed: probe uploads and make their images
     * @throws IOException when the folder of resumable uploads cannot be made
     */
    @Activate
    public UploadServiceImpl(@Reference UploadDatabase db, @Reference VideoIngest ingest, @Reference HookService hooks,
                             @Reference Engines engines) throws IOException {
        this.db = db;
        this.ingest = ingest;
        this.hooks = hooks;
        this.engines = engines;
        this.tmp = ingest.tempFolder();
        this.parts = Files.createDirectories(tmp.resolve("uploads"));
        sweep();
    }

    /** Expired sessions go, and parts whose session is gone (a crash between the two). */
    private void sweep() {
        long expired = System.currentTimeMillis() - SESSION_LIFETIME_MILLIS;
        db.run(em -> em.createQuery("DELETE FROM UploadSessionEntity s WHERE s.createdAt < :t")
            .setParameter("t", expired).executeUpdate());
        Set<String> live = new HashSet<>(db.tx(em -> em.createQuery(
            "SELECT s.uploadId FROM UploadSessionEntity s", String.class).getResultList()));
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(parts, Files::isRegularFile)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".part") || !live.contains(name.substring(0, name.length() - ".part".length()))) {
                    delete(f);
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list {}", parts, e);
        }
        if (removed > 0) {
            LOG.info("Removed {} resumable uploads without a session", removed);
        }
    }

    private static void delete(Path... files) {
        for (Path f : files) {
            if (f != null) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}: {}", f, e.getMessage());
                }
            }
        }
    }

    private Path newTempFile() {
        try {
            return Files.createFile(tmp.resolve(UUID.randomUUID() + ".tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path part(String uploadId) {
        return parts.resolve(uploadId + ".part");
    }

    private static BobineException quotaReached() {
        return new BobineException(413, ErrorCodes.QUOTA_REACHED,
            "The user video quota is exceeded with this video.");
    }

    @Override
    public StagedUpload stage(Caller caller, InputStream content) {
        long limit = ingest.remainingQuota(caller);
        Path file = newTempFile();
        try (OutputStream out = Files.newOutputStream(file)) {
            long n = copy(content, out, limit);
            return new StagedUpload(file.getFileName().toString(), n);
        } catch (IOException | RuntimeException e) {
            delete(file);
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
            delete(tempOf(staged));
        }
    }

    private Path tempOf(StagedUpload staged) {
        if (staged.id() == null || !TEMP_NAME.matcher(staged.id()).matches()) {
            throw BobineException.notFound("Upload not found");
        }
        return tmp.resolve(staged.id());
    }

    @Override
    public VideoRef upload(Caller caller, VideoAttributes attrs, String filename, StagedUpload staged, byte[] thumbnail) {
        Path file = tempOf(staged);
        try {
            String channel = ingest.check(caller, attrs, true);
            String extension = extension(filename);
            if (staged.size() == 0) {
                throw BobineException.badRequest("videofile is empty");
            }
            return publish(caller, channel, attrs, filename, extension, file, thumbnail);
        } finally {
            delete(file);
        }
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
        List<String> accepted = ingest.acceptedExtensions();
        if (!accepted.contains(ext)) {
            throw new BobineException(415, null, "This file is not supported. Please, make sure it is of the "
                + "following type: " + String.join(", ", accepted));
        }
        return ext;
    }

    /** An uploaded thumbnail, checked and fitted. */
    private record Thumbnail(byte[] bytes, String extension) {
    }

    /**
     * Publishes an upload, in named steps: its media checked, the plugins asked, its images made in tmp/,
     * then the core publishes it (files into storage, then rows). The images are removed if it refuses.
     */
    private VideoRef publish(Caller caller, String channel, VideoAttributes attrs, String filename, String extension,
                             Path file, byte[] thumbnail) {
        try {
            MediaInfo info = checkMedia(file);
            Thumbnail uploaded = checkThumbnail(thumbnail);
            long size = Files.size(file);
            int privacy = attrs.privacy == null ? VideoConstants.PUBLIC : attrs.privacy;
            askPlugins(caller, channel, attrs, filename, size, privacy);
            Path thumb = null;
            Path preview = null;
            try {
                String thumbExt = null;
                if (uploaded != null) {
                    thumb = newTempFile();
                    Files.write(thumb, uploaded.bytes());
                    thumbExt = uploaded.extension();
                } else if (info != null && (info.hasVideo() || info.hasAudio())) {
                    thumb = image(file, info, 280, 157);
                    preview = image(file, info, 850, 480);
                    thumbExt = thumb == null ? null : ".jpg";
                }
                NewVideo.Probe probe = info == null ? null : new NewVideo.Probe(info.durationSeconds(), info.width(),
                    info.height(), info.fps(), info.resolution(), info.hasVideo(), info.hasAudio());
                return ingest.publish(caller, new NewVideo(attrs, file, extension, probe, thumb, thumbExt, preview));
            } finally {
                delete(thumb, preview);
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

    /** Step 3: the plugins' upload hooks accept it (and may rewrite attributes). */
    private void askPlugins(Caller caller, String channelName, VideoAttributes attrs, String filename, long size,
                            int privacy) {
        AcceptResult accept = hooks.filter(Hooks.FILTER_UPLOAD_ACCEPT,
            new UploadAttempt(caller.username(), channelName, attrs.name, filename, size, privacy, attrs.pluginData),
            AcceptResult.ACCEPT);
        if (!accept.accepted()) {
            throw BobineException.forbidden(accept.errorMessage() == null ? "Upload refused by a plugin" : accept.errorMessage());
        }
        filterAttributes(caller, channelName, attrs, filename, size, privacy);
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
            ingest.validate(changed, false);
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
        Path out = newTempFile();
        try {
            e.thumbnail(file, info.durationSeconds() / 2, width, height, out, PROBE_BOUND);
            return out;
        } catch (EngineException ex) {
            delete(out);
            LOG.warn("No {}x{} image for an upload: {}\n{}", width, height, ex.getMessage(), ex.log());
            return null;
        }
    }

    @Override
    public UploadProgress startResumable(Caller caller, VideoAttributes attrs, long size) {
        ingest.check(caller, attrs, true);
        extension(attrs.filename);
        if (size <= 0) {
            throw BobineException.badRequest("X-Upload-Content-Length must be a positive size");
        }
        if (size > ingest.remainingQuota(caller)) {
            throw quotaReached();
        }
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String uploadId = HexFormat.of().formatHex(id);
        db.run(em -> {
            UploadSessionEntity s = new UploadSessionEntity();
            s.setUploadId(uploadId);
            s.setUserId(caller.userId());
            s.setSize(size);
            s.setAttributes(serialize(attrs));
            s.setCreatedAt(System.currentTimeMillis());
            em.persist(s);
        });
        try {
            Files.deleteIfExists(part(uploadId));
            Files.createFile(part(uploadId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UploadProgress(uploadId, 0, size, null);
    }

    private UploadSessionEntity session(Caller caller, String uploadId) {
        caller.requireUser();
        UploadSessionEntity s = uploadId == null || !UPLOAD_ID.matcher(uploadId).matches() ? null
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
                Path part = part(uploadId);
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
                    // Checked again: the channel may have gone, or a plugin's rules changed, meanwhile.
                    String channel = ingest.check(caller, attrs, true);
                    ref = publish(caller, channel, attrs, attrs.filename, extension, part, null);
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
        delete(part(uploadId));
    }

    @Override
    public UploadProgress resumableStatus(Caller caller, String uploadId) {
        UploadSessionEntity s = session(caller, uploadId);
        try {
            Path part = part(uploadId);
            return new UploadProgress(uploadId, Files.exists(part) ? Files.size(part) : 0, s.getSize(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void cancelResumable(Caller caller, String uploadId) {
        caller.requireUser();
        UploadSessionEntity s = uploadId == null || !UPLOAD_ID.matcher(uploadId).matches() ? null
            : db.tx(em -> em.find(UploadSessionEntity.class, uploadId));
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
