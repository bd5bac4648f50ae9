package org.bobine.transcoding.impl.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.bobine.transcoding.impl.internal.entity.RunnerJobEntity;

/**
 * The rows of runner jobs as the transcoding queue sees them: a video's transcoding job (the parent) hands
 * one runner job per resolution to remote runners, waits in state {@code remote} until they are all
 * completed, then assembles their results, which wait in {@code runner-results/<runner job uuid>/}.
 */
public final class RunnerJobs {

    /** PeerTube's runner job types. */
    public static final String HLS = "vod-hls-transcoding";
    /** Web-video MP4 of one resolution. */
    public static final String WEB_VIDEO = "vod-web-video-transcoding";
    /** A video of a still image over an audio file. */
    public static final String AUDIO_MERGE = "vod-audio-merge-transcoding";

    /** Result file names, as the runner protocol names them. */
    public static final String VIDEO_FILE = "videoFile";
    /** The rendition playlist of an HLS job. */
    public static final String PLAYLIST_FILE = "resolutionPlaylistFile";

    /** PeerTube's RunnerJobState values used here. */
    public static final int PENDING = 1;
    /** Accepted by a runner. */
    public static final int PROCESSING = 2;
    /** Its result is in runner-results/. */
    public static final int COMPLETED = 3;
    /** Failed too often. */
    public static final int ERRORED = 4;
    /** Cancelled by an administrator. */
    public static final int CANCELLED = 6;
    /** Its video's transcoding failed otherwise, or the video is gone. */
    public static final int PARENT_ERRORED = 7;

    /** The internal state of a parent job waiting for runners. */
    public static final String PARENT_WAITING = "remote";

    private final TranscodingDatabase db;
    private final WorkFolders storage;

    RunnerJobs(TranscodingDatabase db, WorkFolders storage) {
        this.db = db;
        this.storage = storage;
    }

    /** @param parentJobId the video's job @param type a runner job type @return its runner jobs of that type */
    List<RunnerJobEntity> of(long parentJobId, String type) {
        return db.tx(em -> em.createQuery("SELECT r FROM RunnerJobEntity r WHERE r.parentJobId = :p AND r.type = :t "
                + "AND r.state <> :cancelled ORDER BY r.resolution", RunnerJobEntity.class)
            .setParameter("p", parentJobId).setParameter("t", type).setParameter("cancelled", CANCELLED)
            .getResultList());
    }

    /** @param jobs runner jobs @return whether all of them are completed */
    boolean allCompleted(List<RunnerJobEntity> jobs) {
        return jobs.stream().allMatch(j -> j.getState() == COMPLETED);
    }

    /**
     * Creates pending runner jobs, one per resolution, and parks the parent until they are completed, in
     * one transaction.
     */
    void create(long parentJobId, long videoId, String videoUuid, String type, List<Integer> resolutions, int fps) {
        db.run(em -> {
            long now = System.currentTimeMillis();
            // Highest resolutions first, as PeerTube does: they take longest.
            int priority = 0;
            for (int res : resolutions.stream().sorted((a, b) -> Integer.compare(b, a)).toList()) {
                RunnerJobEntity r = new RunnerJobEntity();
                r.setUuid(UUID.randomUUID().toString());
                r.setType(type);
                r.setState(PENDING);
                r.setParentJobId(parentJobId);
                r.setVideoId(videoId);
                r.setVideoUuid(videoUuid);
                r.setResolution(res);
                r.setFps(fps);
                r.setPriority(priority++);
                r.setCreatedAt(now);
                r.setUpdatedAt(now);
                em.persist(r);
            }
            park(em, parentJobId, now);
        });
    }

    /** Parks the parent until its runner jobs are completed. @param parentJobId the video's job */
    void waitForRunners(long parentJobId) {
        db.run(em -> park(em, parentJobId, System.currentTimeMillis()));
    }

    private static void park(EntityManager em, long parentJobId, long now) {
        em.createQuery("UPDATE JobEntity j SET j.state = :s, j.updatedAt = :now WHERE j.id = :id")
            .setParameter("s", PARENT_WAITING).setParameter("now", now).setParameter("id", parentJobId).executeUpdate();
    }

    /**
     * @param job a completed runner job
     * @param name {@link #VIDEO_FILE} or {@link #PLAYLIST_FILE}
     * @return where the checked result is
     */
    Path result(RunnerJobEntity job, String name) {
        return resultDirectory(storage, job.getUuid()).resolve(resultName(job, name));
    }

    /**
     * The name a checked result file has on disk: the names the instance serves, since ffprobe only reads
     * playlists and segments with their proper extensions.
     *
     * @param job  a runner job
     * @param name {@link #VIDEO_FILE} or {@link #PLAYLIST_FILE}
     * @return its file name
     */
    static String resultName(RunnerJobEntity job, String name) {
        if (HLS.equals(job.getType())) {
            return PLAYLIST_FILE.equals(name) ? job.getResolution() + ".m3u8" : job.getResolution() + "-fragmented.mp4";
        }
        return "video.mp4";
    }

    /** @param storage the files @param runnerJobUuid a runner job @return the folder of its checked results */
    static Path resultDirectory(WorkFolders storage, String runnerJobUuid) {
        return storage.resolve(storage.runnerResults(), runnerJobUuid);
    }

    /** Removes the results of a parent's runner jobs, once published or failed. @param parentJobId the video's job */
    void clearResults(long parentJobId) {
        List<String> uuids = db.tx(em -> em.createQuery("SELECT r.uuid FROM RunnerJobEntity r WHERE r.parentJobId = :p",
            String.class).setParameter("p", parentJobId).getResultList());
        for (String uuid : uuids) {
            storage.deleteTree(resultDirectory(storage, uuid));
        }
    }
}
