package org.bobine.plugin.impl.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.bobine.persistence.api.Migration;
import org.bobine.persistence.api.PersistenceService;
import org.bobine.persistence.api.PersistenceUnit;
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
public class PluginDatabase {

    /** The unit's steps, in order; append only, never edit a released one. */
    static final List<Migration> STEPS = List.of(Migration.baseline("plugins' settings and storage"));

    private final PersistenceUnit unit;

    /**
     * @param persistence the shared database
     * @param builder     this bundle's persistence unit, registered by Aries JPA
     */
    @Activate
    public PluginDatabase(@Reference PersistenceService persistence,
                          @Reference(target = "(osgi.unit.name=bobine-plugin)") EntityManagerFactoryBuilder builder) {
        this.unit = persistence.open("plugin", builder, STEPS);
    }

    <T> T tx(Function<EntityManager, T> work) {
        return unit.tx(work);
    }

    void run(Consumer<EntityManager> work) {
        unit.run(work);
    }

    @Deactivate
    void close() {
        unit.close();
    }
}
