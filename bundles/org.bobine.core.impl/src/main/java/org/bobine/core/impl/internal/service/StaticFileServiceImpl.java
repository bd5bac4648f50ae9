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
        Path path = switch (kind) {
            case WEB_VIDEO -> storage.webVideo(video.getPrivacy(), key);
            case HLS -> storage.resolve(storage.hlsDirectory(video.getPrivacy(), key), inFolder);
            case TORRENT -> storage.resolve(storage.torrents(), key);
            case THUMBNAIL -> storage.resolve(storage.thumbnails(), key);
            case PREVIEW -> storage.resolve(storage.previews(), key);
        };
        if (!Files.isRegularFile(path)) {
            throw BobineException.notFound("File not found");
        }
        VideoAccess.checkView(caller, video);
        boolean cacheable = video.getPrivacy() == VideoConstants.PUBLIC || video.getPrivacy() == VideoConstants.UNLISTED;
        return new StoredFile(path, contentType(kind, path.getFileName().toString()), cacheable);
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
