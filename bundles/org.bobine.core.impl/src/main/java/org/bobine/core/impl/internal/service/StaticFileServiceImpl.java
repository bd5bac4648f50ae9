package org.bobine.core.impl.internal.service;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.StaticFileService;
import org.bobine.core.api.StoredFile;
import org.bobine.core.api.VideoConstants;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.core.impl.internal.persistence.Database;
import org.bobine.core.impl.internal.storage.Storage;
import org.bobine.core.impl.internal.util.MediaSniffer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Maps public file names to stored files, checking the owning video's privacy on every request. */
@Component(service = StaticFileService.class)
public class StaticFileServiceImpl implements StaticFileService {

    private final Database db;
    private final Storage storage;

    /**
     * @param db      the database
     * @param storage the files
     */
    @Activate
    public StaticFileServiceImpl(@Reference Database db, @Reference Storage storage) {
        this.db = db;
        this.storage = storage;
    }

    @Override
    public StoredFile resolve(Caller caller, Kind kind, String filename) {
        if (kind == Kind.HLS) {
            return hls(caller, filename);
        }
        Path dir = switch (kind) {
            case WEB_VIDEO -> storage.webVideos();
            case TORRENT -> storage.torrents();
            case THUMBNAIL -> storage.thumbnails();
            case PREVIEW -> storage.previews();
            case HLS -> storage.hls();
        };
        Path path = storage.resolve(dir, filename);
        String query = switch (kind) {
            case WEB_VIDEO -> "SELECT f.video FROM VideoFileEntity f WHERE f.filename = :n";
            case TORRENT -> "SELECT f.video FROM VideoFileEntity f WHERE f.torrentFilename = :n";
            case THUMBNAIL -> "SELECT v FROM VideoEntity v WHERE v.thumbnailFilename = :n";
            case PREVIEW -> "SELECT v FROM VideoEntity v WHERE v.previewFilename = :n";
            case HLS -> "SELECT p.video FROM StreamingPlaylistEntity p WHERE p.directory = :n";
        };
        VideoEntity video = db.tx(em -> {
            VideoEntity v = em.createQuery(query, VideoEntity.class).setParameter("n", filename)
                .getResultList().stream().findFirst().orElse(null);
            if (v != null) {
                // Touch the owner while the entity manager is open: the access check needs it.
                v.getChannel().getAccount().getUser().getId();
            }
            return v;
        });
        if (video == null || !Files.isRegularFile(path)) {
            throw BobineException.notFound("File not found");
        }
        VideoAccess.checkView(caller, video);
        boolean cacheable = video.getPrivacy() == VideoConstants.PUBLIC || video.getPrivacy() == VideoConstants.UNLISTED;
        return new StoredFile(path, contentType(kind, filename), cacheable);
    }

    private StoredFile hls(Caller caller, String name) {
        int slash = name == null ? -1 : name.indexOf('/');
        if (slash < 0) {
            throw BobineException.notFound("File not found");
        }
        String directory = name.substring(0, slash);
        Path dir = storage.resolve(storage.hls(), directory);
        String file = name.substring(slash + 1);
        Path path = storage.resolve(dir, file);
        VideoEntity video = db.tx(em -> {
            VideoEntity v = em.createQuery("SELECT p.video FROM StreamingPlaylistEntity p WHERE p.directory = :n",
                VideoEntity.class).setParameter("n", directory).getResultList().stream().findFirst().orElse(null);
            if (v != null) {
                v.getChannel().getAccount().getUser().getId();
            }
            return v;
        });
        if (video == null || !Files.isRegularFile(path)) {
            throw BobineException.notFound("File not found");
        }
        VideoAccess.checkView(caller, video);
        boolean cacheable = video.getPrivacy() == VideoConstants.PUBLIC || video.getPrivacy() == VideoConstants.UNLISTED;
        return new StoredFile(path, contentType(Kind.HLS, file), cacheable);
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
