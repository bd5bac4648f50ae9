package org.bobine.core.impl.internal.service;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bobine.core.api.InstanceService;
import org.bobine.core.impl.internal.util.Maps;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instance's identity and settings, from {@code etc/org.bobine.instance.cfg} overridden by
 * {@code BOBINE_*} environment variables. Registered by DS; every other core component depends on it, so a
 * change of the data directory restarts the core cleanly.
 */
@Component(service = {InstanceService.class, Settings.class}, configurationPid = "org.bobine.instance",
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = InstanceConfig.class)
public class InstanceServiceImpl implements Settings {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceServiceImpl.class);

    /** Video file extensions accepted while transcoding is not available (PeerTube's list without transcoding). */
    static final List<String> VIDEO_EXTENSIONS = List.of(".webm", ".ogv", ".ogg", ".mp4", ".mkv", ".mov", ".m4v");

    /** With a transcoding engine: PeerTube's additional video containers and its audio files too. */
    static final List<String> TRANSCODED_EXTENSIONS = List.of(".webm", ".ogv", ".ogg", ".mp4", ".mkv", ".mov", ".m4v",
        ".qt", ".mqv", ".flv", ".f4v", ".wmv", ".avi", ".3gp", ".3gpp", ".3g2", ".3gpp2", ".nut", ".mts", ".m2ts",
        ".mpv", ".m2v", ".m1v", ".mpg", ".mpe", ".mpeg", ".vob", ".mxf",
        ".mp3", ".wav", ".oga", ".m4a", ".flac", ".aac", ".opus", ".wma", ".ac3");

    /** The runner job types Bobine hands out (PeerTube's names). */
    public static final List<String> RUNNER_JOB_TYPES = List.of("vod-hls-transcoding", "vod-web-video-transcoding",
        "vod-audio-merge-transcoding");

    private final String publicUrl;
    private final String host;
    private final int httpPort;
    private final Path dataDir;
    private final String rootPassword;
    private final String name;
    private final String shortDescription;
    private final boolean signupAllowed;
    private final long defaultVideoQuota;
    private final long defaultVideoQuotaDaily;
    private final String defaultNsfwPolicy;
    private final List<Integer> transcodingResolutions;
    private final boolean transcodingKeepOriginalResolution;
    private final int transcodingConcurrency;
    private final boolean transcodingWebVideos;
    private final String transcodingEngine;
    private final java.util.Set<String> remoteRunnerJobTypes;
    private final int runnerStallSeconds;
    private final boolean p2pEnabled;
    private final Path customFile;
    /** What administrators changed through PUT /api/v1/config/custom (instance.* fields), over the configuration. */
    private volatile Map<String, Object> custom;

    /**
     * @param config the configuration
     */
    @Activate
    public InstanceServiceImpl(InstanceConfig config) {
        this(config, System::getenv, System.getProperty("karaf.data", "data"));
    }

    InstanceServiceImpl(InstanceConfig config, Function<String, String> env, String karafData) {
        this.httpPort = Integer.parseInt(pick(env, "BOBINE_HTTP_PORT", String.valueOf(config.httpPort())));
        String url = pick(env, "BOBINE_PUBLIC_URL", config.publicUrl());
        if (url.isEmpty()) {
            url = "http://localhost:" + httpPort;
        }
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null
            || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("Public URL must be an absolute http(s) URL: " + url);
        }
        this.publicUrl = url;
        this.host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        String dir = pick(env, "BOBINE_DATA", config.dataDir());
        this.dataDir = (dir.isEmpty() ? Paths.get(karafData, "bobine") : Paths.get(dir)).toAbsolutePath().normalize();
        String pw = pick(env, "BOBINE_ROOT_PASSWORD", config.rootPassword());
        this.rootPassword = pw.isEmpty() ? null : pw;
        this.name = pick(env, "BOBINE_INSTANCE_NAME", config.name());
        this.shortDescription = config.shortDescription();
        this.signupAllowed = Boolean.parseBoolean(pick(env, "BOBINE_SIGNUP_ALLOWED", String.valueOf(config.signupAllowed())));
        this.defaultVideoQuota = config.defaultVideoQuota();
        this.defaultVideoQuotaDaily = config.defaultVideoQuotaDaily();
        this.defaultNsfwPolicy = config.defaultNsfwPolicy();
        this.transcodingResolutions = java.util.Arrays.stream(config.transcodingResolutions()).filter(r -> r > 0)
            .sorted().distinct().boxed().toList();
        this.transcodingKeepOriginalResolution = config.transcodingKeepOriginalResolution();
        int concurrency = Integer.parseInt(pick(env, "BOBINE_TRANSCODING_CONCURRENCY",
            String.valueOf(config.transcodingConcurrency())));
        this.transcodingWebVideos = Boolean.parseBoolean(pick(env, "BOBINE_TRANSCODING_WEB_VIDEOS",
            String.valueOf(config.transcodingWebVideos())));
        this.transcodingConcurrency = concurrency > 0 ? concurrency
            : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        this.transcodingEngine = pick(env, "BOBINE_TRANSCODING_ENGINE", config.transcodingEngine());
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (String t : pick(env, "BOBINE_RUNNER_JOB_TYPES", config.remoteRunnerJobTypes()).split(",")) {
            if (t.isBlank()) {
                continue;
            }
            if (!RUNNER_JOB_TYPES.contains(t.trim())) {
                throw new IllegalArgumentException("Unknown runner job type '" + t.trim() + "', expected one of "
                    + RUNNER_JOB_TYPES);
            }
            types.add(t.trim());
        }
        this.remoteRunnerJobTypes = java.util.Collections.unmodifiableSet(types);
        this.runnerStallSeconds = Math.max(5, Integer.parseInt(pick(env, "BOBINE_RUNNER_STALL_SECONDS",
            String.valueOf(config.runnerStallSeconds()))));
        this.p2pEnabled = Boolean.parseBoolean(pick(env, "BOBINE_P2P_ENABLED", String.valueOf(config.p2pEnabled())));
        this.customFile = dataDir.resolve("config").resolve("custom.json");
        this.custom = CustomConfig.load(customFile);
        LOG.info("Bobine instance '{}' at {} (HTTP port {}), data in {}", name(), publicUrl, httpPort, dataDir);
    }

    private static String pick(Function<String, String> env, String variable, String configured) {
        String v = env.apply(variable);
        return v != null && !v.isBlank() ? v.trim() : configured == null ? "" : configured.trim();
    }

    @Override
    public String publicUrl() {
        return publicUrl;
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public String name() {
        return (String) custom.getOrDefault("name", name);
    }

    private String shortDescription() {
        return (String) custom.getOrDefault("shortDescription", shortDescription);
    }

    @Override
    public Map<String, Object> about() {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("name", name());
        i.put("shortDescription", shortDescription());
        for (String f : CustomConfig.TEXTS) {
            i.put(f, custom.getOrDefault(f, ""));
        }
        i.put("languages", custom.getOrDefault("languages", List.of()));
        i.put("categories", custom.getOrDefault("categories", List.of()));
        i.put("avatars", List.of());
        i.put("banners", List.of());
        return map("instance", i);
    }

    @Override
    public Map<String, Object> customConfig(org.bobine.core.api.Caller caller) {
        caller.requireUser();
        if (!caller.admin()) {
            throw org.bobine.core.api.BobineException.forbidden("Only administrators can see the instance's configuration");
        }
        Map<String, Object> i = new LinkedHashMap<>();
        ((Map<?, ?>) about().get("instance")).forEach((k, v) -> i.put((String) k, v));
        i.remove("avatars");
        i.remove("banners");
        i.put("defaultLanguage", defaultLanguage());
        return map("instance", i);
    }

    @Override
    public synchronized Map<String, Object> updateCustomConfig(org.bobine.core.api.Caller caller, Map<String, Object> body) {
        customConfig(caller);
        Map<String, Object> next = CustomConfig.merge(custom, body);
        CustomConfig.save(customFile, next);
        custom = next;
        LOG.info("The instance's public texts were changed by {}", caller.username());
        return customConfig(caller);
    }

    private String defaultLanguage() {
        return (String) custom.getOrDefault("defaultLanguage", "en");
    }

    @Override
    public boolean signupAllowed() {
        return signupAllowed;
    }


    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public Path dataDirectory() {
        return dataDir;
    }

    @Override
    public String rootPassword() {
        return rootPassword;
    }

    @Override
    public long defaultVideoQuota() {
        return defaultVideoQuota;
    }

    @Override
    public long defaultVideoQuotaDaily() {
        return defaultVideoQuotaDaily;
    }

    @Override
    public String defaultNsfwPolicy() {
        return defaultNsfwPolicy;
    }

    @Override
    public List<Integer> transcodingResolutions() {
        return transcodingResolutions;
    }

    @Override
    public boolean transcodingKeepOriginalResolution() {
        return transcodingKeepOriginalResolution;
    }

    @Override
    public boolean transcodingWebVideos() {
        return transcodingWebVideos;
    }

    @Override
    public int transcodingConcurrency() {
        return transcodingConcurrency;
    }

    @Override
    public String transcodingEngine() {
        return transcodingEngine;
    }

    @Override
    public java.util.Set<String> remoteRunnerJobTypes() {
        return remoteRunnerJobTypes;
    }

    @Override
    public int runnerStallSeconds() {
        return runnerStallSeconds;
    }

    @Override
    public Map<String, Object> publicConfig() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("serverVersion", "0.1.0");
        c.put("serverCommit", null);
        c.put("instance", map(
            "name", name(),
            "shortDescription", shortDescription(),
            "isNSFW", false,
            "defaultNSFWPolicy", defaultNsfwPolicy,
            "serverCountry", "",
            "defaultClientRoute", "/videos/browse",
            "defaultLanguage", defaultLanguage(),
            "support", map("text", ""),
            "social", map("externalLink", "", "mastodonLink", "", "blueskyLink", "", "xLink", ""),
            "customizations", map("javascript", "", "css", ""),
            "avatars", List.of(), "banners", List.of(), "logo", List.of()));
        c.put("client", map(
            "videos", map("miniature", map("preferAuthorDisplayName", false),
                "resumableUpload", map("maxChunkSize", null)),
            "browseVideos", map("defaultSort", "-publishedAt", "defaultScope", "local"),
            "menu", map("login", map("redirectOnSingleExternalAuth", false))));
        c.put("defaults", map(
            "publish", map("downloadEnabled", true, "commentsPolicy", 1, "privacy", 1, "licence", null),
            "p2p", map("webapp", map("enabled", p2pEnabled), "embed", map("enabled", p2pEnabled))));
        c.put("search", map("remoteUri", map("users", false, "anonymous", false),
            "searchIndex", map("enabled", false, "url", "", "disableLocalSearch", false, "isDefaultSearch", false)));
        c.put("plugin", map("registered", List.of(), "registeredExternalAuths", List.of(),
            "registeredIdAndPassAuths", List.of()));
        c.put("theme", map("registered", List.of(), "builtIn", List.of(), "default", "default"));
        c.put("email", map("enabled", false));
        c.put("contactForm", map("enabled", false));
        c.put("signup", map("allowed", signupAllowed, "allowedForCurrentIP", signupAllowed,
            "requiresEmailVerification", false, "requiresApproval", false, "minimumAge", 16));
        c.put("transcoding", map("hls", map("enabled", true), "web_videos", map("enabled", transcodingWebVideos),
            "enabledResolutions", transcodingResolutions, "profile", "default", "availableProfiles", List.of("default"),
            "remoteRunners", map("enabled", !remoteRunnerJobTypes.isEmpty())));
        c.put("live", map("enabled", false, "allowReplay", false, "maxDuration", -1, "maxInstanceLives", 0,
            "maxUserLives", 0, "transcoding", map("enabled", false, "remoteRunners", map("enabled", false),
                "enabledResolutions", List.of(), "profile", "default", "availableProfiles", List.of("default")),
            "rtmp", map("port", 1935)));
        c.put("videoStudio", map("enabled", false, "remoteRunners", map("enabled", false)));
        c.put("videoFile", map("update", map("enabled", false)));
        c.put("import", map("videos", map("http", map("enabled", false), "torrent", map("enabled", false)),
            "videoChannelSynchronization", map("enabled", false), "users", map("enabled", false)));
        c.put("export", map("users", map("enabled", false, "exportExpiration", 0, "maxUserVideoQuota", 0)));
        c.put("autoBlacklist", map("videos", map("ofUsers", map("enabled", false))));
        c.put("avatar", map("file", map("size", map("max", 8388608),
            "extensions", List.of(".png", ".jpeg", ".jpg", ".gif", ".webp"))));
        c.put("banner", map("file", map("size", map("max", 8388608),
            "extensions", List.of(".png", ".jpeg", ".jpg", ".gif", ".webp"))));
        c.put("video", map("image", map("extensions", List.of(".png", ".jpg", ".jpeg", ".webp"),
            "size", map("max", 8388608)), "file", map("extensions", TRANSCODED_EXTENSIONS)));
        c.put("videoCaption", map("file", map("size", map("max", 20971520), "extensions", List.of(".vtt", ".srt"))));
        c.put("user", map("videoQuota", defaultVideoQuota, "videoQuotaDaily", defaultVideoQuotaDaily));
        c.put("videoChannels", map("maxPerUser", 20));
        c.put("trending", map("videos", map("intervalDays", 7,
            "algorithms", map("enabled", List.of("most-viewed"), "default", "most-viewed"))));
        c.put("tracker", map("enabled", p2pEnabled));
        c.put("followings", map("instance", map("autoFollowIndex", map("indexUrl", ""))));
        c.put("federation", map("enabled", false));
        c.put("broadcastMessage", map("enabled", false, "message", "", "level", "info", "dismissable", false));
        c.put("homepage", map("enabled", false));
        c.put("fieldsConstraints", map("users", map("password", map("minLength", Validation.PASSWORD_MIN,
            "maxLength", Validation.PASSWORD_MAX))));
        return c;
    }

    private static Map<String, Object> map(Object... kv) {
        return Maps.of(kv);
    }
}
