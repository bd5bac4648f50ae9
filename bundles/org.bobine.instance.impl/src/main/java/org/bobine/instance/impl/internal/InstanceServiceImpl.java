package org.bobine.instance.impl.internal;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.instance.api.InstanceService;
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
@Component(service = InstanceService.class, configurationPid = "org.bobine.instance",
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = InstanceConfig.class)
public class InstanceServiceImpl implements InstanceService {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceServiceImpl.class);

    private final String publicUrl;
    private final String host;
    private final int httpPort;
    private final Path dataDir;
    private final String name;
    private final String shortDescription;
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
        this.name = pick(env, "BOBINE_INSTANCE_NAME", config.name());
        this.shortDescription = config.shortDescription();
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
    public Map<String, Object> customConfig(Caller caller) {
        caller.requireUser();
        if (!caller.admin()) {
            throw BobineException.forbidden("Only administrators can see the instance's configuration");
        }
        Map<String, Object> i = new LinkedHashMap<>();
        ((Map<?, ?>) about().get("instance")).forEach((k, v) -> i.put((String) k, v));
        i.remove("avatars");
        i.remove("banners");
        i.put("defaultLanguage", defaultLanguage());
        return map("instance", i);
    }

    @Override
    public synchronized Map<String, Object> updateCustomConfig(Caller caller, Map<String, Object> body) {
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
    public Path dataDirectory() {
        return dataDir;
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
            "defaultNSFWPolicy", "do_not_list",
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
            "p2p", map("webapp", map("enabled", false), "embed", map("enabled", false))));
        c.put("search", map("remoteUri", map("users", false, "anonymous", false),
            "searchIndex", map("enabled", false, "url", "", "disableLocalSearch", false, "isDefaultSearch", false)));
        c.put("plugin", map("registered", List.of(), "registeredExternalAuths", List.of(),
            "registeredIdAndPassAuths", List.of()));
        c.put("theme", map("registered", List.of(), "builtIn", List.of(), "default", "default"));
        c.put("email", map("enabled", false));
        c.put("contactForm", map("enabled", false));
        c.put("signup", map("allowed", false, "allowedForCurrentIP", false,
            "requiresEmailVerification", false, "requiresApproval", false, "minimumAge", 16));
        // Transcoding disabled, as PeerTube says it; the pipeline fills this section while it runs (ConfigSection).
        c.put("transcoding", map("hls", map("enabled", false), "web_videos", map("enabled", false),
            "enabledResolutions", List.of(), "profile", "default", "availableProfiles", List.of("default"),
            "remoteRunners", map("enabled", false)));
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
            "size", map("max", 8388608)), "file", map("extensions", List.of(".webm", ".ogv", ".ogg", ".mp4", ".mkv", ".mov", ".m4v"))));
        c.put("videoCaption", map("file", map("size", map("max", 20971520), "extensions", List.of(".vtt", ".srt"))));
        c.put("user", map("videoQuota", -1, "videoQuotaDaily", -1));
        c.put("videoChannels", map("maxPerUser", 20));
        c.put("trending", map("videos", map("intervalDays", 7,
            "algorithms", map("enabled", List.of("most-viewed"), "default", "most-viewed"))));
        // P2P between viewers is the player's: it fills "tracker" and "defaults.p2p" while it runs (ConfigSection).
        c.put("tracker", map("enabled", false));
        c.put("followings", map("instance", map("autoFollowIndex", map("indexUrl", ""))));
        c.put("federation", map("enabled", false));
        c.put("broadcastMessage", map("enabled", false, "message", "", "level", "info", "dismissable", false));
        c.put("homepage", map("enabled", false));
        return c;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
