package org.bobine.core.impl.internal.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.bobine.core.api.Caller;
import org.bobine.core.impl.internal.entity.HlsFileEntity;
import org.bobine.core.impl.internal.entity.StreamingPlaylistEntity;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.core.impl.internal.entity.VideoFileEntity;
import org.bobine.core.impl.internal.persistence.Database;
import org.bobine.core.impl.internal.storage.Storage;
import org.bobine.instance.api.InstanceService;
import org.bobine.media.files.Torrents;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.media.HlsRendition;
import org.bobine.video.api.media.VideoMedia;
import org.bobine.video.api.media.VideoMediaService;
import org.bobine.video.api.media.WebVideoRendition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;

/**
 * The core's side of videos' media for the transcoding pipeline (and, later, live streaming): the videos
 * waiting for renditions, their files, and the publication of what a pipeline made. It is the only code that
 * writes a video's files and rows for a pipeline: files are installed first (atomic renames), rows after them
 * in one transaction, files the rows left behind deleted last.
 */
@Component(service = VideoMediaService.class)
public class VideoMediaServiceImpl implements VideoMediaService {

    private final VideoAccess access;
    private final Database db;
    private final Storage storage;
    private final InstanceService settings;
    private final VideoChanges changes;

    /**
     * @param db       the database
     * @param storage  the files
     * @param settings the public URL (torrents' web seeds) and trackers
     * @param changes  tells list caches when a video changes
     * @param access  who may see which video
     */
    @Activate
    public VideoMediaServiceImpl(@Reference Database db, @Reference Storage storage, @Reference InstanceService settings,
                                 @Reference VideoChanges changes, @Reference VideoAccess access) {
        this.access = access;
        this.db = db;
        this.storage = storage;
        this.settings = settings;
        this.changes = changes;
    }

    @Override
    public List<Long> awaitingTranscoding(int max) {
        return db.tx(em -> em.createQuery("SELECT v.id FROM VideoEntity v WHERE v.transcodeRequestedAt IS NOT NULL "
            + "ORDER BY v.transcodeRequestedAt, v.id", Long.class).setMaxResults(max).getResultList());
    }

    @Override
    public void taken(long videoId) {
        db.run(em -> em.createQuery("UPDATE VideoEntity v SET v.transcodeRequestedAt = NULL WHERE v.id = :id")
            .setParameter("id", videoId).executeUpdate());
    }

    @Override
    public VideoMedia media(long videoId) {
        return db.tx(em -> media(em, em.find(VideoEntity.class, videoId)));
    }

    @Override
    public VideoMedia owned(Caller caller, String videoId) {
        return db.tx(em -> media(em, access.findOwned(em, caller, videoId)));
    }

    private VideoMedia media(EntityManager em, VideoEntity v) {
        if (v == null) {
            return null;
        }
        List<VideoFileEntity> files = files(em, v);
        Path still = v.getPreviewFilename() != null ? storage.resolve(storage.previews(), v.getPreviewFilename())
            : v.getThumbnailFilename() != null ? storage.resolve(storage.thumbnails(), v.getThumbnailFilename()) : null;
        return new VideoMedia(v.getId(), v.getUuid(), v.getPrivacy(), v.getState(),
            files.isEmpty() ? null : storage.webVideo(v.getPrivacy(), files.get(0).getFilename()), still);
    }

    private static List<VideoFileEntity> files(EntityManager em, VideoEntity v) {
        return em.createQuery("SELECT f FROM VideoFileEntity f WHERE f.video = :v ORDER BY f.id", VideoFileEntity.class)
            .setParameter("v", v).getResultList();
    }

    /** A web video installed in storage with its torrent, before its row is written. */
    private record Installed(WebVideoRendition rendition, long size, String filename, String torrentFilename,
                             String infoHash, Path file, Path torrent) {
    }

    private Installed install(int privacy, WebVideoRendition r) throws IOException {
        String id = UUID.randomUUID().toString();
        String filename = id + "-" + r.resolution() + ".mp4";
        String torrentName = id + "-" + r.resolution() + ".torrent";
        Torrents.Torrent torrent = Torrents.build(r.file(), filename, webSeed(privacy, filename), new Dtos(settings).trackers());
        Path torrentTmp = storage.writeTemp(new ByteArrayInputStream(torrent.metainfo()));
        long size = Files.size(r.file());
        Path file = storage.webVideo(privacy, filename);
        Path torrentFile = storage.resolve(storage.torrents(), torrentName);
        storage.install(r.file(), file);
        storage.install(torrentTmp, torrentFile);
        return new Installed(r, size, filename, torrentName, torrent.infoHash(), file, torrentFile);
    }

    /** The web seed of a torrent: the file's URL on the side its video is on. */
    private String webSeed(int privacy, String filename) {
        return settings.publicUrl() + "/static/web-videos/" + (Storage.isPrivate(privacy) ? Storage.PRIVATE + "/" : "") + filename;
    }

    private void uninstall(List<Installed> installed) {
        for (Installed i : installed) {
            storage.delete(i.file(), i.torrent());
        }
    }

    private static void describe(VideoFileEntity f, Installed i) {
        f.setFilename(i.filename());
        f.setTorrentFilename(i.torrentFilename());
        f.setInfoHash(i.infoHash());
        f.setResolution(i.rendition().resolution());
        f.setSize(i.size());
        f.setFps((int) Math.round(i.rendition().fps()));
        f.setWidth(i.rendition().width());
        f.setHeight(i.rendition().height());
        f.setHasAudio(i.rendition().hasAudio());
    }

    @Override
    public void replaceOriginal(long videoId, WebVideoRendition video) throws IOException {
        VideoMedia m = media(videoId);
        if (m == null) {
            Files.deleteIfExists(video.file());
            return;
        }
        Path copy = storage.newTempFile();
        Files.move(video.file(), copy, StandardCopyOption.REPLACE_EXISTING);
        Installed i = install(m.privacy(), new WebVideoRendition(copy, video.resolution(), video.width(), video.height(),
            video.fps(), video.hasAudio()));
        List<Path> old = new ArrayList<>();
        try {
            db.run(em -> {
                VideoEntity v = em.find(VideoEntity.class, videoId);
                List<VideoFileEntity> files = v == null ? List.of() : files(em, v);
                if (files.isEmpty()) {
                    old.add(i.file());
                    old.add(i.torrent());
                    return;
                }
                VideoFileEntity f = files.get(0);
                old.add(storage.webVideo(v.getPrivacy(), f.getFilename()));
                if (f.getTorrentFilename() != null) {
                    old.add(storage.resolve(storage.torrents(), f.getTorrentFilename()));
                }
                describe(f, i);
                v.setAspectRatio(video.height() > 0 ? Math.round(video.width() * 10000.0 / video.height()) / 10000.0 : null);
            });
        } catch (RuntimeException e) {
            uninstall(List.of(i));
            throw e;
        }
        storage.delete(old.toArray(Path[]::new));
        changes.changed();
    }

    @Override
    public void publish(long videoId, Path hlsFolder, List<HlsRendition> hls, List<WebVideoRendition> webVideos)
        throws IOException {
        VideoMedia m = media(videoId);
        if (m == null) {
            storage.deleteTree(hlsFolder);
            webVideos.forEach(w -> storage.delete(w.file()));
            return;
        }
        List<Installed> installed = new ArrayList<>();
        Path target = storage.hlsDirectory(m.privacy(), m.uuid());
        try {
            for (WebVideoRendition w : webVideos) {
                installed.add(install(m.privacy(), w));
            }
            storage.deleteTree(target);
            Files.move(hlsFolder, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            uninstall(installed);
            throw e;
        }
        List<Path> replaced = new ArrayList<>();
        Event[] published = new Event[1];
        try {
            boolean gone = db.tx(em -> {
                VideoEntity v = em.find(VideoEntity.class, videoId);
                if (v == null) {
                    return true;
                }
                em.createQuery("DELETE FROM HlsFileEntity f WHERE f.playlist.video = :v").setParameter("v", v).executeUpdate();
                em.createQuery("DELETE FROM StreamingPlaylistEntity p WHERE p.video = :v").setParameter("v", v).executeUpdate();
                StreamingPlaylistEntity p = new StreamingPlaylistEntity();
                p.setVideo(v);
                p.setType(1);
                p.setDirectory(m.uuid());
                p.setCreatedAt(System.currentTimeMillis());
                em.persist(p);
                for (HlsRendition r : hls) {
                    HlsFileEntity f = new HlsFileEntity();
                    f.setPlaylist(p);
                    f.setResolution(r.resolution());
                    f.setWidth(r.width());
                    f.setHeight(r.height());
                    f.setFps((int) Math.round(r.fps()));
                    f.setPlaylistFilename(r.playlistFilename());
                    f.setSegmentsFilename(r.segmentsFilename());
                    f.setSize(size(target.resolve(r.segmentsFilename())));
                    em.persist(f);
                }
                if (!installed.isEmpty()) {
                    // The renditions replace the original file (PeerTube does the same).
                    for (VideoFileEntity old : files(em, v)) {
                        replaced.add(storage.webVideo(v.getPrivacy(), old.getFilename()));
                        if (old.getTorrentFilename() != null) {
                            replaced.add(storage.resolve(storage.torrents(), old.getTorrentFilename()));
                        }
                        em.remove(old);
                    }
                    for (Installed i : installed) {
                        VideoFileEntity f = new VideoFileEntity();
                        f.setVideo(v);
                        describe(f, i);
                        f.setCreatedAt(System.currentTimeMillis());
                        em.persist(f);
                    }
                }
                if (v.getState() == VideoConstants.STATE_TO_TRANSCODE) {
                    v.setState(VideoConstants.STATE_PUBLISHED);
                    v.setPublishedAt(System.currentTimeMillis());
                    published[0] = VideoChanges.published(v, true);
                }
                return false;
            });
            if (gone) {
                uninstall(installed);
                storage.deleteTree(target);
                return;
            }
        } catch (RuntimeException e) {
            // The folder stays: a later publication replaces it, and the start-up sweep removes it otherwise.
            uninstall(installed);
            throw e;
        } finally {
            changes.changed();
        }
        storage.delete(replaced.toArray(Path[]::new));
        changes.post(published[0]);
        // The video may have changed sides (public, private) while it was transcoded.
        MediaPlacement.place(db, storage, videoId);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void failed(long videoId) {
        int n = db.tx(em -> em.createQuery("UPDATE VideoEntity v SET v.state = :failed WHERE v.id = :id AND v.state = :waiting")
            .setParameter("failed", VideoConstants.STATE_TRANSCODING_FAILED).setParameter("id", videoId)
            .setParameter("waiting", VideoConstants.STATE_TO_TRANSCODE).executeUpdate());
        if (n > 0) {
            changes.changed();
        }
    }
}
