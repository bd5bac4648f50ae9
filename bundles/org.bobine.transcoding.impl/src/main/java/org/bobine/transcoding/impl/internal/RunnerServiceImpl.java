package org.bobine.transcoding.impl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.media.api.EngineException;
import org.bobine.media.api.MediaInfo;
import org.bobine.media.api.TranscodingEngine;
import org.bobine.transcoding.api.RunnerService;
import org.bobine.transcoding.impl.internal.entity.JobEntity;
import org.bobine.transcoding.impl.internal.entity.RunnerEntity;
import org.bobine.transcoding.impl.internal.entity.RunnerJobEntity;
import org.bobine.transcoding.impl.internal.entity.RunnerRegistrationTokenEntity;
import org.bobine.video.api.StoredFile;
import org.bobine.video.api.media.VideoMedia;
import org.bobine.video.api.media.VideoMediaService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PeerTube's runner protocol over the runner-job rows. Tokens of runners and jobs are stored as SHA-256
 * hashes; registration tokens stay readable for administrators. Results are received into
 * {@code tmp/runner-uploads/<job>/}, checked (probed, HLS playlists rewritten to the names this instance
 * serves and their byte ranges checked), then moved in one rename to {@code runner-results/<job>/} before
 * the row says completed: a crash in between leaves the job processing, and the watchdog hands it out again.
 */
@Component(service = RunnerService.class, immediate = true)
public class RunnerServiceImpl implements RunnerService {

    private static final Logger LOG = LoggerFactory.getLogger(RunnerServiceImpl.class);
    /** Failures after which a runner job, and its video's transcoding, fail for good (PeerTube's number). */
    static final int MAX_FAILURES = 5;
    private static final long MAX_RESULT_BYTES = 64L * 1024 * 1024 * 1024;
    private static final Pattern MAP_URI = Pattern.compile("#EXT-X-MAP:URI=\"([^\"]+)\"(.*)");
    private static final Pattern SAFE_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,200}");
    private static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Map<Integer, String> STATE_LABELS = Map.of(1, "Pending", 2, "Processing", 3, "Completed",
        4, "Errored", 5, "Waiting for parent job", 6, "Cancelled", 7, "Parent had an error", 8, "Parent has been cancelled",
        9, "Completing");

    private final TranscodingDatabase db;
    private final WorkFolders storage;
    private final TranscodingSettings settings;
    private final VideoMediaService media;
    private final TranscodingJobs jobs;
    private final Engines engines;
    private final ScheduledExecutorService watchdog;

    /**
     * @param db       the pipeline's tables
     * @param storage  the pipeline's folders
     * @param settings public URL and how long a runner may stay silent
     * @param media    the videos' files
     * @param jobs     the transcoding queue, told when a video's runner jobs are done
     * @param engines  to check results
     */
    @Activate
    public RunnerServiceImpl(@Reference TranscodingDatabase db, @Reference WorkFolders storage,
                             @Reference TranscodingSettings settings, @Reference VideoMediaService media,
                             @Reference TranscodingJobs jobs, @Reference Engines engines) {
        this.media = media;
        this.db = db;
        this.storage = storage;
        this.settings = settings;
        this.jobs = jobs;
        this.engines = engines;
        removeOrphanResults();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bobine-runner-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleWithFixedDelay(this::requeueStalled, 5, 5, TimeUnit.SECONDS);
    }

    @Deactivate
    void close() {
        watchdog.shutdownNow();
    }

    /** Jobs whose runner said nothing for too long go back to the queue, for any runner to take. */
    void requeueStalled() {
        try {
            long now = System.currentTimeMillis();
            int n = db.tx(em -> em.createQuery("UPDATE RunnerJobEntity r SET r.state = 1, r.runnerId = NULL, "
                    + "r.jobTokenHash = NULL, r.progress = 0, r.updatedAt = :now WHERE r.state = 2 AND r.updatedAt < :limit")
                .setParameter("now", now).setParameter("limit", now - settings.runnerStallSeconds() * 1000L).executeUpdate());
            if (n > 0) {
                LOG.warn("{} runner jobs went back to the queue: their runners said nothing for {} s", n,
                    settings.runnerStallSeconds());
            }
        } catch (RuntimeException e) {
            LOG.warn("Checking for stalled runner jobs failed", e);
        }
    }

    /** Results whose job is gone, failed, or already assembled are removed at start. */
    private void removeOrphanResults() {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(storage.runnerResults())) {
            for (Path d : dirs) {
                String uuid = d.getFileName().toString();
                boolean keep = db.tx(em -> {
                    List<RunnerJobEntity> r = em.createQuery("SELECT r FROM RunnerJobEntity r WHERE r.uuid = :u",
                        RunnerJobEntity.class).setParameter("u", uuid).getResultList();
                    if (r.isEmpty() || r.get(0).getState() != RunnerJobs.COMPLETED) {
                        return false;
                    }
                    JobEntity parent = em.find(JobEntity.class, r.get(0).getParentJobId());
                    return parent != null && !"completed".equals(parent.getState()) && !"failed".equals(parent.getState());
                });
                if (!keep) {
                    storage.deleteTree(d);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list {}", storage.runnerResults(), e);
        }
    }

    // Administrators

    private static void requireAdmin(Caller caller) {
        caller.requireUser();
        if (!caller.admin()) {
            throw BobineException.forbidden("Only administrators can manage runners");
        }
    }

    private static void page(int start, int count) {
        if (start < 0 || count < 0 || count > 100) {
            throw BobineException.badRequest("start must be 0 or more and count between 0 and 100");
        }
    }

    @Override
    public void generateRegistrationToken(Caller caller) {
        requireAdmin(caller);
        db.run(em -> {
            RunnerRegistrationTokenEntity t = new RunnerRegistrationTokenEntity();
            t.setToken("ptrrt-" + UUID.randomUUID());
            t.setCreatedAt(System.currentTimeMillis());
            t.setUpdatedAt(t.getCreatedAt());
            em.persist(t);
        });
        LOG.info("{} generated a runner registration token", caller.username());
    }

    @Override
    public ResultList<Map<String, Object>> registrationTokens(Caller caller, int start, int count) {
        requireAdmin(caller);
        page(start, count);
        return db.tx(em -> {
            long total = em.createQuery("SELECT COUNT(t) FROM RunnerRegistrationTokenEntity t", Long.class).getSingleResult();
            List<Map<String, Object>> out = new ArrayList<>();
            for (RunnerRegistrationTokenEntity t : em.createQuery("SELECT t FROM RunnerRegistrationTokenEntity t ORDER BY t.id DESC",
                RunnerRegistrationTokenEntity.class).setFirstResult(start).setMaxResults(count).getResultList()) {
                long runners = em.createQuery("SELECT COUNT(r) FROM RunnerEntity r WHERE r.registrationTokenId = :id", Long.class)
                    .setParameter("id", t.getId()).getSingleResult();
                out.add(map("id", t.getId(), "registrationToken", t.getToken(), "createdAt", iso(t.getCreatedAt()),
                    "updatedAt", iso(t.getUpdatedAt()), "registeredRunnersCount", runners));
            }
            return new ResultList<>(total, out);
        });
    }

    @Override
    public void deleteRegistrationToken(Caller caller, long id) {
        requireAdmin(caller);
        db.run(em -> {
            RunnerRegistrationTokenEntity t = em.find(RunnerRegistrationTokenEntity.class, id);
            if (t == null) {
                throw BobineException.notFound("Registration token not found");
            }
            for (RunnerEntity r : em.createQuery("SELECT r FROM RunnerEntity r WHERE r.registrationTokenId = :id",
                RunnerEntity.class).setParameter("id", id).getResultList()) {
                removeRunner(em, r);
            }
            em.remove(t);
        });
    }

    @Override
    public ResultList<Map<String, Object>> runners(Caller caller, int start, int count) {
        requireAdmin(caller);
        page(start, count);
        return db.tx(em -> {
            long total = em.createQuery("SELECT COUNT(r) FROM RunnerEntity r", Long.class).getSingleResult();
            List<Map<String, Object>> out = new ArrayList<>();
            for (RunnerEntity r : em.createQuery("SELECT r FROM RunnerEntity r ORDER BY r.id DESC", RunnerEntity.class)
                .setFirstResult(start).setMaxResults(count).getResultList()) {
                out.add(map("id", r.getId(), "name", r.getName(), "description", r.getDescription(), "ip", r.getIp(),
                    "lastContact", iso(r.getLastContact()), "version", r.getVersion(),
                    "createdAt", iso(r.getCreatedAt()), "updatedAt", iso(r.getUpdatedAt())));
            }
            return new ResultList<>(total, out);
        });
    }

    @Override
    public void deleteRunner(Caller caller, long id) {
        requireAdmin(caller);
        db.run(em -> {
            RunnerEntity r = em.find(RunnerEntity.class, id);
            if (r == null) {
                throw BobineException.notFound("Runner not found");
            }
            removeRunner(em, r);
        });
    }

    private static void removeRunner(EntityManager em, RunnerEntity r) {
        requeue(em, r.getId());
        em.remove(r);
        LOG.info("Runner '{}' removed", r.getName());
    }

    private static void requeue(EntityManager em, long runnerId) {
        em.createQuery("UPDATE RunnerJobEntity j SET j.state = 1, j.runnerId = NULL, j.jobTokenHash = NULL, j.progress = 0, "
                + "j.updatedAt = :now WHERE j.runnerId = :id AND j.state = 2").setParameter("now", System.currentTimeMillis())
            .setParameter("id", runnerId).executeUpdate();
    }

    @Override
    public ResultList<Map<String, Object>> jobs(Caller caller, List<Integer> states, int start, int count) {
        requireAdmin(caller);
        page(start, count);
        String where = states == null || states.isEmpty() ? "" : " WHERE r.state IN :states";
        return db.tx(em -> {
            var total = em.createQuery("SELECT COUNT(r) FROM RunnerJobEntity r" + where, Long.class);
            var rows = em.createQuery("SELECT r FROM RunnerJobEntity r" + where + " ORDER BY r.id DESC", RunnerJobEntity.class);
            if (!where.isEmpty()) {
                total.setParameter("states", states);
                rows.setParameter("states", states);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            for (RunnerJobEntity r : rows.setFirstResult(start).setMaxResults(count).getResultList()) {
                Map<String, Object> dto = dto(em, r);
                dto.put("privatePayload", map("videoUUID", r.getVideoUuid(), "isNewVideo", true));
                out.add(dto);
            }
            return new ResultList<>(total.getSingleResult(), out);
        });
    }

    @Override
    public void cancelJob(Caller caller, String uuid) {
        requireAdmin(caller);
        RunnerJobEntity r = db.tx(em -> {
            RunnerJobEntity j = byUuid(em, uuid);
            if (j.getState() != RunnerJobs.PENDING && j.getState() != RunnerJobs.PROCESSING) {
                throw BobineException.badRequest("Only pending or processing jobs can be cancelled");
            }
            j.setState(RunnerJobs.CANCELLED);
            j.setRunnerId(null);
            j.setJobTokenHash(null);
            j.setFinishedAt(System.currentTimeMillis());
            j.setUpdatedAt(j.getFinishedAt());
            return j;
        });
        LOG.info("{} cancelled runner job {}", caller.username(), uuid);
        jobs.failForGood(r.getParentJobId(), "An administrator cancelled the transcoding of " + r.getResolution() + "p");
    }

    @Override
    public void deleteJob(Caller caller, String uuid) {
        requireAdmin(caller);
        db.run(em -> {
            RunnerJobEntity j = byUuid(em, uuid);
            if (j.getState() == RunnerJobs.PENDING || j.getState() == RunnerJobs.PROCESSING) {
                throw BobineException.badRequest("Cancel the job before deleting it");
            }
            em.remove(j);
        });
        storage.deleteTree(RunnerJobs.resultDirectory(storage, uuid));
    }

    // Runners

    @Override
    public Map<String, Object> register(String registrationToken, String name, String description, String version,
                                        String ip) {
        if (registrationToken == null || registrationToken.isBlank()) {
            throw BobineException.badRequest("registrationToken is required");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw BobineException.badRequest("name is required, up to 100 characters");
        }
        if (description != null && description.length() > 1000) {
            throw BobineException.badRequest("description is up to 1000 characters");
        }
        String runnerToken = "ptrt-" + UUID.randomUUID();
        long id = db.tx(em -> {
            List<RunnerRegistrationTokenEntity> t = em.createQuery("SELECT t FROM RunnerRegistrationTokenEntity t "
                + "WHERE t.token = :t", RunnerRegistrationTokenEntity.class).setParameter("t", registrationToken).getResultList();
            if (t.isEmpty()) {
                throw BobineException.notFound("Unknown registration token");
            }
            if (em.createQuery("SELECT COUNT(r) FROM RunnerEntity r WHERE r.name = :n", Long.class).setParameter("n", name.trim())
                .getSingleResult() > 0) {
                throw BobineException.badRequest("This runner name already exists on this instance");
            }
            long now = System.currentTimeMillis();
            RunnerEntity r = new RunnerEntity();
            r.setName(name.trim());
            r.setDescription(description);
            r.setVersion(version == null ? null : version.substring(0, Math.min(100, version.length())));
            r.setIp(ip);
            r.setTokenHash(sha256(runnerToken));
            r.setRegistrationTokenId(t.get(0).getId());
            r.setLastContact(now);
            r.setCreatedAt(now);
            r.setUpdatedAt(now);
            em.persist(r);
            em.flush();
            return r.getId();
        });
        LOG.info("Runner '{}' registered from {}", name.trim(), ip);
        return map("id", id, "runnerToken", runnerToken);
    }

    @Override
    public void unregister(String runnerToken) {
        String name = db.tx(em -> {
            RunnerEntity r = runner(em, runnerToken, null);
            requeue(em, r.getId());
            em.remove(r);
            return r.getName();
        });
        LOG.info("Runner '{}' unregistered", name);
    }

    /** The runner of a token, its last contact noted; 404 for an unknown token. */
    private static RunnerEntity runner(EntityManager em, String runnerToken, String ip) {
        if (runnerToken == null || runnerToken.isBlank()) {
            throw BobineException.badRequest("runnerToken is required");
        }
        List<RunnerEntity> r = em.createQuery("SELECT r FROM RunnerEntity r WHERE r.tokenHash = :h", RunnerEntity.class)
            .setParameter("h", sha256(runnerToken)).getResultList();
        if (r.isEmpty()) {
            throw BobineException.notFound("Unknown runner token");
        }
        RunnerEntity runner = r.get(0);
        long now = System.currentTimeMillis();
        if (now - runner.getLastContact() > 5_000 || ip != null && !ip.equals(runner.getIp())) {
            runner.setLastContact(now);
            if (ip != null) {
                runner.setIp(ip);
            }
        }
        return runner;
    }

    private static RunnerJobEntity byUuid(EntityManager em, String uuid) {
        if (uuid == null || !UUID_PATTERN.matcher(uuid).matches()) {
            throw BobineException.notFound("Unknown runner job");
        }
        List<RunnerJobEntity> r = em.createQuery("SELECT r FROM RunnerJobEntity r WHERE r.uuid = :u", RunnerJobEntity.class)
            .setParameter("u", uuid).getResultList();
        if (r.isEmpty()) {
            throw BobineException.notFound("Unknown runner job");
        }
        return r.get(0);
    }

    /** The job a runner is processing, checked against its job token. */
    private static RunnerJobEntity processing(EntityManager em, String runnerToken, String uuid, String jobToken) {
        RunnerEntity runner = runner(em, runnerToken, null);
        RunnerJobEntity j = byUuid(em, uuid);
        if (jobToken == null || j.getRunnerId() == null || j.getRunnerId() != runner.getId()
            || !sha256(jobToken).equals(j.getJobTokenHash())) {
            throw BobineException.notFound("Unknown runner job or job token (the job may have been given to another runner)");
        }
        if (j.getState() != RunnerJobs.PROCESSING) {
            throw BobineException.badRequest("The job is not being processed (state " + STATE_LABELS.get(j.getState()) + ")");
        }
        return j;
    }

    @Override
    public Map<String, Object> request(String runnerToken, List<String> jobTypes, String ip) {
        List<String> types = jobTypes == null ? List.of() : jobTypes;
        return db.tx(em -> {
            runner(em, runnerToken, ip);
            var q = em.createQuery("SELECT r FROM RunnerJobEntity r WHERE r.state = 1"
                + (types.isEmpty() ? "" : " AND r.type IN :types") + " ORDER BY r.priority, r.id", RunnerJobEntity.class);
            if (!types.isEmpty()) {
                q.setParameter("types", types);
            }
            List<Map<String, Object>> available = new ArrayList<>();
            for (RunnerJobEntity r : q.setMaxResults(10).getResultList()) {
                available.add(map("uuid", r.getUuid(), "type", r.getType(), "payload", payload(r)));
            }
            return map("availableJobs", available);
        });
    }

    private Map<String, Object> payload(RunnerJobEntity r) {
        String base = settings.publicUrl() + "/api/v1/runners/jobs/" + r.getUuid() + "/files/videos/" + r.getVideoUuid();
        if (RunnerJobs.AUDIO_MERGE.equals(r.getType())) {
            return map("input", map("audioFileUrl", base + "/max-quality", "previewFileUrl", base + "/previews/max-quality"),
                "output", map("resolution", r.getResolution(), "fps", r.getFps()));
        }
        Map<String, Object> output = map("resolution", r.getResolution(), "fps", r.getFps());
        if (RunnerJobs.HLS.equals(r.getType())) {
            output.put("separatedAudio", false);
        }
        return map("input", map("videoFileUrl", base + "/max-quality", "separatedAudioFileUrl", List.of()), "output", output);
    }

    private Map<String, Object> dto(EntityManager em, RunnerJobEntity r) {
        Map<String, Object> d = map("uuid", r.getUuid(), "type", r.getType(),
            "state", map("id", r.getState(), "label", STATE_LABELS.getOrDefault(r.getState(), "Unknown")),
            "payload", payload(r), "failures", r.getFailures(), "error", r.getError(), "progress", r.getProgress(),
            "priority", r.getPriority(), "startedAt", iso(r.getStartedAt()), "createdAt", iso(r.getCreatedAt()),
            "updatedAt", iso(r.getUpdatedAt()), "finishedAt", iso(r.getFinishedAt()));
        if (r.getRunnerId() != null) {
            RunnerEntity runner = em.find(RunnerEntity.class, r.getRunnerId());
            if (runner != null) {
                d.put("runner", map("id", runner.getId(), "name", runner.getName(), "description", runner.getDescription()));
            }
        }
        return d;
    }

    @Override
    public Map<String, Object> accept(String runnerToken, String jobUuid, String ip) {
        String jobToken = "ptrjt-" + UUID.randomUUID();
        Map<String, Object> job = db.tx(em -> {
            RunnerEntity runner = runner(em, runnerToken, ip);
            RunnerJobEntity j = byUuid(em, jobUuid);
            long now = System.currentTimeMillis();
            int won = em.createQuery("UPDATE RunnerJobEntity r SET r.state = 2, r.runnerId = :runner, r.jobTokenHash = :h, "
                    + "r.startedAt = :now, r.updatedAt = :now, r.progress = 0 WHERE r.id = :id AND r.state = 1")
                .setParameter("runner", runner.getId()).setParameter("h", sha256(jobToken))
                .setParameter("now", now).setParameter("id", j.getId()).executeUpdate();
            if (won == 0) {
                throw BobineException.conflict("This job is not pending anymore");
            }
            em.refresh(j);
            return dto(em, j);
        });
        job.put("jobToken", jobToken);
        LOG.info("Runner job {} ({} {}p) accepted", jobUuid, job.get("type"), ((Map<?, ?>) ((Map<?, ?>) job.get("payload"))
            .get("output")).get("resolution"));
        return map("job", job);
    }

    @Override
    public void update(String runnerToken, String jobUuid, String jobToken, Integer progress) {
        if (progress != null && (progress < 0 || progress > 100)) {
            throw BobineException.badRequest("progress must be between 0 and 100");
        }
        db.run(em -> {
            RunnerJobEntity j = processing(em, runnerToken, jobUuid, jobToken);
            if (progress != null) {
                j.setProgress(progress);
            }
            j.setUpdatedAt(System.currentTimeMillis());
        });
    }

    @Override
    public void error(String runnerToken, String jobUuid, String jobToken, String message) {
        String why = message == null || message.isBlank() ? "No message" : message;
        RunnerJobEntity failed = db.tx(em -> recordFailure(processing(em, runnerToken, jobUuid, jobToken), why));
        if (failed != null) {
            jobs.failForGood(failed.getParentJobId(), "Remote runners failed " + MAX_FAILURES + " times to transcode "
                + failed.getResolution() + "p: " + why);
        }
    }

    /** @return the job when it failed for good, null when it goes back to the queue */
    private static RunnerJobEntity recordFailure(RunnerJobEntity j, String why) {
        long now = System.currentTimeMillis();
        j.setFailures(j.getFailures() + 1);
        j.setError(why.length() > 2000 ? why.substring(0, 1997) + "..." : why);
        j.setUpdatedAt(now);
        j.setRunnerId(null);
        j.setJobTokenHash(null);
        j.setProgress(0);
        if (j.getFailures() >= MAX_FAILURES) {
            j.setState(RunnerJobs.ERRORED);
            j.setFinishedAt(now);
            LOG.error("Runner job {} failed for good: {}", j.getUuid(), why);
            return j;
        }
        j.setState(RunnerJobs.PENDING);
        LOG.warn("Runner job {} failed (failure {}), back in the queue: {}", j.getUuid(), j.getFailures(), why);
        return null;
    }

    @Override
    public void abort(String runnerToken, String jobUuid, String jobToken, String reason) {
        db.run(em -> {
            RunnerJobEntity j = processing(em, runnerToken, jobUuid, jobToken);
            j.setState(RunnerJobs.PENDING);
            j.setRunnerId(null);
            j.setJobTokenHash(null);
            j.setProgress(0);
            j.setUpdatedAt(System.currentTimeMillis());
        });
        LOG.info("Runner job {} aborted by its runner, back in the queue: {}", jobUuid, reason);
    }

    @Override
    public void receiveResult(String runnerToken, String jobUuid, String jobToken, String name, InputStream content) {
        if (!RESULT_FILES.contains(name)) {
            throw BobineException.badRequest("Unknown result file payload[" + name + "], expected one of " + RESULT_FILES);
        }
        db.tx(em -> processing(em, runnerToken, jobUuid, jobToken));
        try {
            Path dir = Files.createDirectories(storage.resolve(storage.runnerUploads(), jobUuid));
            Path part = Files.createTempFile(dir, ".receiving-", "");
            try {
                long total = 0;
                try (OutputStream out = Files.newOutputStream(part)) {
                    byte[] buf = new byte[256 * 1024];
                    for (int n; (n = content.read(buf)) > 0; ) {
                        total += n;
                        if (total > MAX_RESULT_BYTES) {
                            throw new BobineException(413, null, "A result file may not exceed " + MAX_RESULT_BYTES + " bytes");
                        }
                        out.write(buf, 0, n);
                    }
                }
                Files.move(part, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void success(String runnerToken, String jobUuid, String jobToken) {
        RunnerJobEntity j = db.tx(em -> processing(em, runnerToken, jobUuid, jobToken));
        Path received = storage.resolve(storage.runnerUploads(), jobUuid);
        try {
            String problem = check(j, received);
            if (problem != null) {
                storage.deleteTree(received);
                RunnerJobEntity failed = db.tx(em -> recordFailure(processing(em, runnerToken, jobUuid, jobToken),
                    "The runner's result was refused: " + problem));
                if (failed != null) {
                    jobs.failForGood(failed.getParentJobId(), "Remote runners sent unusable results " + MAX_FAILURES
                        + " times for " + failed.getResolution() + "p: " + problem);
                }
                throw BobineException.badRequest("The result was refused: " + problem);
            }
            Path target = RunnerJobs.resultDirectory(storage, jobUuid);
            storage.deleteTree(target);
            Files.move(received, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean allDone = db.tx(em -> {
            RunnerJobEntity done = processing(em, runnerToken, jobUuid, jobToken);
            long now = System.currentTimeMillis();
            done.setState(RunnerJobs.COMPLETED);
            done.setProgress(100);
            done.setFinishedAt(now);
            done.setUpdatedAt(now);
            done.setJobTokenHash(null);
            return em.createQuery("SELECT COUNT(r) FROM RunnerJobEntity r WHERE r.parentJobId = :p AND r.state <> 3 "
                    + "AND r.id <> :id", Long.class).setParameter("p", done.getParentJobId()).setParameter("id", done.getId())
                .getSingleResult() == 0;
        });
        LOG.info("Runner job {} ({} {}p) completed", jobUuid, j.getType(), j.getResolution());
        if (allDone) {
            jobs.runnersDone(j.getParentJobId());
        }
    }

    /**
     * Checks what a runner sent and, for HLS, rewrites the playlist to name the segment file as this
     * instance serves it.
     *
     * @return what is wrong, or null when the result is usable
     */
    private String check(RunnerJobEntity j, Path dir) throws IOException {
        Path received = dir.resolve(RunnerJobs.VIDEO_FILE);
        if (!Files.isRegularFile(received) || Files.size(received) == 0) {
            return "payload[videoFile] is missing";
        }
        TranscodingEngine prober = engines.find(TranscodingEngine.Capability.PROBE);
        if (prober == null) {
            throw new BobineException(503, null, "No media engine to check the result; try again later");
        }
        Path video = dir.resolve(RunnerJobs.resultName(j, RunnerJobs.VIDEO_FILE));
        Files.move(received, video, StandardCopyOption.REPLACE_EXISTING);
        Path probed = video;
        if (RunnerJobs.HLS.equals(j.getType())) {
            Path sent = dir.resolve(RunnerJobs.PLAYLIST_FILE);
            if (!Files.isRegularFile(sent)) {
                return "payload[resolutionPlaylistFile] is missing";
            }
            Path playlist = dir.resolve(RunnerJobs.resultName(j, RunnerJobs.PLAYLIST_FILE));
            Files.move(sent, playlist, StandardCopyOption.REPLACE_EXISTING);
            String problem = rewritePlaylist(playlist, video.getFileName().toString(), Files.size(video));
            if (problem != null) {
                return problem;
            }
            probed = playlist;
        }
        try {
            MediaInfo info = prober.probe(probed, Duration.ofMinutes(1));
            if (!info.hasVideo()) {
                return "the result has no video stream";
            }
            if (info.resolution() != j.getResolution() && info.resolution() != j.getResolution() - j.getResolution() % 2) {
                return "the result is " + info.resolution() + "p, " + j.getResolution() + "p was asked";
            }
            if (RunnerJobs.AUDIO_MERGE.equals(j.getType()) && !info.hasAudio()) {
                return "the result has no audio stream";
            }
            return null;
        } catch (EngineException e) {
            return "the result cannot be read (" + e.getMessage() + ")";
        }
    }

    /**
     * Rewrites a rendition playlist so that it names one segment file, {@code segmentsName}, whatever name
     * the runner gave it, and checks its byte ranges lie inside that file. Only single-file (byte-range)
     * playlists are accepted, as PeerTube's runners write them.
     */
    static String rewritePlaylist(Path playlist, String segmentsName, long segmentsSize) throws IOException {
        List<String> lines = Files.readAllLines(playlist, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().equals("#EXTM3U")) {
            return "the playlist is not an M3U8 playlist";
        }
        if (lines.stream().noneMatch(l -> l.trim().equals("#EXT-X-ENDLIST"))) {
            return "the playlist is not complete (no #EXT-X-ENDLIST)";
        }
        Set<String> names = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.trim();
            Matcher m = MAP_URI.matcher(line);
            if (m.matches()) {
                names.add(m.group(1));
                out.add("#EXT-X-MAP:URI=\"" + segmentsName + "\"" + m.group(2));
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                names.add(line);
                out.add(segmentsName);
            } else {
                out.add(line);
            }
        }
        if (names.size() != 1 || !SAFE_FILE.matcher(names.iterator().next()).matches()) {
            return "the playlist must name one segment file, in the same folder (byte ranges)";
        }
        Path tmp = playlist.resolveSibling(playlist.getFileName() + ".rewritten");
        Files.write(tmp, out, StandardCharsets.UTF_8);
        List<HlsFiles.Segment> segments = HlsFiles.segments(tmp);
        if (segments.isEmpty()) {
            Files.delete(tmp);
            return "the playlist has no byte-range segments";
        }
        for (HlsFiles.Segment s : segments) {
            if (s.offset() < 0 || s.length() <= 0 || s.offset() + s.length() > segmentsSize) {
                Files.delete(tmp);
                return "a segment lies outside the video file";
            }
        }
        Files.move(tmp, playlist, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return null;
    }

    @Override
    public StoredFile input(String runnerToken, String jobUuid, String jobToken, String videoUuid, String kind) {
        RunnerJobEntity j = db.tx(em -> processing(em, runnerToken, jobUuid, jobToken));
        if (!j.getVideoUuid().equals(videoUuid)) {
            throw BobineException.notFound("This job is not about that video");
        }
        VideoMedia v = media.media(j.getVideoId());
        if (v == null) {
            throw BobineException.notFound("Video not found");
        }
        if ("preview".equals(kind)) {
            if (v.stillImage() == null) {
                throw BobineException.notFound("This video has no preview");
            }
            String name = v.stillImage().getFileName().toString();
            return new StoredFile(v.stillImage(), name.endsWith(".png") ? "image/png" : "image/jpeg", false);
        }
        if (v.original() == null) {
            throw BobineException.notFound("This video has no file");
        }
        // The first file is the original (or the video made from an audio upload): the best input there is.
        return new StoredFile(v.original(), "application/octet-stream", false);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String iso(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
    }

    /** Tokens are stored as their SHA-256, never as they are. */
    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
