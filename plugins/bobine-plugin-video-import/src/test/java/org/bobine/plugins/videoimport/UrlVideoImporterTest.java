package org.bobine.plugins.videoimport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.bobine.sdk.helpers.UserHelpers;
import org.bobine.sdk.hook.VideoAttributes;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.imports.ImportInfo;
import org.bobine.sdk.imports.ImportRequest;
import org.bobine.sdk.plugin.PluginException;
import org.bobine.sdk.plugin.Setting;
import org.bobine.sdk.testkit.MemoryStorage;
import org.bobine.sdk.testkit.PluginTestKit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class UrlVideoImporterTest {

    private static final Viewer ALICE = new Viewer("alice", "user");
    private static final Viewer BOB = new Viewer("bob", "user");
    private static final long CHANNEL = 7;
    private static final byte[] MEDIA = media(5000);

    @TempDir
    Path temp;

    private final PluginTestKit kit = new PluginTestKit("video-import");
    private final MemoryStorage storage = kit.storage();
    private final FakeVideos videos = new FakeVideos();
    private UserHelpers users;
    private TestServer server;
    private TestServer other;
    private UrlVideoImporter importer;

    @BeforeEach
    void servers() throws IOException {
        server = new TestServer();
        other = new TestServer();
    }

    @AfterEach
    void stop() {
        if (importer != null) {
            importer.deactivate();
        }
        server.close();
        other.close();
    }

    private static byte[] media(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    private Path work() {
        return temp.resolve("work");
    }

    private UrlVideoImporter importer(AddressGuard guard, UrlVideoImporter.Config config) {
        importer = new UrlVideoImporter(storage, kit.settings(), videos, users, guard, work(), "/nonexistent");
        kit.register(importer, Map.of());
        importer.configure(config);
        return importer;
    }

    private UrlVideoImporter importer() {
        return importer(open(), config(10_000_000, Duration.ofMinutes(1), ""));
    }

    private static UrlVideoImporter.Config config(long maxBytes, Duration maxDuration, String ytDlp) {
        return new UrlVideoImporter.Config(maxBytes, maxDuration, 2, ytDlp);
    }

    /** Every address allowed, as with BOBINE_ALLOW_PRIVATE_ADDRESSES=true. */
    private static AddressGuard open() {
        return new AddressGuard(true, a -> false);
    }

    /** Private addresses refused, except the test server itself. */
    private AddressGuard onlyTheServer() {
        InetSocketAddress mine = server.address();
        return new AddressGuard(false, mine::equals);
    }

    private static VideoAttributes attributes(String name, String description) {
        return new VideoAttributes(name, description, List.of("tag"), false, 2, "fr", 2);
    }

    private ImportInfo run(String url) throws InterruptedException {
        return run(url, attributes(null, null));
    }

    private ImportInfo run(String url, VideoAttributes attributes) throws InterruptedException {
        ImportInfo started = importer.start(ALICE, new ImportRequest(url, CHANNEL, attributes));
        assertEquals(ImportInfo.PENDING, started.state());
        return awaitEnd(started.id());
    }

    /** Waits until the import has ended and its worker is done (its files deleted). */
    private ImportInfo awaitEnd(long id) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ImportStore store = new ImportStore(storage);
        while (System.nanoTime() < until) {
            Optional<ImportStore.Entry> e = store.load(id);
            boolean open = Arrays.asList(storage.get("unfinished").orElse("").split(",")).contains(Long.toString(id));
            if (e.isPresent() && !open) {
                int state = e.get().info().state();
                assertTrue(state != ImportInfo.PENDING && state != ImportInfo.PROCESSING, "ended but " + state);
                return e.get().info();
            }
            Thread.sleep(20);
        }
        fail("import " + id + " did not end");
        return null;
    }

    private void assertNoFilesLeft() throws IOException {
        if (Files.exists(work())) {
            try (Stream<Path> files = Files.list(work())) {
                assertEquals(List.of(), files.toList());
            }
        }
    }

    private static void assertFailed(ImportInfo info, int state, String... words) {
        assertEquals(state, info.state(), info.error());
        for (String w : words) {
            assertTrue(info.error() != null && info.error().contains(w), "'" + w + "' not in: " + info.error());
        }
        assertNull(info.videoUuid());
    }

    // Sources

    @Test
    void importsADirectMediaFile() throws Exception {
        server.serve("/films/clip.mp4", "video/mp4", MEDIA);
        importer();
        ImportInfo info = run(server.url("/films/clip.mp4"));
        assertEquals(ImportInfo.SUCCESS, info.state(), info.error());
        assertEquals(100, info.progress());
        assertEquals(1, videos.created.size());
        FakeVideos.Created c = videos.created.get(0);
        assertEquals(c.uuid(), info.videoUuid());
        assertArrayEquals(MEDIA, c.bytes());
        assertEquals("clip.mp4", c.filename());
        assertEquals("clip", c.attributes().name());
        assertEquals(CHANNEL, c.channelId());
        assertEquals(ALICE, c.viewer());
        assertEquals(2, c.attributes().privacy());
        assertEquals(List.of("tag"), c.attributes().tags());
        assertEquals("fr", c.attributes().language());
        assertTrue(c.file().startsWith(work()), c.file().toString());
        assertNoFilesLeft();
    }

    @Test
    void octetStreamIsMediaOnlyWithAMediaExtension() throws Exception {
        server.serve("/dl/movie.webm", "application/octet-stream", MEDIA);
        server.serve("/dl/blob", "application/octet-stream", MEDIA);
        importer();
        assertEquals(ImportInfo.SUCCESS, run(server.url("/dl/movie.webm")).state());
        assertEquals("movie.webm", videos.created.get(0).filename());
        assertFailed(run(server.url("/dl/blob")), ImportInfo.FAILED, "application/octet-stream", "yt-dlp");
        assertEquals(1, videos.created.size());
        assertNoFilesLeft();
    }

    @Test
    void contentDispositionNamesTheFileAndTheTypeGivesTheExtension() throws Exception {
        server.on("/get", ex -> {
            ex.getResponseHeaders().set("Content-Type", "video/webm");
            ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"../../My holiday\"");
            ex.sendResponseHeaders(200, MEDIA.length);
            ex.getResponseBody().write(MEDIA);
        });
        importer();
        assertEquals(ImportInfo.SUCCESS, run(server.url("/get?id=3")).state());
        assertEquals("My_holiday.webm", videos.created.get(0).filename());
        assertEquals("My holiday", videos.created.get(0).attributes().name());
    }

    @Test
    void importsTheVideoOfAnOpenGraphPage() throws Exception {
        server.serve("/files/v.webm", "video/webm", MEDIA);
        server.page("/watch/1", """
            <html><head><title>Site</title>
            <meta property="og:title" content="Holiday in Lyon">
            <meta property="og:description" content="Two days by the Rh&ocirc;ne">
            <meta property="og:video" content="/files/v.webm">
            <meta property="og:video:type" content="video/webm">
            </head></html>""");
        importer();
        ImportInfo info = run(server.url("/watch/1"));
        assertEquals(ImportInfo.SUCCESS, info.state(), info.error());
        FakeVideos.Created c = videos.created.get(0);
        assertArrayEquals(MEDIA, c.bytes());
        assertEquals("Holiday in Lyon", c.attributes().name());
        assertEquals("Two days by the Rh&ocirc;ne", c.attributes().description());
        assertEquals("v.webm", c.filename());

        ImportInfo mine = run(server.url("/watch/1"), attributes("My own title", "My own words"));
        assertEquals(ImportInfo.SUCCESS, mine.state(), mine.error());
        assertEquals("My own title", videos.created.get(1).attributes().name());
        assertEquals("My own words", videos.created.get(1).attributes().description());
        assertNoFilesLeft();
    }

    @Test
    void triesTheNextVideoLinkWhenOneIsNotMedia() throws Exception {
        server.page("/embed/1", "<html>a player</html>");
        server.on("/gone.mp4", ex -> ex.sendResponseHeaders(404, -1));
        server.serve("/real.mp4", "video/mp4", MEDIA);
        server.page("/watch/2", """
            <meta property="og:video" content="/embed/1">
            <meta property="og:video" content="/gone.mp4">
            <meta name="twitter:player:stream" content="/real.mp4">""");
        importer();
        ImportInfo info = run(server.url("/watch/2"));
        assertEquals(ImportInfo.SUCCESS, info.state(), info.error());
        assertEquals("real.mp4", videos.created.get(0).filename());
    }

    @Test
    void aPageWithoutVideoFailsClearlyWithoutYtDlp() throws Exception {
        server.page("/blog", "<html><head><meta property=\"og:title\" content=\"Blog\"></head></html>");
        importer();
        assertFailed(run(server.url("/blog")), ImportInfo.FAILED, "og:video", "yt-dlp");
        assertEquals(List.of(), videos.created);
        assertNoFilesLeft();
    }

    @Test
    void errorStatusesAndUnreachableServersFail() throws Exception {
        server.on("/missing.mp4", ex -> ex.sendResponseHeaders(404, -1));
        importer();
        assertFailed(run(server.url("/missing.mp4")), ImportInfo.FAILED, "404");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertFailed(run("http://127.0.0.1:" + port + "/a.mp4"), ImportInfo.FAILED, "Could not connect to 127.0.0.1");
        assertNoFilesLeft();
    }

    @Test
    void aRefusalFromThePlatformRejectsTheImport() throws Exception {
        server.serve("/clip.mp4", "video/mp4", MEDIA);
        videos.refusal = new PluginException(403, "quota_reached", "The video quota is exceeded with this video");
        importer();
        assertFailed(run(server.url("/clip.mp4")), ImportInfo.REJECTED, "The video quota is exceeded with this video");
        assertNoFilesLeft();
    }

    // Bounds

    @Test
    void aFileAnnouncedLargerThanTheLimitIsNotDownloaded() throws Exception {
        server.serve("/big.mp4", "video/mp4", MEDIA);
        importer(open(), config(1000, Duration.ofMinutes(1), ""));
        assertFailed(run(server.url("/big.mp4")), ImportInfo.REJECTED, "larger than the limit of 1000 bytes");
        assertEquals(List.of(), videos.created);
        assertNoFilesLeft();
    }

    @Test
    void aFileGrowingPastTheLimitIsStopped() throws Exception {
        server.on("/stream.mp4", ex -> {
            ex.getResponseHeaders().set("Content-Type", "video/mp4");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            byte[] chunk = media(16 * 1024);
            for (int i = 0; i < 64 * 100; i++) {
                out.write(chunk);
                out.flush();
            }
        });
        importer(open(), config(200_000, Duration.ofMinutes(1), ""));
        assertFailed(run(server.url("/stream.mp4")), ImportInfo.REJECTED, "larger than the limit of 200000 bytes");
        assertEquals(List.of(), videos.created);
        assertNoFilesLeft();
    }

    @Test
    void aSlowDownloadIsStoppedAtTheTimeLimit() throws Exception {
        server.on("/slow.mp4", ex -> {
            ex.getResponseHeaders().set("Content-Type", "video/mp4");
            ex.sendResponseHeaders(200, 1_000_000);
            ex.getResponseBody().write(media(100));
            ex.getResponseBody().flush();
            server.await();
        });
        importer(open(), config(10_000_000, Duration.ofMillis(300), ""));
        assertFailed(run(server.url("/slow.mp4")), ImportInfo.FAILED, "took longer than the limit of 300 milliseconds");
        assertNoFilesLeft();
    }

    @Test
    void aServerThatNeverAnswersIsStoppedAtTheTimeLimit() throws Exception {
        server.on("/stall", ex -> server.await());
        importer(open(), config(10_000_000, Duration.ofMillis(300), ""));
        assertFailed(run(server.url("/stall")), ImportInfo.FAILED, "took longer than the limit of 300 milliseconds");
    }

    @Test
    void theRemainingQuotaBoundsTheDownload() throws Exception {
        server.serve("/clip.mp4", "video/mp4", MEDIA);
        long[] used = {0};
        users = new UserHelpers() {
            @Override
            public Optional<Viewer> authenticate(String token) {
                return Optional.empty();
            }

            @Override
            public Optional<UserInfo> get(String username) {
                return Optional.of(new UserInfo(username, "user", "display", 4000, used[0]));
            }
        };
        importer();
        assertFailed(run(server.url("/clip.mp4")), ImportInfo.REJECTED, "remaining video quota");
        used[0] = 4000;
        PluginException e = assertThrows(PluginException.class,
            () -> importer.start(ALICE, new ImportRequest(server.url("/clip.mp4"), CHANNEL, attributes(null, null))));
        assertEquals(413, e.status());
        assertEquals("quota_reached", e.code());
    }

    @Test
    void progressIsWrittenWhileDownloading() throws Exception {
        CountDownLatch seen = new CountDownLatch(1);
        byte[] big = media(200_000);
        server.on("/half.mp4", ex -> {
            ex.getResponseHeaders().set("Content-Type", "video/mp4");
            ex.sendResponseHeaders(200, big.length);
            OutputStream out = ex.getResponseBody();
            out.write(big, 0, 100_000);
            out.flush();
            seen.await(30, TimeUnit.SECONDS);
            out.write(big, 100_000, 100_000);
        });
        importer();
        ImportInfo started = importer.start(ALICE, new ImportRequest(server.url("/half.mp4"), CHANNEL, null));
        ImportInfo during = null;
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (during == null && System.nanoTime() < until) {
            ImportInfo now = importer.list(ALICE, 0, 1).get(0);
            if (now.state() == ImportInfo.PROCESSING && now.progress() == 50) {
                during = now;
            }
            Thread.sleep(20);
        }
        seen.countDown();
        assertNotNull(during, "no progress was written");
        ImportInfo end = awaitEnd(started.id());
        assertEquals(ImportInfo.SUCCESS, end.state(), end.error());
        assertEquals(100, end.progress());
        assertArrayEquals(big, videos.created.get(0).bytes());
    }

    @Test
    void onlyThePagesFirstMegabyteIsRead() throws Exception {
        server.serve("/v.mp4", "video/mp4", MEDIA);
        String filler = "<p>" + "x".repeat(2 * 1024 * 1024) + "</p>";
        server.page("/early", "<meta property=\"og:video\" content=\"/v.mp4\">" + filler);
        server.page("/late", filler + "<meta property=\"og:video\" content=\"/v.mp4\">");
        importer();
        assertEquals(ImportInfo.SUCCESS, run(server.url("/early")).state());
        assertFailed(run(server.url("/late")), ImportInfo.FAILED, "og:video");
    }

    @Test
    void stoppingThePluginMarksRunningAndWaitingImportsAsInterrupted() throws Exception {
        server.on("/slow.mp4", ex -> {
            ex.getResponseHeaders().set("Content-Type", "video/mp4");
            ex.sendResponseHeaders(200, 1_000_000);
            ex.getResponseBody().write(media(100));
            ex.getResponseBody().flush();
            server.await();
        });
        importer(open(), new UrlVideoImporter.Config(10_000_000, Duration.ofMinutes(1), 1, ""));
        ImportInfo first = importer.start(ALICE, new ImportRequest(server.url("/slow.mp4"), CHANNEL, null));
        ImportInfo second = importer.start(ALICE, new ImportRequest(server.url("/slow.mp4?2"), CHANNEL, null));
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.hits("/slow.mp4") == 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        importer.deactivate();
        assertFailed(awaitEnd(first.id()), ImportInfo.FAILED, "interrupted by a restart");
        assertFailed(awaitEnd(second.id()), ImportInfo.FAILED, "interrupted by a restart");
        assertNoFilesLeft();
        PluginException e = assertThrows(PluginException.class,
            () -> importer.start(ALICE, new ImportRequest(server.url("/slow.mp4"), CHANNEL, null)));
        assertEquals(409, e.status());
    }

    // Redirects and addresses

    @Test
    void followsUpToFiveRedirects() throws Exception {
        server.serve("/clip.mp4", "video/mp4", MEDIA);
        for (int i = 1; i <= 6; i++) {
            server.redirect("/r" + i, i == 1 ? "/clip.mp4" : server.url("/r" + (i - 1)));
        }
        importer();
        ImportInfo five = run(server.url("/r5"));
        assertEquals(ImportInfo.SUCCESS, five.state(), five.error());
        assertFailed(run(server.url("/r6")), ImportInfo.FAILED, "Too many redirects");
    }

    @Test
    void aRedirectToAPrivateAddressIsRefused() throws Exception {
        other.serve("/secret.mp4", "video/mp4", MEDIA);
        server.redirect("/to-other", other.url("/secret.mp4"));
        server.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
        server.redirect("/to-ipv6", "http://[::1]:" + other.address().getPort() + "/secret.mp4");
        importer(onlyTheServer(), config(10_000_000, Duration.ofMinutes(1), ""));
        assertFailed(run(server.url("/to-other")), ImportInfo.REJECTED, "127.0.0.1", "loopback");
        assertFailed(run(server.url("/to-metadata")), ImportInfo.REJECTED, "169.254.169.254", "link-local");
        assertFailed(run(server.url("/to-ipv6")), ImportInfo.REJECTED, "loopback");
        assertEquals(0, other.hits("/secret.mp4"));
        assertEquals(List.of(), videos.created);
    }

    @Test
    void aPageLinkingToAPrivateAddressIsRefused() throws Exception {
        other.serve("/secret.mp4", "video/mp4", MEDIA);
        server.page("/watch", "<meta property=\"og:video\" content=\"" + other.url("/secret.mp4") + "\">");
        importer(onlyTheServer(), config(10_000_000, Duration.ofMinutes(1), ""));
        assertFailed(run(server.url("/watch")), ImportInfo.REJECTED, "loopback");
        assertEquals(0, other.hits("/secret.mp4"));
    }

    @Test
    void startRefusesPrivateAddressesAtOnce() {
        server.serve("/clip.mp4", "video/mp4", MEDIA);
        importer(new AddressGuard(false, a -> false), config(10_000_000, Duration.ofMinutes(1), ""));
        for (String url : List.of(server.url("/clip.mp4"), "http://localhost:" + server.address().getPort() + "/clip.mp4",
            "http://[::1]/a.mp4", "http://10.1.2.3/a.mp4", "http://0.0.0.0/a.mp4", "http://[::ffff:127.0.0.1]/a.mp4",
            "http://[fe80::1]/a.mp4", "http://[fd00::1]/a.mp4")) {
            PluginException e = assertThrows(PluginException.class,
                () -> importer.start(ALICE, new ImportRequest(url, CHANNEL, attributes(null, null))), url);
            assertEquals(400, e.status(), url);
            assertTrue(e.getMessage().contains("is not allowed"), e.getMessage());
        }
        assertEquals(0, server.hits("/clip.mp4"));
        assertEquals(List.of(), storage.keys("import:"));
        assertEquals(0, importer.count(ALICE));
    }

    @Test
    void startRefusesBadRequests() {
        importer();
        for (String url : List.of("ftp://example.com/a.mp4", "https://user:pw@example.com/a.mp4",
            "https://example.com/" + "a".repeat(2000), "not a url", "file:///etc/passwd")) {
            PluginException e = assertThrows(PluginException.class,
                () -> importer.start(ALICE, new ImportRequest(url, CHANNEL, attributes(null, null))), url);
            assertEquals(400, e.status(), url);
        }
        PluginException e = assertThrows(PluginException.class,
            () -> importer.start(Viewer.ANONYMOUS, new ImportRequest("https://example.com/a.mp4", CHANNEL, null)));
        assertEquals(401, e.status());
        e = assertThrows(PluginException.class, () -> importer.start(ALICE,
            new ImportRequest("https://no-such-host.invalid/a.mp4", CHANNEL, null)));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("could not be found"), e.getMessage());
        assertEquals(List.of(), storage.keys("import:"));
    }

    // Storage, lists and restarts

    @Test
    void listsAUsersImportsNewestFirst() throws Exception {
        server.serve("/clip.mp4", "video/mp4", MEDIA);
        importer();
        long a = run(server.url("/clip.mp4")).id();
        long b = run(server.url("/clip.mp4?2")).id();
        ImportInfo bobs = importer.start(BOB, new ImportRequest(server.url("/clip.mp4"), CHANNEL, null));
        awaitEnd(bobs.id());
        long c = run(server.url("/clip.mp4?3")).id();
        assertEquals(List.of(c, b, a), importer.list(ALICE, 0, 10).stream().map(ImportInfo::id).toList());
        assertEquals(List.of(b), importer.list(ALICE, 1, 1).stream().map(ImportInfo::id).toList());
        assertEquals(List.of(), importer.list(ALICE, 5, 10));
        assertEquals(3, importer.count(ALICE));
        assertEquals(1, importer.count(BOB));
        assertEquals(List.of(bobs.id()), importer.list(BOB, 0, 10).stream().map(ImportInfo::id).toList());
        assertEquals(List.of(), importer.list(Viewer.ANONYMOUS, 0, 10));
        ImportInfo first = importer.list(ALICE, 2, 1).get(0);
        assertEquals(server.url("/clip.mp4"), first.targetUrl());
        assertEquals("alice", first.username());
        assertEquals(ImportInfo.SUCCESS, first.state());
        assertTrue(first.updatedAt() >= first.createdAt());
    }

    @Test
    void importsCutShortByARestartAreMarkedFailed() throws Exception {
        ImportStore store = new ImportStore(storage);
        ImportInfo pending = store.create("alice", "https://example.com/1.mp4", 1000);
        ImportInfo running = store.create("alice", "https://example.com/2.mp4", 2000);
        Path half = Files.createDirectories(work().resolve("import-2-123"));
        Files.write(half.resolve("download.mp4"), media(10));
        store.save(new ImportInfo(running.id(), running.targetUrl(), ImportInfo.PROCESSING, 40, null, null, "alice",
            2000, 2500), half.toString());
        ImportInfo done = store.create("alice", "https://example.com/3.mp4", 3000);
        store.save(new ImportInfo(done.id(), done.targetUrl(), ImportInfo.SUCCESS, 100, null, "uuid", "alice", 3000,
            3500), null);

        importer();
        List<ImportInfo> list = importer.list(ALICE, 0, 10);
        assertEquals(ImportInfo.SUCCESS, list.get(0).state());
        assertFailed(list.get(1), ImportInfo.FAILED, "interrupted by a restart");
        assertEquals(40, list.get(1).progress());
        assertFailed(list.get(2), ImportInfo.FAILED, "interrupted by a restart");
        assertFalse(Files.exists(half));
        assertEquals(List.of(), store.unfinished());
        assertEquals(pending.id(), list.get(2).id());
    }

    @Test
    void declaresItsSettingsAndParsesThem() {
        importer();
        assertEquals(List.of("max-size-mb", "max-duration-minutes", "workers", "yt-dlp-path"),
            kit.settings().declared().stream().map(Setting::name).toList());
        assertEquals(Map.of("max-size-mb", "2048", "max-duration-minutes", "60", "workers", "2", "yt-dlp-path", "yt-dlp"),
            kit.settings().all());
        UrlVideoImporter.Config defaults = UrlVideoImporter.parse(kit.settings().all());
        assertEquals(2048L * 1024 * 1024, defaults.maxBytes());
        assertEquals(Duration.ofMinutes(60), defaults.maxDuration());
        assertEquals(2, defaults.workers());
        assertEquals("yt-dlp", defaults.ytDlpSetting());
        UrlVideoImporter.Config set = UrlVideoImporter.parse(Map.of("max-size-mb", "10",
            "max-duration-minutes", "5", "workers", "0", "yt-dlp-path", " /opt/yt-dlp "));
        assertEquals(10L * 1024 * 1024, set.maxBytes());
        assertEquals(Duration.ofMinutes(5), set.maxDuration());
        assertEquals(2, set.workers());
        assertEquals("/opt/yt-dlp", set.ytDlpSetting());
        assertEquals(UrlVideoImporter.parse(Map.of()), UrlVideoImporter.parse(Map.of("max-size-mb", "lots",
            "max-duration-minutes", "-4", "workers", "")));
        assertEquals(16, UrlVideoImporter.parse(Map.of("workers", "1000")).workers());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void settingsChangesApplyToTheNextImport() throws Exception {
        Path ytDlp = script("yt-dlp", FAKE_YT_DLP);
        server.serve("/two-mb.mp4", "video/mp4", media(2 * 1024 * 1024));
        server.page("/plain", "<html></html>");
        importer();
        assertFailed(run(server.url("/plain")), ImportInfo.FAILED, "yt-dlp");
        assertEquals(ImportInfo.SUCCESS, run(server.url("/two-mb.mp4")).state());

        kit.settings().set(Map.of("max-size-mb", "1", "yt-dlp-path", ytDlp.toString(), "workers", "3"));
        kit.assertNoFailures();
        assertFailed(run(server.url("/two-mb.mp4")), ImportInfo.REJECTED, "larger than the limit of 1 MB");
        ImportInfo viaYtDlp = run(server.url("/plain"));
        assertEquals(ImportInfo.SUCCESS, viaYtDlp.state(), viaYtDlp.error());
        List<String> args = Files.readAllLines(ytDlp.resolveSibling("args.txt"));
        assertEquals(Long.toString(1024 * 1024), args.get(args.indexOf("--max-filesize") + 1));
    }

    // yt-dlp

    private Path script(String name, String body) throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path p = bin.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    private static final String FAKE_YT_DLP = """
        printf '%s\\n' "$@" > "$(dirname "$0")/args.txt"
        out=""
        while [ $# -gt 0 ]; do
          case "$1" in
            -o) out="$2"; shift ;;
          esac
          shift
        done
        file=$(printf '%s' "$out" | sed 's/%(ext)s/mp4/')
        printf 'FAKEVIDEO' > "$file"
        printf '%s\\n' '{"id":"abc","title":"From yt-dlp: a film","description":"Described by yt-dlp","ext":"mp4"}'
        """;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void ytDlpImportsPagesWithoutAVideoLink() throws Exception {
        Path ytDlp = script("yt-dlp", FAKE_YT_DLP);
        server.page("/video/9", "<html><head><meta property=\"og:title\" content=\"Page title\"></head></html>");
        importer(open(), config(10_000_000, Duration.ofMinutes(1), ytDlp.toString()));
        ImportInfo info = run(server.url("/video/9"));
        assertEquals(ImportInfo.SUCCESS, info.state(), info.error());
        FakeVideos.Created c = videos.created.get(0);
        assertArrayEquals("FAKEVIDEO".getBytes(StandardCharsets.US_ASCII), c.bytes());
        assertEquals("From yt-dlp: a film", c.attributes().name());
        assertEquals("Described by yt-dlp", c.attributes().description());
        assertEquals("From_yt-dlp_a_film.mp4", c.filename());
        List<String> args = Files.readAllLines(ytDlp.resolveSibling("args.txt"));
        assertEquals(server.url("/video/9"), args.get(args.size() - 1));
        assertEquals("--", args.get(args.size() - 2));
        assertTrue(args.containsAll(List.of("--no-playlist", "--ignore-config", "--no-progress", "--dump-json",
            "--no-simulate")), args.toString());
        assertEquals("10000000", args.get(args.indexOf("--max-filesize") + 1));
        assertEquals(YtDlp.FORMAT, args.get(args.indexOf("-f") + 1));
        assertNoFilesLeft();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void ytDlpIsFoundInThePathByName() throws Exception {
        Path ytDlp = script("yt-dlp", FAKE_YT_DLP);
        assertEquals(Optional.of(ytDlp), YtDlp.locate("yt-dlp", "/nonexistent:" + ytDlp.getParent()));
        assertEquals(Optional.empty(), YtDlp.locate("yt-dlp", "/nonexistent"));
        assertEquals(Optional.empty(), YtDlp.locate("", ytDlp.getParent().toString()));
        assertEquals(Optional.of(ytDlp), YtDlp.locate(ytDlp.toString(), null));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void ytDlpErrorsAreShownWithoutTheNoise() throws Exception {
        Path ytDlp = script("yt-dlp", """
            echo "WARNING: [generic] Falling back on generic information extractor" >&2
            printf '\\033[0;31mERROR:\\033[0m [generic] Unsupported URL: http://example.com/\\n' >&2
            exit 1
            """);
        server.page("/plain", "<html></html>");
        importer(open(), config(10_000_000, Duration.ofMinutes(1), ytDlp.toString()));
        assertFailed(run(server.url("/plain")), ImportInfo.FAILED,
            "yt-dlp could not download the video: [generic] Unsupported URL: http://example.com/");
        assertNoFilesLeft();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void ytDlpAndItsChildrenAreKilledAtTheTimeLimit() throws Exception {
        Path ytDlp = script("yt-dlp", """
            sleep 120 &
            echo $! > "$(dirname "$0")/child.pid"
            wait
            """);
        server.page("/plain", "<html></html>");
        importer(open(), config(10_000_000, Duration.ofSeconds(2), ytDlp.toString()));
        assertFailed(run(server.url("/plain")), ImportInfo.FAILED, "took longer than the limit of 2 seconds");
        Path pid = ytDlp.resolveSibling("child.pid");
        assertTrue(Files.exists(pid), "the script did not get to start its child within the limit");
        long child = Long.parseLong(Files.readString(pid).strip());
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (running(child) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertFalse(running(child), "the child process " + child + " still runs");
        assertNoFilesLeft();
    }

    /** Alive and not a zombie (a killed process whose parent died may wait for a reaper that never comes). */
    private static boolean running(long pid) throws IOException {
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (!Files.exists(stat)) {
            return false;
        }
        try {
            String s = Files.readString(stat);
            return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theAddressIsCheckedAgainJustBeforeYtDlpStarts() throws Exception {
        Path ytDlp = script("yt-dlp", FAKE_YT_DLP);
        server.page("/plain", "<html></html>");
        AtomicInteger checks = new AtomicInteger();
        InetSocketAddress mine = server.address();
        // the host "changes its answer" after the start check and the page request: a DNS rebinding
        Predicate<InetSocketAddress> trusted = a -> a.equals(mine) && checks.incrementAndGet() <= 2;
        importer(new AddressGuard(false, trusted), config(10_000_000, Duration.ofMinutes(1), ytDlp.toString()));
        assertFailed(run(server.url("/plain")), ImportInfo.REJECTED, "is not allowed");
        assertFalse(Files.exists(ytDlp.resolveSibling("args.txt")), "yt-dlp ran");
        assertEquals(1, server.hits("/plain"));
    }
}
