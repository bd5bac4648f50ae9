package org.bobine.persistence.impl.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.persistence.Persistence;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.bobine.persistence.api.Migration;
import org.bobine.persistence.api.PersistenceUnit;

/**
 * For other modules' unit tests (this module's test jar): a capability's real persistence unit, opened on an
 * embedded Derby of its own in a folder, with the same OpenJPA settings, ledger and migrations as in Karaf.
 * The unit is found on the test's class path by its name in {@code META-INF/persistence.xml}.
 */
public final class TestUnits {

    private TestUnits() {
    }

    /** An open unit and its database; closing it closes both. */
    public static final class TestUnit implements PersistenceUnit {
        private final PersistenceUnitImpl unit;
        private final Path dbDir;

        private TestUnit(PersistenceUnitImpl unit, Path dbDir) {
            this.unit = unit;
            this.dbDir = dbDir;
        }

        @Override
        public <T> T tx(java.util.function.Function<javax.persistence.EntityManager, T> work) {
            return unit.tx(work);
        }

        @Override
        public String name() {
            return unit.name();
        }

        @Override
        public int schemaVersion() {
            return unit.schemaVersion();
        }

        @Override
        public void close() {
            unit.close();
            EmbeddedDataSource shutdown = new EmbeddedDataSource();
            shutdown.setDatabaseName(dbDir.toString());
            shutdown.setShutdownDatabase("shutdown");
            try (Connection c = shutdown.getConnection()) {
                // not reached: Derby answers a shutdown with an exception
            } catch (SQLException expected) {
                // 08006: closed
            }
        }
    }

    /**
     * @param dir        a folder for the database (a JUnit temporary directory)
     * @param unitName   the persistence unit's name, e.g. {@code bobine-core}
     * @param ledgerName its name in the ledger, e.g. {@code core}
     * @param steps      its migrations
     * @return the unit, migrated
     * @throws SQLException when the database cannot be made
     */
    public static TestUnit open(Path dir, String unitName, String ledgerName, List<Migration> steps) throws SQLException {
        Path dbDir = dir.resolve("db");
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dbDir.toString());
        ds.setCreateDatabase("create");
        Ledger.prepare(ds);
        Map<String, Object> props = PersistenceServiceImpl.properties(ds);
        PersistenceUnitImpl unit = new PersistenceUnitImpl(ledgerName, Persistence.createEntityManagerFactory(unitName, props));
        unit.migrate(Ledger.current(ds, ledgerName), steps);
        return new TestUnit(unit, dbDir);
    }
}
