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
import org.bobine.core.impl.internal.entity.RunnerJobEntity;
import org.bobine.core.impl.internal.entity.StreamingPlaylistEntity;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.core.impl.internal.entity.VideoFileEntity;
import org.bobine.core.impl.internal.persistence.Database;
import org.bobine.core.impl.internal.service.Dtos;
import org.bobine.core.impl.internal.service.MediaPlacement;
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
    /** HLS segment duration, seconds; runners use the same. */
    public static final int SEGMENT_SECONDS = 4;
    /** Height and frame rate of the video made from an audio-only upload (its preview is 850x480). */
    static final int AUDIO_MERGE_HEIGHT = 480;
    static final int AUDIO_MERGE_FPS = 25;

    private final Database db;
    private final Storage storage;
    private final Settings settings;
    private final VideoChanges changes;
    private final ScheduledExecutorService poller;
    private final ExecutorService workers;
    private final Semaphore slots;
    private final AtomicInteger threadNumbers = new AtomicInteger();

    private final Engines engines;
    private final RunnerJobs runnerJobs;

    /**
     * @param db       the database
     * @param storage  the files
     * @param settings instance settings (resolutions, concurrency)
     * @param changes  tells list caches when a video is published
     * @param engines  the media engines
     */
    @Activate
    public TranscodingJobs(@Reference Database db, @Reference Storage storage, @Reference Settings settings,
                           @Reference VideoChanges changes, @Reference Engines engines) {
        this.db = db;
        this.engines = engines;
        this.runnerJobs = new RunnerJobs(db, storage);
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
            while (engines.any() && slots.tryAcquire()) {
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

    private record Input(String uuid, Path file, int state, Path stillImage, int privacy) {
    }

    /** A web-video rendition made by a job, installed in storage before the rows are written. */
    private record WebFile(int resolution, MediaInfo info, long size, String filename, String torrentFilename,
                           String infoHash) {
    }

    /** Makes one output file for a resolution: locally with an engine, or by taking a runner's result. */
    @FunctionalInterface
    private interface Producer {
        void produce(int resolution, int step) throws EngineException, IOException;
    }

    private Input input(long videoId) {
        return db.tx(em -> {
            VideoEntity v = em.find(VideoEntity.class, videoId);
            if (v == null) {
                return null;
            }
            List<VideoFileEntity> files = em.createQuery("SELECT f FROM VideoFileEntity f WHERE f.video = :v ORDER BY f.id",
                VideoFileEntity.class).setParameter("v", v).getResultList();
            Path still = v.getPreviewFilename() != null ? storage.resolve(storage.previews(), v.getPreviewFilename())
                : v.getThumbnailFilename() != null ? storage.resolve(storage.thumbnails(), v.getThumbnailFilename()) : null;
            return files.isEmpty() ? null
                : new Input(v.getUuid(), storage.webVideo(v.getPrivacy(), files.get(0).getFilename()), v.getState(), still,
                v.getPrivacy());
        });
    }

    private boolean remote(String runnerJobType) {
        return settings.remoteRunnerJobTypes().contains(runnerJobType);
    }

    private void run(long jobId) {
        JobEntity job = db.tx(em -> em.find(JobEntity.class, jobId));
        Input input = input(job.getVideoId());
        if (input == null) {
            finish(jobId, "completed", null, 100);
            return;
        }
        Path work = null;
        try {
            long started = System.currentTimeMillis();
            TranscodingEngine prober = engines.require(TranscodingEngine.Capability.PROBE);
            MediaInfo info = prober.probe(input.file(), Duration.ofMinutes(2));
            Duration bound = Duration.ofSeconds(Math.max(600, Math.round(info.durationSeconds() * 30)));
            if (!info.hasVideo()) {
                // An audio-only upload becomes a video of its still image first, which then replaces the
                // original file; a rerun of this job finds a video and goes on.
                Path merged;
                if (remote(RunnerJobs.AUDIO_MERGE)) {
                    List<RunnerJobEntity> merges = runnerJobs.of(jobId, RunnerJobs.AUDIO_MERGE);
                    if (merges.isEmpty()) {
                        runnerJobs.create(jobId, job.getVideoId(), input.uuid(), RunnerJobs.AUDIO_MERGE,
                            List.of(AUDIO_MERGE_HEIGHT), AUDIO_MERGE_FPS);
                        return;
                    }
                    if (!runnerJobs.allCompleted(merges)) {
                        runnerJobs.waitForRunners(jobId);
                        return;
                    }
                    merged = runnerJobs.result(merges.get(0), RunnerJobs.VIDEO_FILE);
                } else {
                    if (input.stillImage() == null || !Files.isRegularFile(input.stillImage())) {
                        throw new EngineException(EngineException.Kind.INVALID_INPUT,
                            "The audio file has no image to show with it", "");
                    }
                    work = storage.jobDirectory(jobId);
                    merged = work.resolve("merged.mp4");
                    engines.require(TranscodingEngine.Capability.AUDIO_MERGE).audioMerge(input.file(), input.stillImage(),
                        new Rendition(AUDIO_MERGE_HEIGHT, AUDIO_MERGE_FPS, 0, 128_000), merged,
                        f -> progress(jobId, f * 0.2), bound);
                }
                replaceOriginal(job.getVideoId(), input.privacy(), merged, prober.probe(merged, Duration.ofMinutes(1)));
                storage.deleteTree(work);
                work = null;
                input = input(job.getVideoId());
                info = prober.probe(input.file(), Duration.ofMinutes(2));
            }
            List<Integer> ladder = ladder(info.resolution());
            int fps = info.fps() > 0 ? (int) Math.min(60, Math.round(info.fps())) : 30;
            boolean hlsRemote = remote(RunnerJobs.HLS);
            boolean webRemote = settings.transcodingWebVideos() && remote(RunnerJobs.WEB_VIDEO);
            List<RunnerJobEntity> hlsJobs = hlsRemote ? runnerJobs.of(jobId, RunnerJobs.HLS) : List.of();
            List<RunnerJobEntity> webJobs = webRemote ? runnerJobs.of(jobId, RunnerJobs.WEB_VIDEO) : List.of();
            if (hlsRemote && hlsJobs.isEmpty() || webRemote && webJobs.isEmpty()) {
                if (hlsRemote && hlsJobs.isEmpty()) {
                    runnerJobs.create(jobId, job.getVideoId(), input.uuid(), RunnerJobs.HLS, ladder, fps);
                }
                if (webRemote && webJobs.isEmpty()) {
                    runnerJobs.create(jobId, job.getVideoId(), input.uuid(), RunnerJobs.WEB_VIDEO, ladder, fps);
                }
                LOG.info("Video {}: {} handed to remote runners", input.uuid(), ladder);
                return;
            }
            if (!runnerJobs.allCompleted(hlsJobs) || !runnerJobs.allCompleted(webJobs)) {
                runnerJobs.waitForRunners(jobId);
                return;
            }
            if (hlsRemote) {
                ladder = hlsJobs.stream().map(RunnerJobEntity::getResolution).sorted().toList();
            }
            Path dir = storage.jobDirectory(jobId);
            work = dir;
            Path source = input.file();
            int steps = (hlsRemote ? 0 : ladder.size()) + (settings.transcodingWebVideos() && !webRemote ? ladder.size() : 0);
            Producer hls = hlsRemote
                ? (res, step) -> {
                    RunnerJobEntity r = byResolution(hlsJobs, res);
                    link(runnerJobs.result(r, RunnerJobs.PLAYLIST_FILE), dir.resolve(res + ".m3u8"));
                    link(runnerJobs.result(r, RunnerJobs.VIDEO_FILE), dir.resolve(res + "-fragmented.mp4"));
                }
                : (res, step) -> engines.require(TranscodingEngine.Capability.HLS_FMP4).hlsRendition(source,
                    Rendition.of(res), dir, String.valueOf(res), SEGMENT_SECONDS,
                    f -> progress(jobId, (step + f) / steps), bound);
            List<HlsFiles.RenditionFiles> renditions = new ArrayList<>();
            for (int i = 0; i < ladder.size(); i++) {
                int res = ladder.get(i);
                hls.produce(res, i);
                Path playlist = work.resolve(res + ".m3u8");
                MediaInfo out = prober.probe(playlist, Duration.ofMinutes(1));
                renditions.add(new HlsFiles.RenditionFiles(res, out.width(), out.height(), out.fps(),
                    out.durationSeconds(), res + ".m3u8", res + "-fragmented.mp4"));
            }
            int webOffset = hlsRemote ? 0 : ladder.size();
            Producer web = webRemote
                ? (res, step) -> link(runnerJobs.result(byResolution(webJobs, res), RunnerJobs.VIDEO_FILE),
                    dir.resolve("web-" + res + ".mp4"))
                : (res, step) -> engines.require(TranscodingEngine.Capability.WEB_VIDEO).webVideo(source, Rendition.of(res),
                    dir.resolve("web-" + res + ".mp4"), f -> progress(jobId, (webOffset + step + f) / steps), bound);
            List<WebFile> webFiles = settings.transcodingWebVideos()
                ? webVideos(web, prober, input.privacy(), webRemote ? webJobs.stream().map(RunnerJobEntity::getResolution).sorted().toList()
                    : ladder, work) : List.of();
            Files.writeString(work.resolve("master.m3u8"), HlsFiles.master(work, renditions));
            Files.writeString(work.resolve("segments-sha256.json"), HlsFiles.segmentsSha256(work, renditions));
            Path target = storage.hlsDirectory(input.privacy(), input.uuid());
            storage.deleteTree(target);
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            work = null;
            publish(jobId, job.getVideoId(), input.uuid(), target, renditions, webFiles);
            // The video may have changed sides (public, private) while it was transcoded.
            MediaPlacement.place(db, storage, job.getVideoId());
            runnerJobs.clearResults(jobId);
            LOG.info("Video {} transcoded to HLS {}{} in {} s", input.uuid(), ladder,
                hlsRemote || webRemote ? " by remote runners" : "", (System.currentTimeMillis() - started) / 1000);
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

    private static RunnerJobEntity byResolution(List<RunnerJobEntity> jobs, int resolution) throws IOException {
        return jobs.stream().filter(j -> j.getResolution() == resolution).findFirst()
            .orElseThrow(() -> new IOException("No runner result for " + resolution + "p"));
    }

    /** A hard link when possible (same file system), a copy otherwise: the runner's result stays until publication. */
    private static void link(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from)) {
            throw new IOException("A runner result is missing: " + from.getFileName());
        }
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Installs a video made from an audio-only upload as the video's file, in place of the audio file,
     * with a new torrent; the old file goes once the row points to the new one.
     */
    private void replaceOriginal(long videoId, int privacy, Path merged, MediaInfo info) throws IOException {
        String id = java.util.UUID.randomUUID().toString();
        int res = info.resolution();
        String filename = id + "-" + res + ".mp4";
        String torrentName = id + "-" + res + ".torrent";
        Torrents.Torrent torrent = Torrents.build(merged, filename, webSeed(privacy, filename), new Dtos(settings).trackers());
        Path torrentTmp = storage.writeTemp(new java.io.ByteArrayInputStream(torrent.metainfo()));
        long size = Files.size(merged);
        Path videoFile = storage.webVideo(privacy, filename);
        Path torrentFile = storage.resolve(storage.torrents(), torrentName);
        Path tmpCopy = storage.newTempFile();
        Files.copy(merged, tmpCopy, StandardCopyOption.REPLACE_EXISTING);
        storage.install(tmpCopy, videoFile);
        storage.install(torrentTmp, torrentFile);
        List<Path> old = new ArrayList<>();
        try {
            db.run(em -> {
                VideoEntity v = em.find(VideoEntity.class, videoId);
                List<VideoFileEntity> files = v == null ? List.of() : em.createQuery(
                    "SELECT f FROM VideoFileEntity f WHERE f.video = :v ORDER BY f.id", VideoFileEntity.class)
                    .setParameter("v", v).getResultList();
                if (files.isEmpty()) {
                    old.add(videoFile);
                    old.add(torrentFile);
                    return;
                }
                VideoFileEntity f = files.get(0);
                old.add(storage.webVideo(v.getPrivacy(), f.getFilename()));
                if (f.getTorrentFilename() != null) {
                    old.add(storage.resolve(storage.torrents(), f.getTorrentFilename()));
                }
                f.setFilename(filename);
                f.setTorrentFilename(torrentName);
                f.setInfoHash(torrent.infoHash());
                f.setResolution(res);
                f.setSize(size);
                f.setFps((int) Math.round(info.fps()));
                f.setWidth(info.width());
                f.setHeight(info.height());
                f.setHasAudio(info.hasAudio());
                v.setAspectRatio(info.height() > 0 ? Math.round(info.width() * 10000.0 / info.height()) / 10000.0 : null);
            });
        } catch (RuntimeException e) {
            storage.delete(videoFile, torrentFile);
            throw e;
        }
        storage.delete(old.toArray(Path[]::new));
        changes.changed();
    }

    /** The web seed of a torrent: the file's URL on the side its video is on. */
    private String webSeed(int privacy, String filename) {
        return settings.publicUrl() + "/static/web-videos/" + (Storage.isPrivate(privacy) ? Storage.PRIVATE + "/" : "") + filename;
    }

    /**
     * Makes a faststart MP4 per resolution with its torrent, and installs both in storage (no row yet: a
     * crash before the rows leaves unreferenced files that the next start sweeps).
     */
    private List<WebFile> webVideos(Producer producer, TranscodingEngine prober, int privacy, List<Integer> ladder, Path work)
        throws EngineException, IOException {
        List<WebFile> out = new ArrayList<>();
        try {
            for (int i = 0; i < ladder.size(); i++) {
                int res = ladder.get(i);
                Path mp4 = work.resolve("web-" + res + ".mp4");
                producer.produce(res, i);
                MediaInfo info = prober.probe(mp4, Duration.ofMinutes(1));
                String id = java.util.UUID.randomUUID().toString();
                String filename = id + "-" + res + ".mp4";
                String torrentName = id + "-" + res + ".torrent";
                Torrents.Torrent torrent = Torrents.build(mp4, filename, webSeed(privacy, filename), new Dtos(settings).trackers());
                Path torrentFile = work.resolve("web-" + res + ".torrent");
                Files.write(torrentFile, torrent.metainfo());
                long size = Files.size(mp4);
                storage.install(mp4, storage.webVideo(privacy, filename));
                out.add(new WebFile(res, info, size, filename, torrentName, torrent.infoHash()));
                storage.install(torrentFile, storage.resolve(storage.torrents(), torrentName));
            }
            return out;
        } catch (EngineException | IOException | RuntimeException ex) {
            for (WebFile w : out) {
                storage.delete(storage.webVideo(privacy, w.filename()),
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
                        replaced.add(storage.webVideo(v.getPrivacy(), old.getFilename()));
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
            em.createQuery("UPDATE RunnerJobEntity r SET r.state = :failed, r.updatedAt = :now WHERE r.parentJobId = :id "
                    + "AND r.state IN (1, 2)").setParameter("failed", RunnerJobs.PARENT_ERRORED).setParameter("now", now)
                .setParameter("id", jobId).executeUpdate();
            LOG.error("Transcoding job {} failed for good: {}\n{}", jobId, message, log);
        });
        if ("failed".equals(db.tx(em -> em.find(JobEntity.class, jobId)).getState())) {
            runnerJobs.clearResults(jobId);
        }
        changes.changed();
    }

    /**
     * Fails a video's transcoding job for good, e.g. when one of its runner jobs failed too often or was
     * cancelled: the video shows the failed state with the reason.
     *
     * @param jobId   the video's job
     * @param message why
     */
    public void failForGood(long jobId, String message) {
        JobEntity j = db.tx(em -> em.find(JobEntity.class, jobId));
        if (j != null && !"failed".equals(j.getState()) && !"completed".equals(j.getState())) {
            fail(jobId, j.getVideoId(), message, "", true);
        }
    }

    /**
     * Puts a parent job that waited for runners back in the queue, once they are all done.
     *
     * @param jobId the video's job
     */
    public void runnersDone(long jobId) {
        int woken = db.tx(em -> em.createQuery("UPDATE JobEntity j SET j.state = 'pending', j.nextRunAt = :now, "
                + "j.updatedAt = :now WHERE j.id = :id AND j.state = :waiting").setParameter("now", System.currentTimeMillis())
            .setParameter("id", jobId).setParameter("waiting", RunnerJobs.PARENT_WAITING).executeUpdate());
        if (woken > 0) {
            wakeUp();
        }
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
        caller.requireUser();
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
        String where = internal == null ? "" : "processing".equals(internal)
            ? " WHERE j.state = :s OR j.state = '" + RunnerJobs.PARENT_WAITING + "'" : " WHERE j.state = :s";
        return db.tx(em -> {
            var count0 = em.createQuery("SELECT COUNT(j) FROM JobEntity j" + where, Long.class);
            var page = em.createQuery("SELECT j FROM JobEntity j" + where + " ORDER BY j.id DESC", JobEntity.class);
            if (internal != null) {
                count0.setParameter("s", internal);
                page.setParameter("s", internal);
            }
            List<Job> jobs = new ArrayList<>();
            for (JobEntity j : page.setFirstResult(start).setMaxResults(count).getResultList()) {
                jobs.add(dto(em, j));
            }
            return new ResultList<>(count0.getSingleResult(), jobs);
        });
    }

    @Override
    public List<Job> forVideo(Caller caller, String videoId) {
        caller.requireUser();
        return db.tx(em -> {
            VideoEntity v = org.bobine.core.impl.internal.service.VideoAccess.findOwned(em, caller, videoId);
            List<Job> jobs = new ArrayList<>();
            for (JobEntity j : em.createQuery("SELECT j FROM JobEntity j WHERE j.videoId = :v ORDER BY j.id DESC",
                JobEntity.class).setParameter("v", v.getId()).getResultList()) {
                jobs.add(dto(em, j));
            }
            return jobs;
        });
    }

    private static Job dto(EntityManager em, JobEntity j) {
        VideoEntity v = em.find(VideoEntity.class, j.getVideoId());
        Job d = new Job();
        d.id = j.getId();
        d.type = j.getType();
        d.state = switch (j.getState()) {
            case "pending" -> "waiting";
            case "processing", RunnerJobs.PARENT_WAITING -> "active";
            default -> j.getState();
        };
        d.data = v == null ? Map.of("videoId", j.getVideoId()) : Map.of("videoUUID", v.getUuid(), "videoId", v.getId());
        d.error = j.getError();
        d.progress = j.getProgress();
        if (RunnerJobs.PARENT_WAITING.equals(j.getState())) {
            // Work done by runners: the mean of their progress.
            long all = 0;
            long sum = 0;
            for (Object[] r : em.createQuery("SELECT r.state, r.progress FROM RunnerJobEntity r WHERE r.parentJobId = :id",
                Object[].class).setParameter("id", j.getId()).getResultList()) {
                all++;
                sum += ((Number) r[0]).intValue() == RunnerJobs.COMPLETED ? 100 : ((Number) r[1]).intValue();
            }
            d.progress = all == 0 ? 0 : (int) (sum / all);
        }
        d.attempts = j.getAttempts();
        d.createdAt = Dates.iso(j.getCreatedAt());
        d.processedOn = Dates.iso(j.getStartedAt());
        d.finishedOn = Dates.iso(j.getFinishedAt());
        return d;
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
