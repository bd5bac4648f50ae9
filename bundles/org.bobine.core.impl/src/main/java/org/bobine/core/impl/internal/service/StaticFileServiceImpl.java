package org.bobine.core.impl.internal.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.core.impl.internal.persistence.Database;
import org.bobine.core.impl.internal.storage.Storage;
import org.bobine.media.files.MediaSniffer;
import org.bobine.video.api.StaticFileService;
import org.bobine.video.api.StoredFile;
import org.bobine.video.api.VideoConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Maps public file names to stored files, checking the owning video's privacy on every request. The files of
 * public and unlisted videos (which anyone may fetch) are remembered until any video changes
 * ({@link VideoChanges}), so that the many segment requests of a viewer do not each cost a query; whether the
 * file is still there is checked every time (files move when a video's privacy changes).
 */
@Component(service = StaticFileService.class)
public class StaticFileServiceImpl implements StaticFileService {

    private static final int REMEMBERED_MAX = 10_000;

    private final VideoAccess access;
    private final Database db;
    private final Storage storage;
    private final VideoChanges changes;
    private final ConcurrentHashMap<String, Open> open = new ConcurrentHashMap<>();

    /** A file of a public or unlisted video, as of a generation of {@link VideoChanges}. */
    private record Open(int privacy, long generation) {
    }

    /**
     * @param db      the database
     * @param storage the files
     * @param changes moves forward whenever a video changes
     * @param access  who may see which video
     */
    @Activate
    public StaticFileServiceImpl(@Reference Database db, @Reference Storage storage, @Reference VideoChanges changes, @Reference VideoAccess access) {
        this.access = access;
        this.db = db;
        this.storage = storage;
        this.changes = changes;
    }

    private Path path(Kind kind, int privacy, String key, String inFolder) {
        return switch (kind) {
            case WEB_VIDEO -> storage.webVideo(privacy, key);
            case HLS -> storage.resolve(storage.hlsDirectory(privacy, key), inFolder);
            case TORRENT -> storage.resolve(storage.torrents(), key);
            case THUMBNAIL -> storage.resolve(storage.thumbnails(), key);
            case PREVIEW -> storage.resolve(storage.previews(), key);
        };
    }

    @Override
    public StoredFile resolve(Caller caller, Kind kind, String filename) {
        // The name looked up in the database; HLS names are "<video uuid>/<file>". Files of private,
        // internal and password videos are asked for below "private/", as in PeerTube.
        boolean askedPrivate = (kind == Kind.WEB_VIDEO || kind == Kind.HLS) && filename != null
            && filename.startsWith(Storage.PRIVATE + "/");
        String rest = askedPrivate ? filename.substring(Storage.PRIVATE.length() + 1) : filename;
        String key = rest;
        String inFolder = null;
        if (kind == Kind.HLS) {
            int slash = rest == null ? -1 : rest.indexOf('/');
            if (slash < 0) {
                throw BobineException.notFound("File not found");
            }
            key = rest.substring(0, slash);
            inFolder = rest.substring(slash + 1);
        }
        long generation = changes.generation();
        String remembered = kind + "/" + key;
        Open known = askedPrivate ? null : open.get(remembered);
        if (known != null && known.generation() == generation) {
            Path path = path(kind, known.privacy(), key, inFolder);
            if (Files.isRegularFile(path)) {
                return new StoredFile(path, contentType(kind, path.getFileName().toString()), true);
            }
        }
        String query = switch (kind) {
            case WEB_VIDEO -> "SELECT f.video FROM VideoFileEntity f WHERE f.filename = :n";
            case TORRENT -> "SELECT f.video FROM VideoFileEntity f WHERE f.torrentFilename = :n";
            case THUMBNAIL -> "SELECT v FROM VideoEntity v WHERE v.thumbnailFilename = :n";
            case PREVIEW -> "SELECT v FROM VideoEntity v WHERE v.previewFilename = :n";
            case HLS -> "SELECT p.video FROM StreamingPlaylistEntity p WHERE p.directory = :n";
        };
        String name = key;
        VideoEntity video = db.tx(em -> {
            VideoEntity v = em.createQuery(query, VideoEntity.class).setParameter("n", name)
                .getResultList().stream().findFirst().orElse(null);
            if (v != null) {
                // Touch the owner while the entity manager is open: the access check needs it.
                v.getChannel().getAccount().getUser().getId();
            }
            return v;
        });
        if (video == null || Storage.isPrivate(video.getPrivacy()) && !askedPrivate) {
            // A public URL of a video that is not public (any more) leads nowhere.
            throw BobineException.notFound("File not found");
        }
        Path path = path(kind, video.getPrivacy(), key, inFolder);
        if (!Files.isRegularFile(path)) {
            throw BobineException.notFound("File not found");
        }
        access.checkView(caller, video, "media");
        boolean cacheable = video.getPrivacy() == VideoConstants.PUBLIC || video.getPrivacy() == VideoConstants.UNLISTED;
        if (cacheable && !askedPrivate) {
            if (open.size() >= REMEMBERED_MAX) {
                open.clear();
            }
            // The generation read before the query: a change made meanwhile makes this entry stale at once.
            open.put(remembered, new Open(video.getPrivacy(), generation));
        }
        return new StoredFile(path, contentType(kind, path.getFileName().toString()), cacheable);
    }

    @Override
    public String videoOf(Kind kind, String filename) {
        String rest = filename != null && filename.startsWith(Storage.PRIVATE + "/")
            ? filename.substring(Storage.PRIVATE.length() + 1) : filename;
        String key = kind == Kind.HLS && rest != null && rest.indexOf('/') > 0 ? rest.substring(0, rest.indexOf('/')) : rest;
        String query = switch (kind) {
            case WEB_VIDEO -> "SELECT f.video.uuid FROM VideoFileEntity f WHERE f.filename = :n";
            case TORRENT -> "SELECT f.video.uuid FROM VideoFileEntity f WHERE f.torrentFilename = :n";
            case THUMBNAIL -> "SELECT v.uuid FROM VideoEntity v WHERE v.thumbnailFilename = :n";
            case PREVIEW -> "SELECT v.uuid FROM VideoEntity v WHERE v.previewFilename = :n";
            case HLS -> "SELECT p.video.uuid FROM StreamingPlaylistEntity p WHERE p.directory = :n";
        };
        return db.tx(em -> em.createQuery(query, String.class).setParameter("n", key).getResultList().stream()
            .findFirst().orElse(null));
    }

    private static String contentType(Kind kind, String name) {
        String ext = name.substring(name.lastIndexOf('.'));
        return switch (kind) {
            case TORRENT -> "application/x-bittorrent";
            case HLS -> ext.equals(".m3u8") ? "application/vnd.apple.mpegurl"
                : ext.equals(".json") ? "application/json" : "video/mp4";
            case THUMBNAIL, PREVIEW -> ext.equals(".png") ? "image/png" : ext.equals(".webp") ? "image/webp" : "image/jpeg";
            case WEB_VIDEO -> MediaSniffer.mimeFor(ext.equals(".webm") ? "webm" : ext.equals(".mov") ? "quicktime" : "mp4", ext);
        };
    }
}
