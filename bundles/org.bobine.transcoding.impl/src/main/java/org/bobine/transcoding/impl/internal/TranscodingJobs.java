package org.bobine.transcoding.impl.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManager;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.media.api.EngineException;
import org.bobine.media.api.MediaInfo;
import org.bobine.media.api.Rendition;
import org.bobine.media.api.TranscodingEngine;
import org.bobine.transcoding.api.Job;
import org.bobine.transcoding.api.JobService;
import org.bobine.transcoding.impl.internal.entity.JobEntity;
import org.bobine.transcoding.impl.internal.entity.RunnerJobEntity;
import org.bobine.video.api.media.HlsRendition;
import org.bobine.video.api.media.TranscodingPipeline;
import org.bobine.video.api.media.VideoMedia;
import org.bobine.video.api.media.VideoMediaService;
import org.bobine.video.api.media.WebVideoRendition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transcoding pipeline: its persistent job queue and local workers, registered as the core's
 * {@link TranscodingPipeline}. Work comes from the core: a video waiting for transcoding is taken into a job
 * row here (then marked taken there; taking twice is harmless). A worker claims a job, builds the HLS ladder
 * in {@code tmp/jobs/<id>/} through the media engines (or takes remote runners' results), and hands the
 * finished folder to the core, which moves it into storage in one rename and publishes the video. A crash at
 * any point leaves either nothing visible or a published video: at start, jobs that were running go back to
 * the queue and their work folders are removed. Failures are retried with backoff, then the job and the
 * video are marked failed with the reason. Without an engine, jobs wait.
 */
@Component(service = {TranscodingJobs.class, JobService.class, TranscodingPipeline.class}, immediate = true)
public class TranscodingJobs implements JobService, TranscodingPipeline {

    /** The type of the HLS transcoding job. */
    public static final String TYPE = "video-transcoding";
    private static final Logger LOG = LoggerFactory.getLogger(TranscodingJobs.class);
    private static final int MAX_ATTEMPTS = 3;
    /** HLS segment duration, seconds; runners use the same. */
    public static final int SEGMENT_SECONDS = 4;
    /** Height and frame rate of the video made from an audio-only upload (its preview is 850x480). */
    static final int AUDIO_MERGE_HEIGHT = 480;
    static final int AUDIO_MERGE_FPS = 25;

    private final TranscodingDatabase db;
    private final WorkFolders folders;
    private final TranscodingSettings settings;
    private final VideoMediaService media;
    private final Engines engines;
    private final RunnerJobs runnerJobs;
    private final ScheduledExecutorService poller;
    private final ExecutorService workers;
    private final Semaphore slots;
    private final AtomicInteger threadNumbers = new AtomicInteger();

    /**
     * @param db       the pipeline's tables
     * @param folders  the pipeline's work folders
     * @param settings resolutions, concurrency, runners
     * @param media    the videos' media, in the core
     * @param engines  the media engines
     */
    @Activate
    public TranscodingJobs(@Reference TranscodingDatabase db, @Reference WorkFolders folders,
                           @Reference TranscodingSettings settings, @Reference VideoMediaService media,
                           @Reference Engines engines) {
        this.db = db;
        this.folders = folders;
        this.settings = settings;
        this.media = media;
        this.engines = engines;
        this.runnerJobs = new RunnerJobs(db, folders);
        int resumed = db.tx(em -> em.createQuery("UPDATE JobEntity j SET j.state = 'pending' WHERE j.state = 'processing'")
            .executeUpdate());
        folders.cleanJobDirectories();
        if (resumed > 0) {
            LOG.info("{} interrupted transcoding jobs are back in the queue", resumed);
        }
        forgetDeletedVideos();
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

    // ---------------------------------------------------------------- work from the core

    /** Looks for work now rather than at the next tick; called after an upload. */
    @Override
    public void wakeUp() {
        try {
            poller.execute(this::poll);
        } catch (RejectedExecutionException e) {
            // stopping
        }
    }

    @Override
    public void videoDeleted(long videoId) {
        List<Long> jobs = db.tx(em -> em.createQuery("SELECT j.id FROM JobEntity j WHERE j.videoId = :v", Long.class)
            .setParameter("v", videoId).getResultList());
        for (long jobId : jobs) {
            runnerJobs.clearResults(jobId);
        }
        // A runner still working on one of its runner jobs is told the job is unknown at its next call.
        db.run(em -> {
            em.createQuery("DELETE FROM RunnerJobEntity r WHERE r.videoId = :v").setParameter("v", videoId).executeUpdate();
            em.createQuery("DELETE FROM JobEntity j WHERE j.videoId = :v").setParameter("v", videoId).executeUpdate();
        });
    }

    /** Jobs of videos deleted while the pipeline was not running go at start. */
    private void forgetDeletedVideos() {
        List<Long> videos = db.tx(em -> em.createQuery("SELECT DISTINCT j.videoId FROM JobEntity j WHERE j.state <> 'completed' "
            + "AND j.state <> 'failed'", Long.class).getResultList());
        for (long videoId : videos) {
            if (media.media(videoId) == null) {
                videoDeleted(videoId);
            }
        }
    }

    /**
     * Takes the videos waiting in the core into this queue: a job row each (unless one is already queued,
     * after a crash between the two commits), then tells the core they are taken.
     */
    private void intake() {
        for (long videoId : media.awaitingTranscoding(20)) {
            db.run(em -> {
                long queued = em.createQuery("SELECT COUNT(j) FROM JobEntity j WHERE j.videoId = :v AND j.state <> 'completed' "
                    + "AND j.state <> 'failed'", Long.class).setParameter("v", videoId).getSingleResult();
                if (queued == 0) {
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
            });
            media.taken(videoId);
        }
    }

    private void poll() {
        try {
            intake();
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

    // ---------------------------------------------------------------- one job, in named steps

    /** Makes one output file for a resolution: locally with an engine, or by taking a runner's result. */
    @FunctionalInterface
    private interface Producer {
        void produce(int resolution, int step) throws EngineException, IOException;
    }

    /** What a job works on, and where. */
    private static final class Work {
        final long jobId;
        final long videoId;
        VideoMedia video;
        MediaInfo info;
        Duration bound;
        Path dir;

        Work(long jobId, long videoId) {
            this.jobId = jobId;
            this.videoId = videoId;
        }
    }

    /** A step that may leave the job waiting for remote runners: then the job stops there and runs again later. */
    private static final class WaitingForRunners extends Exception {
        private static final long serialVersionUID = 1L;

        WaitingForRunners() {
            super(null, null, false, false);
        }
    }

    private boolean remote(String runnerJobType) {
        return settings.remoteRunnerJobTypes().contains(runnerJobType);
    }

    private void run(long jobId) {
        JobEntity job = db.tx(em -> em.find(JobEntity.class, jobId));
        Work w = new Work(jobId, job.getVideoId());
        w.video = media.media(w.videoId);
        if (w.video == null || w.video.original() == null) {
            finish(jobId, "completed", null, 100);
            return;
        }
        try {
            long started = System.currentTimeMillis();
            TranscodingEngine prober = engines.require(TranscodingEngine.Capability.PROBE);
            w.info = prober.probe(w.video.original(), Duration.ofMinutes(2));
            w.bound = Duration.ofSeconds(Math.max(600, Math.round(w.info.durationSeconds() * 30)));
            if (!w.info.hasVideo()) {
                mergeAudio(w, prober);
            }
            List<Integer> ladder = ladder(w.info.resolution());
            int fps = w.info.fps() > 0 ? (int) Math.min(60, Math.round(w.info.fps())) : 30;
            RemoteResults remote = handToRunners(w, ladder, fps);
            if (remote.hlsRemote()) {
                ladder = remote.hls().stream().map(RunnerJobEntity::getResolution).sorted().toList();
            }
            w.dir = folders.jobDirectory(jobId);
            List<HlsFiles.RenditionFiles> hls = produceHls(w, ladder, remote, prober);
            List<WebVideoRendition> web = settings.transcodingWebVideos() ? produceWebVideos(w, ladder, remote, prober) : List.of();
            Files.writeString(w.dir.resolve("master.m3u8"), HlsFiles.master(w.dir, hls));
            Files.writeString(w.dir.resolve("segments-sha256.json"), HlsFiles.segmentsSha256(w.dir, hls));
            publish(w, hls, web);
            LOG.info("Video {} transcoded to HLS {}{} in {} s", w.video.uuid(), ladder,
                remote.hlsRemote() || remote.webRemote() ? " by remote runners" : "", (System.currentTimeMillis() - started) / 1000);
        } catch (WaitingForRunners waiting) {
            // Parked until its runner jobs are done: runnersDone() puts it back in the queue.
        } catch (EngineException ex) {
            if (ex.kind() == EngineException.Kind.CANCELLED && workers.isShutdown()) {
                // Stopped with the instance: left "processing", it goes back to the queue at the next start.
                return;
            }
            fail(jobId, w.videoId, ex.getMessage(), ex.log(), ex.kind() == EngineException.Kind.INVALID_INPUT);
        } catch (IOException | RuntimeException ex) {
            LOG.warn("Transcoding job {} failed", jobId, ex);
            fail(jobId, w.videoId, String.valueOf(ex.getMessage()), "", false);
        } finally {
            // Whatever a failed step left: the work folder, and the web videos made next to it.
            if (w.dir != null) {
                folders.deleteTree(w.dir.resolveSibling(w.dir.getFileName() + "-web"));
            }
            folders.deleteTree(w.dir);
        }
    }

    /**
     * Step 1, for an audio-only upload: it becomes a video of its still image first, which then replaces the
     * original file in the core; a rerun of the job finds a video and goes on.
     */
    private void mergeAudio(Work w, TranscodingEngine prober) throws EngineException, IOException, WaitingForRunners {
        Path merged;
        if (remote(RunnerJobs.AUDIO_MERGE)) {
            List<RunnerJobEntity> merges = runnerJobs.of(w.jobId, RunnerJobs.AUDIO_MERGE);
            if (merges.isEmpty()) {
                runnerJobs.create(w.jobId, w.videoId, w.video.uuid(), RunnerJobs.AUDIO_MERGE, List.of(AUDIO_MERGE_HEIGHT),
                    AUDIO_MERGE_FPS);
                throw new WaitingForRunners();
            }
            if (!runnerJobs.allCompleted(merges)) {
                runnerJobs.waitForRunners(w.jobId);
                throw new WaitingForRunners();
            }
            // A copy: the runner's result stays until the job is done.
            w.dir = folders.jobDirectory(w.jobId);
            merged = w.dir.resolve("merged.mp4");
            Files.copy(runnerJobs.result(merges.get(0), RunnerJobs.VIDEO_FILE), merged, StandardCopyOption.REPLACE_EXISTING);
        } else {
            if (w.video.stillImage() == null || !Files.isRegularFile(w.video.stillImage())) {
                throw new EngineException(EngineException.Kind.INVALID_INPUT, "The audio file has no image to show with it", "");
            }
            w.dir = folders.jobDirectory(w.jobId);
            merged = w.dir.resolve("merged.mp4");
            engines.require(TranscodingEngine.Capability.AUDIO_MERGE).audioMerge(w.video.original(), w.video.stillImage(),
                new Rendition(AUDIO_MERGE_HEIGHT, AUDIO_MERGE_FPS, 0, 128_000), merged, f -> progress(w.jobId, f * 0.2), w.bound);
        }
        MediaInfo info = prober.probe(merged, Duration.ofMinutes(1));
        media.replaceOriginal(w.videoId, new WebVideoRendition(merged, info.resolution(), info.width(), info.height(),
            info.fps(), info.hasAudio()));
        folders.deleteTree(w.dir);
        w.dir = null;
        w.video = media.media(w.videoId);
        if (w.video == null || w.video.original() == null) {
            throw new IOException("The video was deleted while it was transcoded");
        }
        w.info = prober.probe(w.video.original(), Duration.ofMinutes(2));
    }

    /** What remote runners do for this job, and their runner jobs. */
    private record RemoteResults(boolean hlsRemote, boolean webRemote, List<RunnerJobEntity> hls, List<RunnerJobEntity> web) {
    }

    /**
     * Step 2: the renditions configured for remote runners are handed to them (the job then waits), and once
     * they are all done their results are what the next steps use.
     */
    private RemoteResults handToRunners(Work w, List<Integer> ladder, int fps) throws WaitingForRunners {
        boolean hlsRemote = remote(RunnerJobs.HLS);
        boolean webRemote = settings.transcodingWebVideos() && remote(RunnerJobs.WEB_VIDEO);
        List<RunnerJobEntity> hlsJobs = hlsRemote ? runnerJobs.of(w.jobId, RunnerJobs.HLS) : List.of();
        List<RunnerJobEntity> webJobs = webRemote ? runnerJobs.of(w.jobId, RunnerJobs.WEB_VIDEO) : List.of();
        if (hlsRemote && hlsJobs.isEmpty() || webRemote && webJobs.isEmpty()) {
            if (hlsRemote && hlsJobs.isEmpty()) {
                runnerJobs.create(w.jobId, w.videoId, w.video.uuid(), RunnerJobs.HLS, ladder, fps);
            }
            if (webRemote && webJobs.isEmpty()) {
                runnerJobs.create(w.jobId, w.videoId, w.video.uuid(), RunnerJobs.WEB_VIDEO, ladder, fps);
            }
            LOG.info("Video {}: {} handed to remote runners", w.video.uuid(), ladder);
            throw new WaitingForRunners();
        }
        if (!runnerJobs.allCompleted(hlsJobs) || !runnerJobs.allCompleted(webJobs)) {
            runnerJobs.waitForRunners(w.jobId);
            throw new WaitingForRunners();
        }
        return new RemoteResults(hlsRemote, webRemote, hlsJobs, webJobs);
    }

    /** How many local encodings this job does, for its progress. */
    private int localSteps(List<Integer> ladder, RemoteResults remote) {
        return (remote.hlsRemote() ? 0 : ladder.size())
            + (settings.transcodingWebVideos() && !remote.webRemote() ? ladder.size() : 0);
    }

    /** Step 3: one HLS rendition per resolution in the work folder, probed. */
    private List<HlsFiles.RenditionFiles> produceHls(Work w, List<Integer> ladder, RemoteResults remote,
                                                     TranscodingEngine prober) throws EngineException, IOException {
        int steps = localSteps(ladder, remote);
        Path source = w.video.original();
        Producer hls = remote.hlsRemote()
            ? (res, step) -> {
                RunnerJobEntity r = byResolution(remote.hls(), res);
                link(runnerJobs.result(r, RunnerJobs.PLAYLIST_FILE), w.dir.resolve(res + ".m3u8"));
                link(runnerJobs.result(r, RunnerJobs.VIDEO_FILE), w.dir.resolve(res + "-fragmented.mp4"));
            }
            : (res, step) -> engines.require(TranscodingEngine.Capability.HLS_FMP4).hlsRendition(source,
                Rendition.of(res), w.dir, String.valueOf(res), SEGMENT_SECONDS,
                f -> progress(w.jobId, (step + f) / steps), w.bound);
        List<HlsFiles.RenditionFiles> renditions = new ArrayList<>();
        for (int i = 0; i < ladder.size(); i++) {
            int res = ladder.get(i);
            hls.produce(res, i);
            MediaInfo out = prober.probe(w.dir.resolve(res + ".m3u8"), Duration.ofMinutes(1));
            renditions.add(new HlsFiles.RenditionFiles(res, out.width(), out.height(), out.fps(),
                out.durationSeconds(), res + ".m3u8", res + "-fragmented.mp4"));
        }
        return renditions;
    }

    /** Step 4, when configured: a faststart MP4 per resolution, probed; the core names them and makes their torrents. */
    private List<WebVideoRendition> produceWebVideos(Work w, List<Integer> ladder, RemoteResults remote,
                                                     TranscodingEngine prober) throws EngineException, IOException {
        int steps = localSteps(ladder, remote);
        int offset = remote.hlsRemote() ? 0 : ladder.size();
        Path source = w.video.original();
        Producer web = remote.webRemote()
            ? (res, step) -> link(runnerJobs.result(byResolution(remote.web(), res), RunnerJobs.VIDEO_FILE),
                w.dir.resolve("web-" + res + ".mp4"))
            : (res, step) -> engines.require(TranscodingEngine.Capability.WEB_VIDEO).webVideo(source, Rendition.of(res),
                w.dir.resolve("web-" + res + ".mp4"), f -> progress(w.jobId, (offset + step + f) / steps), w.bound);
        List<Integer> resolutions = remote.webRemote()
            ? remote.web().stream().map(RunnerJobEntity::getResolution).sorted().toList() : ladder;
        // Web videos live next to the HLS folder, not in it: the core installs them apart.
        Path webDir = Files.createDirectories(w.dir.resolveSibling(w.dir.getFileName() + "-web"));
        List<WebVideoRendition> out = new ArrayList<>();
        for (int i = 0; i < resolutions.size(); i++) {
            int res = resolutions.get(i);
            web.produce(res, i);
            Path mp4 = webDir.resolve("web-" + res + ".mp4");
            Files.move(w.dir.resolve("web-" + res + ".mp4"), mp4, StandardCopyOption.REPLACE_EXISTING);
            MediaInfo info = prober.probe(mp4, Duration.ofMinutes(1));
            out.add(new WebVideoRendition(mp4, res, info.width(), info.height(), info.fps(), info.hasAudio()));
        }
        return out;
    }

    /** Step 5: the core installs the folder and the files and publishes the video; then the job is done. */
    private void publish(Work w, List<HlsFiles.RenditionFiles> hls, List<WebVideoRendition> web) throws IOException {
        Path webDir = w.dir.resolveSibling(w.dir.getFileName() + "-web");
        try {
            media.publish(w.videoId, w.dir, hls.stream().map(r -> new HlsRendition(r.resolution(), r.width(), r.height(),
                r.fps(), r.playlistFilename(), r.segmentsFilename())).toList(), web);
            w.dir = null;
        } finally {
            folders.deleteTree(webDir);
        }
        db.run(em -> {
            JobEntity j = em.find(JobEntity.class, w.jobId);
            if (j != null) {
                j.setState("completed");
                j.setProgress(100);
                j.setError(null);
                j.setFinishedAt(System.currentTimeMillis());
                j.setUpdatedAt(System.currentTimeMillis());
            }
        });
        runnerJobs.clearResults(w.jobId);
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

    private void fail(long jobId, long videoId, String message, String log, boolean permanent) {
        boolean forGood = db.tx(em -> {
            JobEntity j = em.find(JobEntity.class, jobId);
            if (j == null) {
                return false;
            }
            long now = System.currentTimeMillis();
            j.setUpdatedAt(now);
            j.setError(truncate(message + (log.isEmpty() ? "" : "\n" + log)));
            if (!permanent && j.getAttempts() < MAX_ATTEMPTS) {
                j.setState("pending");
                j.setNextRunAt(now + 10_000L * (1L << j.getAttempts()));
                LOG.warn("Transcoding job {} failed (attempt {}), will retry: {}", jobId, j.getAttempts(), message);
                return false;
            }
            j.setState("failed");
            j.setFinishedAt(now);
            em.createQuery("UPDATE RunnerJobEntity r SET r.state = :failed, r.updatedAt = :now WHERE r.parentJobId = :id "
                    + "AND r.state IN (1, 2)").setParameter("failed", RunnerJobs.PARENT_ERRORED).setParameter("now", now)
                .setParameter("id", jobId).executeUpdate();
            LOG.error("Transcoding job {} failed for good: {}\n{}", jobId, message, log);
            return true;
        });
        if (forGood) {
            media.failed(videoId);
            runnerJobs.clearResults(jobId);
        }
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

    private static String iso(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
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
        VideoMedia v = media.owned(caller, videoId);
        return db.tx(em -> {
            List<Job> jobs = new ArrayList<>();
            for (JobEntity j : em.createQuery("SELECT j FROM JobEntity j WHERE j.videoId = :v ORDER BY j.id DESC",
                JobEntity.class).setParameter("v", v.id()).getResultList()) {
                jobs.add(dto(em, j));
            }
            return jobs;
        });
    }

    private Job dto(EntityManager em, JobEntity j) {
        VideoMedia v = media.media(j.getVideoId());
        Job d = new Job();
        d.id = j.getId();
        d.type = j.getType();
        d.state = switch (j.getState()) {
            case "pending" -> "waiting";
            case "processing", RunnerJobs.PARENT_WAITING -> "active";
            default -> j.getState();
        };
        d.data = v == null ? Map.of("videoId", j.getVideoId()) : Map.of("videoUUID", v.uuid(), "videoId", v.id());
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
        d.createdAt = iso(j.getCreatedAt());
        d.processedOn = iso(j.getStartedAt());
        d.finishedOn = iso(j.getFinishedAt());
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
