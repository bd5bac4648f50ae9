package org.bobine.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bobine.media.api.EngineException;
import org.bobine.media.api.MediaInfo;
import org.bobine.media.api.Rendition;
import org.bobine.media.api.TranscodingEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes jobs from the instance and runs them until stopped: asks for work every poll interval, accepts one
 * job per worker, downloads its input, runs the engine while reporting progress (which also tells the
 * instance the runner is alive), and sends the result or the error. Stopping (Ctrl-C, SIGTERM) cancels the
 * running engine processes and gives the jobs back.
 */
final class Server {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    /** The job types this runner does (PeerTube's names). */
    static final List<String> JOB_TYPES = List.of("vod-hls-transcoding", "vod-web-video-transcoding",
        "vod-audio-merge-transcoding");
    /** HLS segment duration, the same as the instance's. */
    private static final int SEGMENT_SECONDS = 4;
    private static final long UPDATE_MILLIS = 10_000;

    private final RunnerConfig config;
    private final InstanceClient instance;
    private final TranscodingEngine engine;
    private final int concurrency;
    private final long pollMillis;
    private final List<Thread> workers = new ArrayList<>();
    private final ScheduledExecutorService updates = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bobine-runner-updates");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean running = true;

    Server(RunnerConfig config, InstanceClient instance, TranscodingEngine engine, int concurrency, long pollMillis) {
        this.config = config;
        this.instance = instance;
        this.engine = engine;
        this.concurrency = Math.max(1, concurrency);
        this.pollMillis = Math.max(200, pollMillis);
    }

    /** Runs the workers until {@link #stop}. */
    void run() throws InterruptedException {
        LOG.info("{} '{}' taking jobs from {} with {} worker(s)", Version.get(), config.name(), config.url(), concurrency);
        for (int i = 0; i < concurrency; i++) {
            Thread t = new Thread(this::work, "bobine-runner-worker-" + (i + 1));
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        updates.shutdownNow();
        LOG.info("Stopped");
    }

    /** Stops taking jobs, cancels the running ones and gives them back to the instance. */
    void stop() {
        if (!running) {
            return;
        }
        running = false;
        LOG.info("Stopping: running jobs are given back to the instance");
        workers.forEach(Thread::interrupt);
        for (Thread t : workers) {
            try {
                t.join(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void work() {
        while (running) {
            try {
                if (!takeOne()) {
                    Thread.sleep(pollMillis);
                }
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
                Thread.interrupted();
            } catch (RunnerException e) {
                LOG.warn("{}", e.getMessage());
                if (e.status() == 404 && e.getMessage().contains("runner token")) {
                    LOG.error("The instance does not know this runner any more; register it again");
                    running = false;
                    return;
                }
                sleepQuietly(pollMillis * 2);
            } catch (RuntimeException e) {
                LOG.error("Unexpected failure", e);
                sleepQuietly(pollMillis * 2);
            }
        }
    }

    private void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            if (running) {
                Thread.interrupted();
            }
        }
    }

    /** @return whether a job was found (so the next one is asked for at once) */
    private boolean takeOne() throws RunnerException, InterruptedException {
        JsonNode available = instance.request(JOB_TYPES).path("availableJobs");
        for (JsonNode candidate : available) {
            JsonNode job;
            try {
                job = instance.accept(candidate.path("uuid").asText());
            } catch (RunnerException e) {
                if (e.status() == 409 || e.status() == 404) {
                    continue; // another runner was faster
                }
                throw e;
            }
            process(job);
            return true;
        }
        return false;
    }

    private void process(JsonNode job) throws InterruptedException {
        String uuid = job.path("uuid").asText();
        String jobToken = job.path("jobToken").asText();
        String type = job.path("type").asText();
        JsonNode payload = job.path("payload");
        int resolution = payload.path("output").path("resolution").asInt();
        double fps = payload.path("output").path("fps").asDouble(0);
        LOG.info("Job {}: {} {}p", uuid, type, resolution);
        long started = System.currentTimeMillis();
        AtomicInteger progress = new AtomicInteger();
        Thread worker = Thread.currentThread();
        ScheduledFuture<?> heartbeat = updates.scheduleWithFixedDelay(() -> {
            try {
                instance.update(uuid, jobToken, progress.get());
            } catch (RunnerException e) {
                if (e.status() == 404 || e.status() == 400) {
                    LOG.warn("Job {} is not ours any more ({}); stopping it", uuid, e.getMessage());
                    worker.interrupt();
                } else {
                    LOG.warn("Could not report progress: {}", e.getMessage());
                }
            }
        }, UPDATE_MILLIS, UPDATE_MILLIS, TimeUnit.MILLISECONDS);
        Path dir = null;
        try {
            dir = Files.createTempDirectory(config.work(), uuid + "-");
            Map<String, Path> results = new LinkedHashMap<>();
            Rendition rendition = new Rendition(resolution, fps, 0, 128_000);
            Path input = dir.resolve("input");
            instance.download(payload.path("input").path(type.equals("vod-audio-merge-transcoding") ? "audioFileUrl"
                : "videoFileUrl").asText(), jobToken, input);
            MediaInfo info = engine.probe(input, Duration.ofMinutes(2));
            Duration bound = Duration.ofSeconds(Math.max(600, Math.round(info.durationSeconds() * 30)));
            switch (type) {
                case "vod-hls-transcoding" -> {
                    Path out = Files.createDirectories(dir.resolve("out"));
                    engine.hlsRendition(input, rendition, out, String.valueOf(resolution), SEGMENT_SECONDS,
                        f -> progress.set((int) Math.round(f * 100)), bound);
                    results.put("videoFile", out.resolve(resolution + "-fragmented.mp4"));
                    results.put("resolutionPlaylistFile", out.resolve(resolution + ".m3u8"));
                }
                case "vod-web-video-transcoding" -> {
                    Path out = dir.resolve(resolution + ".mp4");
                    engine.webVideo(input, rendition, out, f -> progress.set((int) Math.round(f * 100)), bound);
                    results.put("videoFile", out);
                }
                case "vod-audio-merge-transcoding" -> {
                    Path image = dir.resolve("preview");
                    instance.download(payload.path("input").path("previewFileUrl").asText(), jobToken, image);
                    Path out = dir.resolve(resolution + ".mp4");
                    engine.audioMerge(input, image, rendition, out, f -> progress.set((int) Math.round(f * 100)), bound);
                    results.put("videoFile", out);
                }
                default -> throw new EngineException(EngineException.Kind.UNSUPPORTED, "Unknown job type " + type, "");
            }
            heartbeat.cancel(false);
            instance.success(uuid, jobToken, results);
            LOG.info("Job {} done in {} s", uuid, (System.currentTimeMillis() - started) / 1000);
        } catch (EngineException e) {
            heartbeat.cancel(false);
            if (e.kind() == EngineException.Kind.CANCELLED && !running) {
                giveBack(uuid, jobToken);
                throw new InterruptedException();
            }
            LOG.warn("Job {} failed: {}\n{}", uuid, e.getMessage(), e.log());
            report(uuid, jobToken, e.getMessage() + (e.log().isEmpty() ? "" : "\n" + tail(e.log())));
        } catch (RunnerException e) {
            heartbeat.cancel(false);
            if (!running) {
                giveBack(uuid, jobToken);
                throw new InterruptedException();
            }
            LOG.warn("Job {} failed: {}", uuid, e.getMessage());
            // 404: the job is not ours any more; 400 on success: the instance refused the result and counted it.
            if (e.status() != 404 && !(e.status() == 400 && e.getMessage().contains("/success "))) {
                report(uuid, jobToken, e.getMessage());
            }
        } catch (IOException e) {
            heartbeat.cancel(false);
            LOG.warn("Job {} failed: {}", uuid, e.toString());
            report(uuid, jobToken, "Runner I/O error: " + e.getMessage());
        } finally {
            heartbeat.cancel(false);
            delete(dir);
        }
    }

    private void giveBack(String uuid, String jobToken) {
        try {
            instance.abort(uuid, jobToken, "The runner is stopping");
        } catch (RunnerException e) {
            LOG.warn("Could not give job {} back ({}); the instance will after its timeout", uuid, e.getMessage());
        }
    }

    private void report(String uuid, String jobToken, String message) {
        try {
            instance.error(uuid, jobToken, message);
        } catch (RunnerException e) {
            LOG.warn("Could not report the failure of job {}: {}", uuid, e.getMessage());
        }
    }

    private static String tail(String log) {
        return log.length() <= 1500 ? log : "..." + log.substring(log.length() - 1500);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete {}", dir);
        }
    }
}
