package org.bobine.transcoding.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.bobine.core.api.Caller;
import org.bobine.core.api.UserRole;
import org.bobine.instance.api.InstanceService;
import org.bobine.media.ffmpeg.FfmpegEngine;
import org.bobine.media.ffmpeg.PinnedFfmpeg;
import org.bobine.persistence.impl.internal.TestUnits;
import org.bobine.transcoding.api.Job;
import org.bobine.video.api.media.HlsRendition;
import org.bobine.video.api.media.VideoMedia;
import org.bobine.video.api.media.VideoMediaService;
import org.bobine.video.api.media.WebVideoRendition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's queue on its real persistence unit (embedded Derby) with the real ffmpeg engine on a
 * generated clip, against an in-memory core (a fake of the core's media SPI that records what it is told):
 * a waiting video is taken, transcoded and published; an unreadable one fails for good; a crash between
 * taking the video and telling the core queues it only once.
 */
class TranscodingJobsTest {

    private static final Path NATIVE = Paths.get(System.getProperty("bobine.ffmpeg.native",
        "../org.bobine.media.ffmpeg/target/native/org/bytedeco/ffmpeg/linux-x86_64-gpl"));
    private static final Caller ADMIN = new Caller(1, "root", UserRole.ADMINISTRATOR);

    @TempDir
    Path dir;

    private TestUnits.TestUnit unit;
    private FfmpegEngine engine;
    private TranscodingJobs jobs;
    private final FakeMedia media = new FakeMedia();

    /** The core as the pipeline sees it: one video, and what the pipeline did with it. */
    private final class FakeMedia implements VideoMediaService {
        volatile VideoMedia video;
        volatile boolean waiting = true;
        final AtomicBoolean failTakenOnce = new AtomicBoolean();
        final List<List<String>> publishedFolders = new CopyOnWriteArrayList<>();
        final List<List<HlsRendition>> publishedRenditions = new CopyOnWriteArrayList<>();
        final List<Long> failed = new CopyOnWriteArrayList<>();

        @Override
        public List<Long> awaitingTranscoding(int max) {
            return waiting && video != null ? List.of(video.id()) : List.of();
        }

        @Override
        public void taken(long videoId) {
            if (failTakenOnce.getAndSet(false)) {
                throw new IllegalStateException("the core went away between the two commits");
            }
            waiting = false;
        }

        @Override
        public VideoMedia media(long videoId) {
            return video != null && video.id() == videoId ? video : null;
        }

        @Override
        public VideoMedia owned(Caller caller, String videoId) {
            return video;
        }

        @Override
        public void replaceOriginal(long videoId, WebVideoRendition v) {
            throw new UnsupportedOperationException("no audio in these tests");
        }

        @Override
        public void publish(long videoId, Path hlsFolder, List<HlsRendition> hls, List<WebVideoRendition> webVideos)
            throws IOException {
            // As the core does: the folder is moved into storage in one rename.
            Path target = Files.createDirectories(dir.resolve("storage")).resolve(videoId + "-" + publishedFolders.size());
            Files.move(hlsFolder, target, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> s = Files.list(target)) {
                publishedFolders.add(s.map(p -> p.getFileName().toString()).sorted().toList());
            }
            publishedRenditions.add(hls);
        }

        @Override
        public void failed(long videoId) {
            failed.add(videoId);
        }
    }

    private static TranscodingConfig config() {
        return new TranscodingConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return TranscodingConfig.class;
            }

            @Override
            public int[] resolutions() {
                return new int[] {144, 240};
            }

            @Override
            public boolean keepOriginalResolution() {
                return false;
            }

            @Override
            public int concurrency() {
                return 1;
            }

            @Override
            public boolean webVideos() {
                return false;
            }

            @Override
            public String engine() {
                return "ffmpeg";
            }

            @Override
            public String remoteRunnerJobTypes() {
                return "";
            }

            @Override
            public int runnerStallSeconds() {
                return 120;
            }
        };
    }

    private InstanceService instance() {
        return new InstanceService() {
            @Override
            public String publicUrl() {
                return "http://localhost:9000";
            }

            @Override
            public String host() {
                return "localhost:9000";
            }

            @Override
            public String name() {
                return "Test";
            }

            @Override
            public Path dataDirectory() {
                return dir.resolve("data");
            }

            @Override
            public Map<String, Object> publicConfig() {
                return Map.of();
            }

            @Override
            public Map<String, Object> about() {
                return Map.of();
            }

            @Override
            public Map<String, Object> customConfig(Caller caller) {
                return Map.of();
            }

            @Override
            public Map<String, Object> updateCustomConfig(Caller caller, Map<String, Object> custom) {
                return Map.of();
            }
        };
    }

    @BeforeEach
    void start() throws Exception {
        NATIVE.resolve("ffmpeg").toFile().setExecutable(true);
        NATIVE.resolve("ffprobe").toFile().setExecutable(true);
        engine = PinnedFfmpeg.engine(NATIVE, 1);
        unit = TestUnits.open(dir, "bobine-transcoding", "transcoding", TranscodingDatabase.STEPS);
    }

    private void startPipeline() throws IOException {
        TranscodingSettings settings = new TranscodingSettings(config(), instance(), k -> null);
        Engines engines = new Engines(settings);
        engines.addEngine(engine);
        jobs = new TranscodingJobs(new TranscodingDatabase(unit), new WorkFolders(dir.resolve("data")), settings, media, engines);
    }

    @AfterEach
    void stop() {
        if (jobs != null) {
            jobs.close();
        }
        engine.close();
        unit.close();
    }

    private Path clip() throws Exception {
        Path clip = dir.resolve("clip.mp4");
        ProcessBuilder pb = new ProcessBuilder(NATIVE.resolve("ffmpeg").toString(), "-nostdin", "-y", "-v", "error", "-f",
            "lavfi", "-i", "testsrc2=size=320x240:rate=25", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100", "-t",
            "2", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", clip.toString())
            .redirectErrorStream(true);
        pb.environment().put("LD_LIBRARY_PATH", NATIVE.toString());
        Process p = pb.start();
        assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
        return clip;
    }

    private static void await(String what, BooleanSupplier condition) {
        // A guard so a stuck queue fails the test instead of hanging the build; not a performance check.
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private List<Job> jobs() {
        return jobs.list(ADMIN, null, 0, 100).data;
    }

    @Test
    void aWaitingVideoIsTakenTranscodedAndPublished() throws Exception {
        media.video = new VideoMedia(7, "5e1f1a4c-1b6b-4c8e-9a3a-0c6f3c3c2a11", 1, 2, clip(), null);
        startPipeline();
        jobs.wakeUp();
        await("the publication", () -> !media.publishedFolders.isEmpty());
        assertEquals(List.of("144-fragmented.mp4", "144.m3u8", "240-fragmented.mp4", "240.m3u8", "master.m3u8",
            "segments-sha256.json"), media.publishedFolders.get(0));
        List<Integer> heights = new ArrayList<>();
        media.publishedRenditions.get(0).forEach(r -> heights.add(r.height()));
        assertEquals(List.of(144, 240), heights, "the configured ladder, never above the input's 240p");
        await("the job to complete", () -> jobs().stream().anyMatch(j -> "completed".equals(j.state)));
        assertEquals(1, jobs().size());
        assertEquals(100, jobs().get(0).progress);
        assertEquals(List.of(), media.failed);
        try (Stream<Path> work = Files.list(dir.resolve("data/tmp/jobs"))) {
            assertEquals(0, work.count(), "no work folder left");
        }
    }

    @Test
    void anUnreadableVideoFailsForGoodAndTheCoreIsTold() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.mp4"), "this is not a video at all");
        media.video = new VideoMedia(8, "6e1f1a4c-1b6b-4c8e-9a3a-0c6f3c3c2a12", 1, 2, bad, null);
        startPipeline();
        jobs.wakeUp();
        await("the failure", () -> !media.failed.isEmpty());
        assertEquals(List.of(8L), media.failed);
        Job job = jobs().get(0);
        assertEquals("failed", job.state);
        assertTrue(job.error != null && !job.error.isBlank(), "the reason is kept: " + job.error);
        assertEquals(List.of(), media.publishedFolders);
    }

    @Test
    void aCrashBetweenTakingAndTellingTheCoreQueuesTheVideoOnce() throws Exception {
        media.video = new VideoMedia(9, "7e1f1a4c-1b6b-4c8e-9a3a-0c6f3c3c2a13", 1, 2, clip(), null);
        media.failTakenOnce.set(true);
        startPipeline();
        jobs.wakeUp();
        await("the publication", () -> !media.publishedFolders.isEmpty());
        await("the job to complete", () -> jobs().stream().anyMatch(j -> "completed".equals(j.state)));
        assertEquals(1, jobs().size(), "one job, although the video was offered twice");
        assertEquals(1, media.publishedFolders.size());
    }
}
