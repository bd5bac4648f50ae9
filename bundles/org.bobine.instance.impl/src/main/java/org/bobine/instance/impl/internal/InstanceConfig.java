package org.bobine.instance.impl.internal;

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


    @AttributeDefinition(description = "Instance name shown to visitors and clients. Env: BOBINE_INSTANCE_NAME")
    String name() default "Bobine";

    @AttributeDefinition(description = "One-line description of the instance")
    String shortDescription() default "A Bobine instance: federated video hosting that respects its viewers.";













}
