package org.bobine.core.impl.internal.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.core.impl.internal.entity.VideoFileEntity;
import org.bobine.core.impl.internal.persistence.Database;
import org.bobine.core.impl.internal.storage.Storage;
import org.bobine.video.api.VideoConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Deletes a video: rows first (one transaction), then its files. A crash between the two leaves only
 * unreferenced files, which {@link Storage#sweep} removes at the next start.
 */
@Component(service = VideoRemover.class)
public class VideoRemover {

    private final Database db;
    private final MediaPipeline pipeline;
    private final Storage storage;
    private final VideoChanges changes;

    /**
     * @param db      the database
     * @param storage the files
     * @param changes  tells list caches that videos changed
     * @param pipeline told that the video is gone
     */
    @Activate
    public VideoRemover(@Reference Database db, @Reference Storage storage, @Reference VideoChanges changes,
                        @Reference MediaPipeline pipeline) {
        this.pipeline = pipeline;
        this.db = db;
        this.storage = storage;
        this.changes = changes;
    }

    /**
     * @param videoId the video to delete; nothing happens when it is gone already
     */
    public void remove(long videoId) {
        List<Path> hlsDirs = new ArrayList<>();
        List<Path> files = db.tx(em -> {
            VideoEntity v = em.find(VideoEntity.class, videoId);
            List<Path> paths = new ArrayList<>();
            if (v == null) {
                return paths;
            }
            for (VideoFileEntity f : em.createQuery("SELECT f FROM VideoFileEntity f WHERE f.video = :v",
                VideoFileEntity.class).setParameter("v", v).getResultList()) {
                // Both sides: a move between public and private may have been interrupted.
                paths.add(storage.webVideo(VideoConstants.PUBLIC, f.getFilename()));
                paths.add(storage.webVideo(VideoConstants.PRIVATE, f.getFilename()));
                if (f.getTorrentFilename() != null) {
                    paths.add(storage.resolve(storage.torrents(), f.getTorrentFilename()));
                }
                em.remove(f);
            }
            if (v.getThumbnailFilename() != null) {
                paths.add(storage.resolve(storage.thumbnails(), v.getThumbnailFilename()));
            }
            if (v.getPreviewFilename() != null) {
                paths.add(storage.resolve(storage.previews(), v.getPreviewFilename()));
            }
            em.createQuery("DELETE FROM VideoTagEntity t WHERE t.video = :v").setParameter("v", v).executeUpdate();
            for (String dir : em.createQuery("SELECT p.directory FROM StreamingPlaylistEntity p WHERE p.video = :v",
                String.class).setParameter("v", v).getResultList()) {
                hlsDirs.add(storage.hlsDirectory(VideoConstants.PUBLIC, dir));
                hlsDirs.add(storage.hlsDirectory(VideoConstants.PRIVATE, dir));
            }
            em.createQuery("DELETE FROM HlsFileEntity f WHERE f.playlist.video = :v").setParameter("v", v).executeUpdate();
            em.createQuery("DELETE FROM StreamingPlaylistEntity p WHERE p.video = :v").setParameter("v", v).executeUpdate();
            em.remove(v);
            return paths;
        });
        changes.changed();
        storage.delete(files.toArray(Path[]::new));
        hlsDirs.forEach(storage::deleteTree);
        // The pipeline forgets the video's jobs (a runner still working on one is told at its next call).
        pipeline.deleted(videoId);
    }
}
