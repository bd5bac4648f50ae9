package org.bobine.core.impl.internal.service;

import java.util.List;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.core.impl.internal.persistence.Database;
import org.bobine.core.impl.internal.storage.Storage;

/**
 * Keeps a video's media files on the side (public or private folders) its privacy asks for. Called after a
 * change of privacy and after a job published files; a crash between the row and the move is finished at
 * the next start.
 */
public final class MediaPlacement {

    private MediaPlacement() {
    }

    /**
     * @param db      the database
     * @param storage the files
     * @param videoId the video
     */
    public static void place(Database db, Storage storage, long videoId) {
        record Files(int privacy, List<String> names, List<String> dirs) {
        }
        Files f = db.tx(em -> {
            VideoEntity v = em.find(VideoEntity.class, videoId);
            if (v == null) {
                return null;
            }
            return new Files(v.getPrivacy(), em.createQuery("SELECT f.filename FROM VideoFileEntity f WHERE f.video = :v",
                String.class).setParameter("v", v).getResultList(), em.createQuery(
                "SELECT p.directory FROM StreamingPlaylistEntity p WHERE p.video = :v", String.class).setParameter("v", v)
                .getResultList());
        });
        if (f != null) {
            storage.place(f.privacy(), f.names(), f.dirs().isEmpty() ? null : f.dirs().get(0));
        }
    }
}
