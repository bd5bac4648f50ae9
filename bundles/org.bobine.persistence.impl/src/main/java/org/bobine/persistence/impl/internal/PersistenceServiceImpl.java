package org.bobine.persistence.impl.internal;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.bobine.persistence.api.Migration;
import org.bobine.persistence.api.PersistenceService;
import org.bobine.persistence.api.PersistenceUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jpa.EntityManagerFactoryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens capability bundles' persistence units on the shared {@link DataSource} with the same OpenJPA
 * settings for all (additive schema synchronisation, enhanced entities only, restrictive foreign keys),
 * and applies each unit's migrations through the {@link Ledger}. Registered by DS once the DataSource is.
 */
@Component(service = PersistenceService.class)
public class PersistenceServiceImpl implements PersistenceService {

    private static final Logger LOG = LoggerFactory.getLogger(PersistenceServiceImpl.class);

    private final DataSource dataSource;

    /**
     * @param dataSource the shared database
     * @throws SQLException when the ledger cannot be prepared
     */
    @Activate
    public PersistenceServiceImpl(@Reference(target = "(bobine.database=main)") DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        Ledger.prepare(dataSource);
    }

    /** The properties every unit gets; its persistence.xml lists only its classes. */
    static Map<String, Object> properties(DataSource ds) {
        Map<String, Object> p = new HashMap<>();
        p.put("javax.persistence.nonJtaDataSource", ds);
        // Additive only: new tables and columns; anything else is a numbered Migration.
        p.put("openjpa.jdbc.SynchronizeMappings", "buildSchema(ForeignKeys=true)");
        p.put("openjpa.jdbc.MappingDefaults", "ForeignKeyDeleteAction=restrict, JoinForeignKeyDeleteAction=restrict");
        p.put("openjpa.Log", "slf4j");
        p.put("openjpa.RuntimeUnenhancedClasses", "unsupported");
        p.put("openjpa.DynamicEnhancementAgent", "false");
        return p;
    }

    @Override
    public PersistenceUnit open(String unit, EntityManagerFactoryBuilder builder, List<Migration> migrations) {
        EntityManagerFactory emf = builder.createEntityManagerFactory(properties(dataSource));
        PersistenceUnitImpl opened = new PersistenceUnitImpl(unit, emf);
        try {
            opened.migrate(Ledger.current(dataSource, unit), migrations);
        } catch (SQLException | RuntimeException e) {
            opened.close();
            throw new IllegalStateException("Cannot open the persistence unit '" + unit + "': " + e.getMessage(), e);
        }
        LOG.info("Persistence unit '{}' ready at schema version {}", unit, opened.schemaVersion());
        return opened;
    }
}
