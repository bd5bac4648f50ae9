package org.bobine.persistence.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the shared database, PID {@code org.bobine.persistence} (etc/org.bobine.persistence.cfg). */
@ObjectClassDefinition(name = "Bobine database", description = "Where the shared embedded database lives")
@interface PersistenceConfig {

    @AttributeDefinition(description = "Data directory of the instance; the database is its db/ folder. Empty for <karaf.data>/bobine. Env: BOBINE_DATA")
    String dataDir() default "";
}
