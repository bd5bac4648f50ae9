package org.bobine.persistence.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.service.jpa.EntityManagerFactoryBuilder;

/**
 * The shared database, registered by {@code org.bobine.persistence.impl}. A capability bundle that owns
 * entities declares its persistence unit in {@code META-INF/persistence.xml} (Aries JPA then registers an
 * {@link EntityManagerFactoryBuilder} for it) and opens it here with its migrations:
 *
 * <pre>
 * &#64;Activate
 * public FederationDatabase(&#64;Reference PersistenceService db,
 *         &#64;Reference(target = "(osgi.unit.name=bobine-federation)") EntityManagerFactoryBuilder unit) {
 *     this.unit = db.open("federation", unit, FederationMigrations.STEPS);
 * }
 * </pre>
 */
@ProviderType
public interface PersistenceService {

    /**
     * Opens a persistence unit on the shared DataSource, creates what its mappings add (tables, columns:
     * OpenJPA's additive schema synchronisation) and applies the steps the ledger does not have yet for that
     * unit. A database whose ledger knows a step newer than the code's is refused rather than damaged.
     *
     * @param unit       the unit's name in the ledger (e.g. {@code core}, {@code plugin}); stable forever
     * @param builder    the unit's builder, as Aries JPA registers it
     * @param migrations the unit's steps, versions 1, 2, 3... in order
     * @return the open unit; close it when the component using it goes away
     * @throws IllegalStateException when the database is newer than the code or a step fails
     */
    PersistenceUnit open(String unit, EntityManagerFactoryBuilder builder, List<Migration> migrations);
}
