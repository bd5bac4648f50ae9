package org.bobine.player.internal;

import java.util.Map;
import org.bobine.instance.api.ConfigSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** PeerTube's {@code tracker} section of {@code /api/v1/config}: whether this instance's tracker serves peers. */
@Component(service = ConfigSection.class, property = ConfigSection.KEY + "=tracker")
public class TrackerConfigSection implements ConfigSection {

    private final P2pSettings p2p;

    /** @param p2p the switch */
    @Activate
    public TrackerConfigSection(@Reference P2pSettings p2p) {
        this.p2p = p2p;
    }

    @Override
    public Object value() {
        return Map.of("enabled", p2p.enabled());
    }
}
