package org.bobine.plugins.videoimport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Security;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.bobine.sdk.helpers.UserHelpers;
import org.bobine.sdk.helpers.VideoHelpers;
import org.bobine.sdk.hook.VideoAttributes;
import org.bobine.sdk.hook.VideoInfo;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.imports.ImportInfo;
import org.bobine.sdk.imports.ImportReports;
import org.bobine.sdk.imports.ImportRequest;
import org.bobine.sdk.imports.VideoImporter;
import org.bobine.sdk.plugin.PluginException;
import org.bobine.sdk.plugin.PluginSettings;
import org.bobine.sdk.plugin.PluginStorage;
import org.bobine.sdk.plugin.Setting;
import org.bobine.sdk.plugin.SettingType;
import org.bobine.sdk.plugin.SettingsDeclaration;
import org.bobine.sdk.plugin.SettingsListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's {@link VideoImporter}: PeerTube's {@code POST /api/v1/videos/imports} lands here once the
 * platform has authenticated the user, checked the channel and run the pre-import hooks. {@link #start} checks
 * the URL and its addresses, records a pending import and queues it; a small pool of workers then downloads a
 * media file directly, through a page's OpenGraph video link, or with yt-dlp, within the size and time bounds,
 * and hands the file to {@link VideoHelpers#create}, which applies the quota and the upload hooks like an upload.
 * Imports are kept in the plugin's storage; those a restart cut short are marked failed when it activates.
 */
@Component(service = {VideoImporter.class, SettingsDeclaration.class, SettingsListener.class})
public class UrlVideoImporter implements VideoImporter, SettingsDeclaration, SettingsListener {

    /** Environment variable that, set to "true", lets imports reach private addresses. */
    static final String ALLOW_PRIVATE_ENV = "BOBINE_ALLOW_PRIVATE_ADDRESSES";

    /** Imports waiting for a worker at most; more are refused with 429. */
    static final int QUEUE_SIZE = 100;

    /** The error of imports a restart cut short. */
    static final String INTERRUPTED = "The import was interrupted by a restart";

    static final String MAX_SIZE = "max-size-mb";
    static final String MAX_DURATION = "max-duration-minutes";
    static final String WORKERS = "workers";
    static final String YT_DLP = "yt-dlp-path";

    private static final Logger LOG = LoggerFactory.getLogger(UrlVideoImporter.class);
    private static final long MB = 1024L * 1024;
    private static final int MAX_TITLE = 120;
    private static final int MIN_TITLE = 3;
    private static final int MAX_DESCRIPTION = 10_000;
    private static final long PROGRESS_EVERY_MILLIS = 1000;

    /**
     * The bounds in force.
     *
     * @param maxBytes     largest file
     * @param maxDuration  longest download
     * @param workers      imports run at once
     * @param ytDlpSetting where yt-dlp is: a path or a name looked up in the PATH; blank for never
     */
    record Config(long maxBytes, Duration maxDuration, int workers, String ytDlpSetting) {
    }

    private final ImportStore store;
    private final VideoHelpers videos;
    private final UserHelpers users;
    private final AddressGuard guard;
    private final Fetcher fetcher;
    private final Path tempBase;
    private final String pathEnv;
    private final ThreadPoolExecutor executor;
    /** The platform's service told when an import ends (the user is notified); absent on older platforms. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ImportReports reports;
    private volatile Config config;
    private volatile Optional<Path> ytDlp = Optional.empty();

    /**
     * @param storage  where imports are kept
     * @param settings the administrator's bounds
     * @param videos   creates the imported videos
     * @param users    the importing user's quota, to stop downloads that could not fit; optional
     */
    @Activate
    public UrlVideoImporter(@Reference PluginStorage storage, @Reference PluginSettings settings,
                            @Reference VideoHelpers videos,
                            @Reference(cardinality = ReferenceCardinality.OPTIONAL) UserHelpers users) {
        this(storage, settings, videos, users,
            new AddressGuard("true".equalsIgnoreCase(System.getenv(ALLOW_PRIVATE_ENV)), a -> false),
            Path.of(System.getProperty("java.io.tmpdir"), "bobine-video-import"), System.getenv("PATH"));
    }

    /**
     * @param storage  where imports are kept
     * @param settings the administrator's bounds
     * @param videos   creates the imported videos
     * @param users    quotas, or null
     * @param guard    the address rule
     * @param tempBase the directory downloads are written below
     * @param pathEnv  the PATH in which yt-dlp is looked up
     */
    UrlVideoImporter(PluginStorage storage, PluginSettings settings, VideoHelpers videos, UserHelpers users,
                     AddressGuard guard, Path tempBase, String pathEnv) {
        this.store = new ImportStore(storage);
        this.videos = videos;
        this.users = users;
        this.guard = guard;
        this.tempBase = tempBase;
        this.pathEnv = pathEnv;
        this.fetcher = new Fetcher(HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30))
            .version(HttpClient.Version.HTTP_1_1)
            .build(), guard);
        Config initial = parse(settings.all());
        this.executor = new ThreadPoolExecutor(initial.workers(), initial.workers(), 60, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE_SIZE), threads());
        executor.allowCoreThreadTimeOut(true);
        configure(initial);
        if (guard.allowsPrivate()) {
            LOG.warn("{}=true: imports may reach private and loopback addresses", ALLOW_PRIVATE_ENV);
        } else if ("0".equals(Security.getProperty("networkaddress.cache.ttl"))
            || "0".equals(System.getProperty("sun.net.inetaddr.ttl"))) {
            LOG.warn("The JVM does not cache DNS answers (networkaddress.cache.ttl=0): a host could answer the "
                + "address check and the connection differently (DNS rebinding)");
        }
        recover();
    }

    /** Stops the workers; imports they were running or that were waiting are marked as interrupted. */
    @Deactivate
    void deactivate() {
        List<Runnable> waiting = executor.shutdownNow();
        for (Runnable r : waiting) {
            if (r instanceof Job job) {
                end(job.info, ImportInfo.FAILED, INTERRUPTED, -1);
                store.finished(job.info.id());
            }
        }
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Imports still running after 10 seconds; they will be marked as interrupted at next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<Setting> settings() {
        return List.of(
            Setting.of(MAX_SIZE, SettingType.INPUT, "Largest imported file, in MB", "2048")
                .describedAs("A download stops as soon as it grows past this size, and does not start when the "
                    + "server announces a larger file. A user's remaining quota lowers it further."),
            Setting.of(MAX_DURATION, SettingType.INPUT, "Longest download, in minutes", "60")
                .describedAs("Downloading (or running yt-dlp) is stopped past this time and the import fails."),
            Setting.of(WORKERS, SettingType.INPUT, "Imports running at the same time", "2")
                .describedAs("Other imports wait their turn, up to " + QUEUE_SIZE + "; beyond that new imports "
                    + "are refused until some finish."),
            Setting.of(YT_DLP, SettingType.INPUT, "yt-dlp program", "yt-dlp")
                .describedAs("A path, or a name looked up in the PATH. yt-dlp imports from pages that have no "
                    + "direct video link (most video sites). Leave empty to never use it."));
    }

    @Override
    public void settingsChanged(Map<String, String> values) {
        configure(parse(values));
    }

    /**
     * Applies bounds: the pool's size, and where yt-dlp is.
     *
     * @param c the bounds
     */
    void configure(Config c) {
        synchronized (executor) {
            if (c.workers() > executor.getMaximumPoolSize()) {
                executor.setMaximumPoolSize(c.workers());
                executor.setCorePoolSize(c.workers());
            } else {
                executor.setCorePoolSize(c.workers());
                executor.setMaximumPoolSize(c.workers());
            }
        }
        Optional<Path> found = YtDlp.locate(c.ytDlpSetting(), pathEnv);
        if (found.isPresent()) {
            LOG.info("yt-dlp found at {}: pages without a direct video link are imported with it", found.get());
        } else {
            LOG.info("yt-dlp not found (\"{}\"): only media files and OpenGraph pages can be imported",
                c.ytDlpSetting());
        }
        this.ytDlp = found;
        this.config = c;
    }

    static Config parse(Map<String, String> values) {
        long mb = number(values.get(MAX_SIZE), 2048, 1, 1024 * 1024);
        long minutes = number(values.get(MAX_DURATION), 60, 1, 24 * 60);
        int workers = (int) number(values.get(WORKERS), 2, 1, 16);
        String ytDlpPath = values.containsKey(YT_DLP) && values.get(YT_DLP) != null ? values.get(YT_DLP).strip() : "yt-dlp";
        return new Config(mb * MB, Duration.ofMinutes(minutes), workers, ytDlpPath);
    }

    private static long number(String value, long fallback, long min, long max) {
        try {
            long v = Long.parseLong(value == null ? "" : value.strip());
            return v < min ? fallback : Math.min(v, max);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public ImportInfo start(Viewer viewer, ImportRequest request) {
        if (viewer == null || viewer.anonymous()) {
            throw new PluginException(401, null, "You must be logged in to import a video");
        }
        if (request == null) {
            throw PluginException.badRequest("targetUrl is required");
        }
        URI uri;
        try {
            uri = Urls.check(request.targetUrl());
        } catch (IllegalArgumentException e) {
            throw PluginException.badRequest(e.getMessage());
        }
        try {
            guard.check(uri);
        } catch (ImportFailure f) {
            throw PluginException.badRequest(f.getMessage());
        }
        OptionalLong left = quotaLeft(viewer);
        if (left.isPresent() && left.getAsLong() <= 0) {
            throw new PluginException(413, "quota_reached", "Your video quota is used up");
        }
        synchronized (this) {
            if (executor.isShutdown()) {
                throw new PluginException(409, null, "The importer is restarting; try again in a moment");
            }
            if (executor.getQueue().remainingCapacity() == 0) {
                throw new PluginException(429, null, "Too many imports are waiting; try again later");
            }
            ImportInfo info = store.create(viewer.username(), request.targetUrl().strip(), System.currentTimeMillis());
            try {
                executor.execute(new Job(info, viewer, request, uri));
            } catch (RejectedExecutionException e) {
                store.finished(info.id());
                return end(info, ImportInfo.FAILED, INTERRUPTED, -1);
            }
            LOG.info("Import {} by {} from {} queued", info.id(), viewer.username(), uri);
            return info;
        }
    }

    @Override
    public List<ImportInfo> list(Viewer viewer, int start, int count) {
        if (viewer == null || viewer.anonymous()) {
            return List.of();
        }
        List<Long> ids = store.index(viewer.username());
        int from = Math.max(0, start);
        int to = (int) Math.min(ids.size(), (long) from + Math.max(0, Math.min(count, 100)));
        List<ImportInfo> page = new ArrayList<>();
        for (int i = from; i < to; i++) {
            store.load(ids.get(i)).ifPresent(e -> page.add(e.info()));
        }
        return page;
    }

    @Override
    public long count(Viewer viewer) {
        return viewer == null || viewer.anonymous() ? 0 : store.index(viewer.username()).size();
    }

    /** Marks what a restart cut short as failed and deletes its half-downloaded files. */
    private void recover() {
        for (long id : store.unfinished()) {
            store.load(id).ifPresent(e -> {
                int state = e.info().state();
                if (state == ImportInfo.PENDING || state == ImportInfo.PROCESSING) {
                    end(e.info(), ImportInfo.FAILED, INTERRUPTED, e.info().progress());
                    LOG.info("Import {} was interrupted by a restart", id);
                }
                if (e.workDir() != null) {
                    Path dir = Path.of(e.workDir()).normalize();
                    if (dir.startsWith(tempBase.normalize()) && !dir.equals(tempBase.normalize())) {
                        delete(dir);
                    }
                }
            });
            store.finished(id);
        }
    }

    private void report(ImportInfo ended) {
        ImportReports r = reports;
        if (r != null) {
            try {
                r.ended(ended);
            } catch (RuntimeException e) {
                LOG.warn("Import {}: the platform could not be told it ended", ended.id(), e);
            }
        }
    }

    private ImportInfo end(ImportInfo info, int state, String error, int progress) {
        ImportInfo done = new ImportInfo(info.id(), info.targetUrl(), state, progress, error,
            state == ImportInfo.SUCCESS ? info.videoUuid() : null, info.username(), info.createdAt(),
            System.currentTimeMillis());
        try {
            store.save(done, null);
        } catch (RuntimeException e) {
            LOG.warn("Import {} could not be recorded as {}", info.id(), state, e);
        }
        report(done);
        return done;
    }

    /** Bytes the user may still store, empty when unlimited or unknown. */
    private OptionalLong quotaLeft(Viewer viewer) {
        if (users == null) {
            return OptionalLong.empty();
        }
        try {
            Optional<UserHelpers.UserInfo> user = users.get(viewer.username());
            if (user.isEmpty() || user.get().videoQuota() < 0) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(user.get().videoQuota() - user.get().videoQuotaUsed());
        } catch (RuntimeException e) {
            LOG.warn("Quota of {} unknown", viewer.username(), e);
            return OptionalLong.empty();
        }
    }

    static String size(long bytes) {
        if (bytes >= MB) {
            return bytes % MB == 0 ? bytes / MB + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        return bytes + " bytes";
    }

    private static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "bobine-video-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}: {}", p, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.toString());
        }
    }

    /**
     * The attributes the video is created with: the user's, with the name and description taken from the source
     * when the user gave none.
     */
    static VideoAttributes attributes(VideoAttributes requested, String title, String description, String filename) {
        VideoAttributes a = requested != null ? requested
            : new VideoAttributes(null, null, List.of(), false, null, null, 1);
        String name = a.name();
        if (name == null || name.isBlank()) {
            name = clean(title);
            if (name == null) {
                String stem = filename.contains(".") ? filename.substring(0, filename.lastIndexOf('.')) : filename;
                name = clean(stem.replace('_', ' '));
            }
            if (name == null || name.length() < MIN_TITLE || name.equals("video")) {
                name = "Imported video";
            }
        }
        String text = a.description();
        if (text == null && description != null) {
            text = description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION) : description;
        }
        return new VideoAttributes(name, text, a.tags(), a.nsfw(), a.category(), a.language(), a.privacy());
    }

    private static String clean(String title) {
        if (title == null) {
            return null;
        }
        String t = title.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE - 1).strip() + "…" : t;
    }

    private static String describe(Fetcher.Other o) {
        return o.status() != 200 ? "answered with status " + o.status()
            : "gives " + (o.contentType().isEmpty() ? "a document without a type" : o.contentType())
                + ", not a media file";
    }

    /** The file to create the video from, with what the source said about it. */
    private record Source(Path file, String filename, String title, String description) {
    }

    /** One import, run by a worker. */
    private final class Job implements Runnable {

        private final ImportInfo info;
        private final Viewer viewer;
        private final ImportRequest request;
        private final URI uri;
        private ImportInfo current;
        private long lastWrite;
        private int lastProgress = Integer.MIN_VALUE;

        Job(ImportInfo info, Viewer viewer, ImportRequest request, URI uri) {
            this.info = info;
            this.viewer = viewer;
            this.request = request;
            this.uri = uri;
            this.current = info;
        }

        @Override
        public void run() {
            Path dir = null;
            boolean interrupted = false;
            try {
                Config c = config;
                Deadline deadline = new Deadline(c.maxDuration());
                Files.createDirectories(tempBase);
                dir = Files.createTempDirectory(tempBase, "import-" + info.id() + "-");
                write(ImportInfo.PROCESSING, -1, dir);
                Fetcher.Limit limit = limit(c);
                Source source = fetch(dir, limit, deadline);
                VideoAttributes attributes = attributes(request.attributes(), source.title(), source.description(),
                    source.filename());
                VideoInfo video = videos.create(viewer, request.channelId(), attributes, source.file(),
                    source.filename());
                current = new ImportInfo(info.id(), info.targetUrl(), ImportInfo.SUCCESS, 100, null, video.uuid(),
                    info.username(), info.createdAt(), System.currentTimeMillis());
                store.save(current, null);
                LOG.info("Import {} by {} created video {}", info.id(), viewer.username(), video.uuid());
                report(current);
            } catch (ImportFailure f) {
                finish(f.state(), f.getMessage());
            } catch (PluginException e) {
                finish(ImportInfo.REJECTED, e.getMessage() == null ? "The video was refused" : e.getMessage());
            } catch (InterruptedException e) {
                interrupted = true;
                finish(ImportInfo.FAILED, INTERRUPTED);
            } catch (IOException e) {
                LOG.warn("Import {}: temporary files under {} cannot be written", info.id(), tempBase, e);
                finish(ImportInfo.FAILED, "The server could not store the download");
            } catch (RuntimeException e) {
                LOG.error("Import {} failed", info.id(), e);
                finish(ImportInfo.FAILED, "The import failed because of an internal error");
            } finally {
                interrupted |= Thread.interrupted();
                delete(dir);
                try {
                    store.finished(info.id());
                } catch (RuntimeException e) {
                    LOG.warn("Import {} could not be recorded as ended", info.id(), e);
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void finish(int state, String error) {
            boolean interrupted = Thread.interrupted();
            LOG.info("Import {} by {} from {} ended ({}): {}", info.id(), viewer.username(), uri,
                state == ImportInfo.REJECTED ? "rejected" : "failed", error);
            current = end(current, state, error, current.progress());
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private void write(int state, int progress, Path dir) {
            current = new ImportInfo(info.id(), info.targetUrl(), state, progress, null, null, info.username(),
                info.createdAt(), System.currentTimeMillis());
            store.save(current, dir == null ? null : dir.toString());
            lastWrite = System.nanoTime();
            lastProgress = progress;
        }

        /** Writes the progress, at most once a second and only when it changed. */
        private void progress(Path dir, long bytes, long total) {
            int percent = total > 0 ? (int) Math.min(99, bytes * 100 / total) : -1;
            if (percent != lastProgress && System.nanoTime() - lastWrite >= PROGRESS_EVERY_MILLIS * 1_000_000) {
                write(ImportInfo.PROCESSING, percent, dir);
            }
        }

        private Fetcher.Limit limit(Config c) throws ImportFailure {
            long max = c.maxBytes();
            String message = "The file is larger than the limit of " + size(max);
            OptionalLong left = quotaLeft(viewer);
            if (left.isPresent() && left.getAsLong() < max) {
                if (left.getAsLong() <= 0) {
                    throw ImportFailure.rejected("Your video quota is used up");
                }
                max = left.getAsLong();
                message = "The file is larger than your remaining video quota (" + size(max) + ")";
            }
            return new Fetcher.Limit(max, message);
        }

        private Source fetch(Path dir, Fetcher.Limit limit, Deadline deadline)
            throws ImportFailure, InterruptedException {
            Fetcher.Progress progress = (bytes, total) -> progress(dir, bytes, total);
            Fetcher.Result result = fetcher.fetch(uri, true, dir, limit, deadline, progress);
            if (result instanceof Fetcher.Media m) {
                return new Source(m.file(), m.filename(), null, null);
            }
            String title = null;
            String description = null;
            String problem;
            if (result instanceof Fetcher.Page p) {
                OpenGraph.Page page = OpenGraph.parse(p.html(), p.uri());
                title = page.title();
                description = page.description();
                problem = "No video found: the page has no og:video link to a media file";
                for (URI link : page.videos()) {
                    Fetcher.Result r = fetcher.fetch(link, false, dir, limit, deadline, progress);
                    if (r instanceof Fetcher.Media m) {
                        return new Source(m.file(), m.filename(), title, description);
                    }
                    if (r instanceof Fetcher.Other o) {
                        problem = "No video found: the page's video link " + describe(o);
                    }
                }
            } else {
                Fetcher.Other o = (Fetcher.Other) result;
                problem = o.status() != 200 ? "The server answered with status " + o.status()
                    : "The URL gives " + (o.contentType().isEmpty() ? "a document without a type" : o.contentType())
                        + ", which is neither a video nor a web page";
            }
            Optional<Path> exe = ytDlp;
            if (exe.isEmpty()) {
                throw ImportFailure.failed(problem + " (yt-dlp, which knows many video sites, is not installed)");
            }
            guard.check(uri);
            LOG.info("Import {}: running yt-dlp for {}", info.id(), uri);
            YtDlp.Download d = YtDlp.run(exe.get(), uri, dir, limit, deadline, progress);
            return new Source(d.file(), d.filename(), d.title() != null ? d.title() : title,
                d.description() != null ? d.description() : description);
        }
    }
}
