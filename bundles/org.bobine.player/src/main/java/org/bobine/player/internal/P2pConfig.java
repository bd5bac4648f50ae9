package org.bobine.player.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of P2P between viewers, PID {@code org.bobine.p2p} (etc/org.bobine.p2p.cfg). */
@ObjectClassDefinition(name = "Bobine P2P", description = "Viewers sharing video segments through this instance's tracker")
@interface P2pConfig {

    @AttributeDefinition(description = "Whether the players let viewers exchange video segments peer to peer (WebRTC, through this instance's tracker). Env: BOBINE_P2P_ENABLED")
    boolean p2pEnabled() default true;
}
