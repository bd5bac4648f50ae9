package org.bobine.player.internal;

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
 * The P2P switch, from {@code etc/org.bobine.p2p.cfg} ({@code BOBINE_P2P_ENABLED} wins), told to the players
 * through PeerTube's {@code defaults.p2p} section of {@code /api/v1/config} (and {@code tracker} by
 * {@link TrackerConfigSection}). {@code @Modified}: an administrator switching P2P off changes it for every
 * page opened afterwards, without a restart. Without the player feature the core says P2P is off.
 */
@Component(service = {P2pSettings.class, ConfigSection.class}, property = ConfigSection.KEY + "=defaults.p2p",
    configurationPid = "org.bobine.p2p", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = P2pConfig.class)
public class P2pSettings implements ConfigSection {

    private static final Logger LOG = LoggerFactory.getLogger(P2pSettings.class);

    private final Function<String, String> env;
    private volatile boolean enabled;

    /** @param config the configuration */
    @Activate
    public P2pSettings(P2pConfig config) {
        this(config, System::getenv);
    }

    P2pSettings(P2pConfig config, Function<String, String> env) {
        this.env = env;
        this.enabled = enabled(config);
    }

    @Modified
    void modified(P2pConfig config) {
        enabled = enabled(config);
        LOG.info("P2P between viewers is {}", enabled ? "on" : "off");
    }

    private boolean enabled(P2pConfig config) {
        String v = env.apply("BOBINE_P2P_ENABLED");
        return v != null && !v.isBlank() ? Boolean.parseBoolean(v.trim()) : config.p2pEnabled();
    }

    /** @return whether players exchange segments peer to peer now */
    boolean enabled() {
        return enabled;
    }

    @Override
    public Object value() {
        return Map.of("webapp", Map.of("enabled", enabled), "embed", Map.of("enabled", enabled));
    }
}
