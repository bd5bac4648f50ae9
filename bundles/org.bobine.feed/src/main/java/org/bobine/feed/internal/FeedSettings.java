package org.bobine.feed.internal;

import java.util.Map;
import java.util.function.Function;
import org.bobine.instance.api.ConfigSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feeds' settings, from {@code etc/org.bobine.feed.cfg} ({@code BOBINE_FEEDS_ENABLED} wins over
 * {@code enabled}), read again at each change ({@code @Modified}), so an administrator switching feeds off
 * closes {@code /feeds/*} for the next request. Also the {@code feeds} section of {@code /api/v1/config}
 * ({@code {"enabled": true}}, Bobine's own: PeerTube has none), from which the pages learn whether to show
 * their feed links, and which the pages servlet reads to write its {@code <link rel="alternate">} tags.
 */
@Component(service = {FeedSettings.class, ConfigSection.class}, property = ConfigSection.KEY + "=" + FeedSettings.SECTION,
    configurationPid = "org.bobine.feed", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = FeedConfig.class)
public class FeedSettings implements ConfigSection {

    /** The section's key in {@code /api/v1/config}. */
    static final String SECTION = "feeds";
    private static final Logger LOG = LoggerFactory.getLogger(FeedSettings.class);

    private final Function<String, String> env;
    private volatile Values values;

    /** What the file says now. */
    record Values(boolean enabled, int videosCount, int commentsCount, int cacheSeconds) {
    }

    /** @param config the configuration */
    @Activate
    public FeedSettings(FeedConfig config) {
        this(config, System::getenv);
    }

    FeedSettings(FeedConfig config, Function<String, String> env) {
        this.env = env;
        this.values = read(config);
    }

    @Modified
    void modified(FeedConfig config) {
        Values before = values;
        values = read(config);
        if (before.enabled() != values.enabled()) {
            LOG.info("Feeds are {}", values.enabled() ? "on" : "off");
        }
    }

    private Values read(FeedConfig c) {
        String v = env.apply("BOBINE_FEEDS_ENABLED");
        boolean enabled = v != null && !v.isBlank() ? Boolean.parseBoolean(v.trim()) : c.enabled();
        return new Values(enabled, bounded(c.videosCount(), 1, 100), bounded(c.commentsCount(), 1, 100),
            bounded(c.cacheSeconds(), 0, 86_400));
    }

    private static int bounded(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    /** @return the settings now */
    Values now() {
        return values;
    }

    @Override
    public Object value() {
        return Map.of("enabled", values.enabled());
    }
}
