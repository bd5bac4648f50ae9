package org.bobine.core.impl.internal.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManager;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.JobService;
import org.bobine.core.api.VideoConstants;
import org.bobine.core.api.model.Job;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.impl.internal.entity.HlsFileEntity;
import org.bobine.core.impl.internal.entity.JobEntity;
import org.bobine.core.impl.internal.entity.StreamingPlaylistEntity;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.core.impl.internal.entity.VideoFileEntity;
import org.bobine.core.impl.internal.persistence.Database;
import org.bobine.core.impl.internal.service.Dtos;
import org.bobine.core.impl.internal.service.Settings;
import org.bobine.core.impl.internal.service.VideoChanges;
import org.bobine.core.impl.internal.storage.Storage;
import org.bobine.core.impl.internal.util.Dates;
import org.bobine.core.impl.internal.util.Torrents;
import org.bobine.media.api.EngineException;
import org.bobine.media.api.MediaInfo;
import org.bobine.media.api.Rendition;
import org.bobine.media.api.TranscodingEngine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistent transcoding queue and its local workers. Jobs are rows: a worker claims one, builds the
 * HLS ladder in {@code tmp/jobs/<id>/} through the media engine, moves the finished folder into storage in
 * one rename and only then writes the playlist rows and publishes the video. A crash at any point leaves
 * either nothing visible or a published video; at start, jobs that were running go back to the queue and
 * their work folders are removed. Failures are retried with backoff, then the job and the video are marked
 * failed with the reason. Without an engine, jobs wait.
 */
@Component(service = {TranscodingJobs.class, JobService.class}, immediate = true)
public class TranscodingJobs implements JobService {

    /** The type of the HLS transcoding job. */
    public static final String TYPE = "video-transcoding";
    private static final Logger LOG = LoggerFactory.getLogger(TranscodingJobs.class);
    private static final int MAX_ATTEMPTS = 3;
    private static final int SEGMENT_SECONDS = 4;

    private final Database db;
    private final Storage storage;
    private final Settings settings;
    private final VideoChanges changes;
    private final ScheduledExecutorService poller;
    private final ExecutorService workers;
    private final Semaphore slots;
    private final AtomicInteger threadNumbers = new AtomicInteger();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    private volatile TranscodingEngine engine;

    /**
     * @param db       the database
     * @param storage  the files
     * @param settings instance settings (resolutions, concurrency)
     * @param changes  tells list caches when a video is published
     */
    @Activate
    public TranscodingJobs(@Reference Database db, @Reference Storage storage, @Reference Settings settings,
                           @Reference VideoChanges changes) {
        this.db = db;
        this.storage = storage;
        this.settings = settings;
        this.changes = changes;
        int resumed = db.tx(em -> em.createQuery("UPDATE JobEntity j SET j.state = 'pending' WHERE j.state = 'processing'")
            .executeUpdate());
        storage.cleanJobDirectories();
        if (resumed > 0) {
            LOG.info("{} interrupted transcoding jobs are back in the queue", resumed);
        }
        this.slots = new Semaphore(settings.transcodingConcurrency());
        this.workers = Executors.newFixedThreadPool(settings.transcodingConcurrency(), r -> {
            Thread t = new Thread(r, "bobine-transcoding-" + threadNumbers.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bobine-job-poller");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Queues the transcoding of a video, in the caller's transaction.
     *
     * @param em      the caller's entity manager
     * @param videoId the video
     */
    public static void enqueue(EntityManager em, long videoId) {
        long now = System.currentTimeMillis();
        JobEntity j = new JobEntity();
        j.setType(TYPE);
        j.setVideoId(videoId);
        j.setState("pending");
        j.setNextRunAt(now);
        j.setCreatedAt(now);
        j.setUpdatedAt(now);
        em.persist(j);
    }

    /** Looks for work now rather than at the next tick; called after a job was queued. */
    public void wakeUp() {
        try {
            poller.execute(this::poll);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // stopping
        }
    }

    private void poll() {
        try {
            while (engine != null && slots.tryAcquire()) {
                Long id = claim();
                if (id == null) {
                    slots.release();
                    return;
                }
                workers.execute(() -> {
                    try {
                        run(id);
                    } finally {
                        slots.release();
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("Polling the job queue failed", e);
        }
    }

    /** Claims the oldest due job: an UPDATE that only one worker can win. */
    private Long claim() {
        return db.tx(em -> {
            List<Long> due = em.createQuery("SELECT j.id FROM JobEntity j WHERE j.state = 'pending' AND j.nextRunAt <= :now "
                + "ORDER BY j.nextRunAt, j.id", Long.class).setParameter("now", System.currentTimeMillis())
                .setMaxResults(5).getResultList();
            for (Long id : due) {
                int won = em.createQuery("UPDATE JobEntity j SET j.state = 'processing', j.startedAt = :now, "
                        + "j.updatedAt = :now, j.attempts = j.attempts + 1 WHERE j.id = :id AND j.state = 'pending'")
                    .setParameter("now", System.currentTimeMillis()).setParameter("id", id).executeUpdate();
                if (won == 1) {
                    return id;
                }
            }
            return null;
        });
    }

    private record Input(String uuid, Path file, int state) {
    }

    /** A web-video rendition made by a job, installed in storage before the rows are written. */
    private record WebFile(int resolution, MediaInfo info, long size, String filename, String torrentFilename,
                           String infoHash) {
    }

    private void run(long jobId) {
        JobEntity job = db.tx(em -> em.find(JobEntity.class, jobId));
        Input input = db.tx(em -> {
            VideoEntity v = em.find(VideoEntity.class, job.getVideoId());
            if (v == null) {
                return null;
            }
            List<VideoFileEntity> files = em.createQuery("SELECT f FROM VideoFileEntity f WHERE f.video = :v ORDER BY f.id",
                VideoFileEntity.class).setParameter("v", v).getResultList();
            return files.isEmpty() ? null : new Input(v.getUuid(), storage.webVideos().resolve(files.get(0).getFilename()), v.getState());
        });
        if (input == null) {
            finish(jobId, "completed", null, 100);
            return;
        }
        TranscodingEngine e = engine;
        Path work = null;
        try {
            if (e == null) {
                throw new EngineException(EngineException.Kind.FAILED, "No transcoding engine", "");
            }
            long started = System.currentTimeMillis();
            work = storage.jobDirectory(jobId);
            MediaInfo info = e.probe(input.file(), Duration.ofMinutes(2));
            List<Integer> ladder = ladder(info.resolution());
            Duration bound = Duration.ofSeconds(Math.max(600, Math.round(info.durationSeconds() * 30)));
            List<HlsFiles.RenditionFiles> renditions = new ArrayList<>();
            for (int i = 0; i < ladder.size(); i++) {
                int res = ladder.get(i);
                int step = i;
                int steps = settings.transcodingWebVideos() ? 2 * ladder.size() : ladder.size();
                e.hlsRendition(input.file(), Rendition.of(res), work, String.valueOf(res), SEGMENT_SECONDS,
                    f -> progress(jobId, (step + f) / steps), bound);
                Path playlist = work.resolve(res + ".m3u8");
                MediaInfo out = e.probe(playlist, Duration.ofMinutes(1));
                renditions.add(new HlsFiles.RenditionFiles(res, out.width(), out.height(), out.fps(),
                    out.durationSeconds(), res + ".m3u8", res + "-fragmented.mp4"));
            }
            List<WebFile> webFiles = settings.transcodingWebVideos()
                ? webVideos(e, input, ladder, work, jobId, bound) : List.of();
            Files.writeString(work.resolve("master.m3u8"), HlsFiles.master(work, renditions));
            Files.writeString(work.resolve("segments-sha256.json"), HlsFiles.segmentsSha256(work, renditions));
            Path target = storage.hls().resolve(input.uuid());
            storage.deleteTree(target);
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            work = null;
            publish(jobId, job.getVideoId(), input.uuid(), target, renditions, webFiles);
            LOG.info("Video {} transcoded to HLS {} in {} s", input.uuid(), ladder,
                (System.currentTimeMillis() - started) / 1000);
        } catch (EngineException ex) {
            if (ex.kind() == EngineException.Kind.CANCELLED && workers.isShutdown()) {
                // Stopped with the instance: left "processing", it goes back to the queue at the next start.
                return;
            }
            fail(jobId, job.getVideoId(), ex.getMessage(), ex.log(), ex.kind() == EngineException.Kind.INVALID_INPUT);
        } catch (IOException | RuntimeException ex) {
            LOG.warn("Transcoding job {} failed", jobId, ex);
            fail(jobId, job.getVideoId(), String.valueOf(ex.getMessage()), "", false);
        } finally {
            storage.deleteTree(work);
        }
    }

    /**
     * Makes a faststart MP4 per resolution with its torrent, and installs both in storage (no row yet: a
     * crash before the rows leaves unreferenced files that the next start sweeps).
     */
    private List<WebFile> webVideos(TranscodingEngine e, Input input, List<Integer> ladder, Path work, long jobId,
                                    Duration bound) throws EngineException, IOException {
        List<WebFile> out = new ArrayList<>();
        try {
            for (int i = 0; i < ladder.size(); i++) {
                int res = ladder.get(i);
                int step = ladder.size() + i;
                Path mp4 = work.resolve("web-" + res + ".mp4");
                e.webVideo(input.file(), Rendition.of(res), mp4, f -> progress(jobId, (step + f) / (2.0 * ladder.size())),
                    bound);
                MediaInfo info = e.probe(mp4, Duration.ofMinutes(1));
                String id = java.util.UUID.randomUUID().toString();
                String filename = id + "-" + res + ".mp4";
                String torrentName = id + "-" + res + ".torrent";
                Torrents.Torrent torrent = Torrents.build(mp4, filename,
                    settings.publicUrl() + "/static/web-videos/" + filename, new Dtos(settings).trackers());
                Path torrentFile = work.resolve("web-" + res + ".torrent");
                Files.write(torrentFile, torrent.metainfo());
                long size = Files.size(mp4);
                storage.install(mp4, storage.resolve(storage.webVideos(), filename));
                out.add(new WebFile(res, info, size, filename, torrentName, torrent.infoHash()));
                storage.install(torrentFile, storage.resolve(storage.torrents(), torrentName));
            }
            return out;
        } catch (EngineException | IOException | RuntimeException ex) {
            for (WebFile w : out) {
                storage.delete(storage.resolve(storage.webVideos(), w.filename()),
                    storage.resolve(storage.torrents(), w.torrentFilename()));
            }
            throw ex;
        }
    }

    /** Heights to produce: the configured ones up to the input's, and the input's own when configured. */
    List<Integer> ladder(int inputResolution) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int r : settings.transcodingResolutions()) {
            if (r <= inputResolution) {
                set.add(r);
            }
        }
        if (settings.transcodingKeepOriginalResolution() || set.isEmpty()) {
            set.add(inputResolution - inputResolution % 2);
        }
        return new ArrayList<>(set);
    }

    private long lastProgressWrite;

    private void progress(long jobId, double fraction) {
        long now = System.currentTimeMillis();
        if (now - lastProgressWrite < 1000) {
            return;
        }
        lastProgressWrite = now;
        int percent = (int) Math.min(99, Math.round(fraction * 100));
        db.run(em -> em.createQuery("UPDATE JobEntity j SET j.progress = :p, j.updatedAt = :now WHERE j.id = :id")
            .setParameter("p", percent).setParameter("now", now).setParameter("id", jobId).executeUpdate());
    }

    private void publish(long jobId, long videoId, String uuid, Path dir, List<HlsFiles.RenditionFiles> renditions,
                         List<WebFile> webFiles) {
        List<Path> replaced = new ArrayList<>();
        try {
            db.run(em -> {
                VideoEntity v = em.find(VideoEntity.class, videoId);
                if (v == null) {
                    return;
                }
                em.createQuery("DELETE FROM HlsFileEntity f WHERE f.playlist.video = :v").setParameter("v", v).executeUpdate();
                em.createQuery("DELETE FROM StreamingPlaylistEntity p WHERE p.video = :v").setParameter("v", v).executeUpdate();
                StreamingPlaylistEntity p = new StreamingPlaylistEntity();
                p.setVideo(v);
                p.setType(1);
                p.setDirectory(uuid);
                p.setCreatedAt(System.currentTimeMillis());
                em.persist(p);
                for (HlsFiles.RenditionFiles r : renditions) {
                    HlsFileEntity f = new HlsFileEntity();
                    f.setPlaylist(p);
                    f.setResolution(r.resolution());
                    f.setWidth(r.width());
                    f.setHeight(r.height());
                    f.setFps((int) Math.round(r.fps()));
                    f.setPlaylistFilename(r.playlistFilename());
                    f.setSegmentsFilename(r.segmentsFilename());
                    f.setSize(size(dir.resolve(r.segmentsFilename())));
                    em.persist(f);
                }
                if (!webFiles.isEmpty()) {
                    // The renditions replace the original file (PeerTube does the same).
                    for (VideoFileEntity old : em.createQuery("SELECT f FROM VideoFileEntity f WHERE f.video = :v",
                        VideoFileEntity.class).setParameter("v", v).getResultList()) {
                        replaced.add(storage.resolve(storage.webVideos(), old.getFilename()));
                        if (old.getTorrentFilename() != null) {
                            replaced.add(storage.resolve(storage.torrents(), old.getTorrentFilename()));
                        }
                        em.remove(old);
                    }
                    for (WebFile w : webFiles) {
                        VideoFileEntity f = new VideoFileEntity();
                        f.setVideo(v);
                        f.setResolution(w.resolution());
                        f.setSize(w.size());
                        f.setFps((int) Math.round(w.info().fps()));
                        f.setWidth(w.info().width());
                        f.setHeight(w.info().height());
                        f.setHasAudio(w.info().hasAudio());
                        f.setFilename(w.filename());
                        f.setTorrentFilename(w.torrentFilename());
                        f.setInfoHash(w.infoHash());
                        f.setCreatedAt(System.currentTimeMillis());
                        em.persist(f);
                    }
                }
                if (v.getState() == VideoConstants.STATE_TO_TRANSCODE) {
                    v.setState(VideoConstants.STATE_PUBLISHED);
                    v.setPublishedAt(System.currentTimeMillis());
                }
                JobEntity j = em.find(JobEntity.class, jobId);
                j.setState("completed");
                j.setProgress(100);
                j.setError(null);
                j.setFinishedAt(System.currentTimeMillis());
                j.setUpdatedAt(System.currentTimeMillis());
            });
        } finally {
            changes.changed();
        }
        storage.delete(replaced.toArray(Path[]::new));
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private void fail(long jobId, long videoId, String message, String log, boolean permanent) {
        db.run(em -> {
            JobEntity j = em.find(JobEntity.class, jobId);
            if (j == null) {
                return;
            }
            long now = System.currentTimeMillis();
            j.setUpdatedAt(now);
            j.setError(truncate(message + (log.isEmpty() ? "" : "\n" + log)));
            if (!permanent && j.getAttempts() < MAX_ATTEMPTS) {
                j.setState("pending");
                j.setNextRunAt(now + 10_000L * (1L << j.getAttempts()));
                LOG.warn("Transcoding job {} failed (attempt {}), will retry: {}", jobId, j.getAttempts(), message);
                return;
            }
            j.setState("failed");
            j.setFinishedAt(now);
            VideoEntity v = em.find(VideoEntity.class, videoId);
            if (v != null && v.getState() == VideoConstants.STATE_TO_TRANSCODE) {
                v.setState(7);
            }
            LOG.error("Transcoding job {} failed for good: {}\n{}", jobId, message, log);
        });
        changes.changed();
    }

    private static String truncate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }

    private void finish(long jobId, String state, String error, int progress) {
        db.run(em -> {
            JobEntity j = em.find(JobEntity.class, jobId);
            if (j != null) {
                j.setState(state);
                j.setError(error);
                j.setProgress(progress);
                j.setFinishedAt(System.currentTimeMillis());
            }
        });
    }

    @Override
    public ResultList<Job> list(Caller caller, String state, int start, int count) {
        if (!caller.admin()) {
            throw BobineException.forbidden("Only administrators can see jobs");
        }
        if (start < 0 || count < 0 || count > 100) {
            throw BobineException.badRequest("start must be 0 or more and count between 0 and 100");
        }
        String internal = state == null ? null : switch (state) {
            case "waiting", "pending", "delayed" -> "pending";
            case "active", "processing" -> "processing";
            case "completed" -> "completed";
            case "failed" -> "failed";
            default -> throw BobineException.badRequest("state must be waiting, active, completed or failed");
        };
        String where = internal == null ? "" : " WHERE j.state = :s";
        return db.tx(em -> {
            var count0 = em.createQuery("SELECT COUNT(j) FROM JobEntity j" + where, Long.class);
            var page = em.createQuery("SELECT j FROM JobEntity j" + where + " ORDER BY j.id DESC", JobEntity.class);
            if (internal != null) {
                count0.setParameter("s", internal);
                page.setParameter("s", internal);
            }
            List<Job> jobs = new ArrayList<>();
            for (JobEntity j : page.setFirstResult(start).setMaxResults(count).getResultList()) {
                VideoEntity v = em.find(VideoEntity.class, j.getVideoId());
                Job d = new Job();
                d.id = j.getId();
                d.type = j.getType();
                d.state = switch (j.getState()) {
                    case "pending" -> "waiting";
                    case "processing" -> "active";
                    default -> j.getState();
                };
                d.data = v == null ? Map.of("videoId", j.getVideoId()) : Map.of("videoUUID", v.getUuid(), "videoId", v.getId());
                d.error = j.getError();
                d.progress = j.getProgress();
                d.attempts = j.getAttempts();
                d.createdAt = Dates.iso(j.getCreatedAt());
                d.processedOn = Dates.iso(j.getStartedAt());
                d.finishedOn = Dates.iso(j.getFinishedAt());
                jobs.add(d);
            }
            return new ResultList<>(count0.getSingleResult(), jobs);
        });
    }

    @Deactivate
    void close() {
        poller.shutdownNow();
        // Interrupting a worker stops its engine process; the job goes back to the queue at the next start.
        workers.shutdownNow();
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
