package org.bobine.plugin.impl.internal;

import java.util.List;
import org.bobine.persistence.api.CapabilityDatabase;
import org.bobine.persistence.api.Migration;
import org.bobine.persistence.api.PersistenceService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jpa.EntityManagerFactoryBuilder;

/**
 * The plugin platform's persistence unit {@code bobine-plugin} (ledger name {@code plugin}): plugins'
 * settings and key-value storage, table {@code BOBINE_PLUGIN_DATA}, on the shared database.
 */
@Component(service = PluginDatabase.class)
public class PluginDatabase extends CapabilityDatabase {

    /** The unit's steps, in order; append only, never edit a released one. */
    static final List<Migration> STEPS = List.of(Migration.baseline("plugins' settings and storage"));

    /**
     * @param persistence the shared database
     * @param builder     this bundle's persistence unit, registered by Aries JPA
     */
    @Activate
    public PluginDatabase(@Reference PersistenceService persistence,
                          @Reference(target = "(osgi.unit.name=bobine-plugin)") EntityManagerFactoryBuilder builder) {
        super(persistence.open("plugin", builder, STEPS));
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
