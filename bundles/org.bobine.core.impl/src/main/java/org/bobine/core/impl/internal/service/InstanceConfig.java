package org.bobine.core.impl.internal.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the instance, PID {@code org.bobine.instance} (etc/org.bobine.instance.cfg). Each value
 * can be overridden from the environment: the variable named in its description wins over the file.
 */
@ObjectClassDefinition(name = "Bobine instance", description = "Identity, data directory and defaults of this Bobine instance")
@interface InstanceConfig {

    @AttributeDefinition(description = "Public base URL, e.g. https://videos.example.org; empty for http://localhost:<port>. Env: BOBINE_PUBLIC_URL")
    String publicUrl() default "";

    @AttributeDefinition(description = "HTTP port the instance listens on (set it in org.ops4j.pax.web.cfg too). Env: BOBINE_HTTP_PORT")
    int httpPort() default 9000;

    @AttributeDefinition(description = "Data directory (database, media, plugin data); empty for <karaf.data>/bobine. Env: BOBINE_DATA")
    String dataDir() default "";

    @AttributeDefinition(description = "Password of the root administrator created on first start; empty to generate one and print it once in the log. Env: BOBINE_ROOT_PASSWORD")
    String rootPassword() default "";

    @AttributeDefinition(description = "Instance name shown to visitors and clients. Env: BOBINE_INSTANCE_NAME")
    String name() default "Bobine";

    @AttributeDefinition(description = "One-line description of the instance")
    String shortDescription() default "A Bobine instance: federated video hosting that respects its viewers.";

    @AttributeDefinition(description = "Whether visitors may register accounts. Env: BOBINE_SIGNUP_ALLOWED")
    boolean signupAllowed() default false;

    @AttributeDefinition(description = "Video quota of new users in bytes, -1 for unlimited")
    long defaultVideoQuota() default -1;

    @AttributeDefinition(description = "Daily video quota of new users in bytes, -1 for unlimited")
    long defaultVideoQuotaDaily() default -1;

    @AttributeDefinition(description = "How NSFW videos are listed for anonymous visitors: do_not_list, warn, blur or display")
    String defaultNsfwPolicy() default "do_not_list";









    @AttributeDefinition(description = "Whether the players let viewers exchange video segments peer to peer (WebRTC, through this instance's tracker). Env: BOBINE_P2P_ENABLED")
    boolean p2pEnabled() default true;
}
