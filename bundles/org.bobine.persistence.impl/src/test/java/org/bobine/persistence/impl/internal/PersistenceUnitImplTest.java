package org.bobine.persistence.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.OptimisticLockException;
import javax.persistence.Persistence;
import javax.persistence.PersistenceException;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.bobine.persistence.api.Migration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger and per-unit migrations on a real embedded Derby, through a real OpenJPA unit. */
class PersistenceUnitImplTest {

    @TempDir
    Path dir;

    private EmbeddedDataSource ds;
    private final List<PersistenceUnitImpl> opened = new ArrayList<>();

    @BeforeEach
    void database() {
        ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.resolve("db").toString());
        ds.setCreateDatabase("create");
    }

    @AfterEach
    void close() {
        opened.forEach(PersistenceUnitImpl::close);
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(dir.resolve("db").toString());
        shutdown.setShutdownDatabase("shutdown");
        try (Connection c = shutdown.getConnection()) {
            // not reached: Derby answers a shutdown with an exception
        } catch (SQLException expected) {
            // 08006: closed
        }
    }

    private PersistenceUnitImpl unit(String name) {
        PersistenceUnitImpl u = new PersistenceUnitImpl(name,
            Persistence.createEntityManagerFactory("test", PersistenceServiceImpl.properties(ds)));
        opened.add(u);
        return u;
    }

    private static Migration createTable(int version, String table) {
        return new Migration(version, "table " + table,
            em -> em.createNativeQuery("CREATE TABLE " + table + " (ID INTEGER NOT NULL PRIMARY KEY)").executeUpdate());
    }

    private List<String> ledger() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT UNIT_NAME, VERSION, DESCRIPTION FROM BOBINE_SCHEMA_MIGRATION ORDER BY UNIT_NAME, VERSION")) {
            while (r.next()) {
                rows.add(r.getString(1) + ":" + r.getInt(2) + ":" + r.getString(3));
            }
        }
        return rows;
    }

    @Test
    void eachUnitHasItsOwnStepsAppliedOnce() throws SQLException {
        Ledger.prepare(ds);
        List<Migration> core = List.of(Migration.baseline("core"), createTable(2, "T_CORE"));
        List<Migration> other = List.of(Migration.baseline("other"), createTable(2, "T_OTHER"), createTable(3, "T_OTHER2"));
        PersistenceUnitImpl a = unit("core");
        a.migrate(Ledger.current(ds, "core"), core);
        PersistenceUnitImpl b = unit("other");
        b.migrate(Ledger.current(ds, "other"), other);
        assertEquals(2, a.schemaVersion());
        assertEquals(3, b.schemaVersion());
        assertEquals(List.of("core:1:Baseline: core", "core:2:table T_CORE", "other:1:Baseline: other",
            "other:2:table T_OTHER", "other:3:table T_OTHER2"), ledger());
        // Opening again applies nothing (CREATE TABLE twice would fail).
        Ledger.prepare(ds);
        unit("core").migrate(Ledger.current(ds, "core"), core);
        assertEquals(5, ledger().size());
    }

    @Test
    void theOldSingleUnitLedgerBecomesTheCoreUnits() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE BOBINE_SCHEMA_VERSION (VERSION INTEGER NOT NULL PRIMARY KEY, "
                + "DESCRIPTION VARCHAR(200) NOT NULL, APPLIEDAT BIGINT NOT NULL)");
            s.executeUpdate("INSERT INTO BOBINE_SCHEMA_VERSION VALUES (1, 'Baseline', 10), (2, 'Index of videos', 20)");
        }
        Ledger.prepare(ds);
        assertEquals(List.of("core:1:Baseline", "core:2:Index of videos"), ledger());
        assertEquals(2, Ledger.current(ds, "core"));
        assertEquals(0, Ledger.current(ds, "plugin"));
        try (Connection c = ds.getConnection(); ResultSet r = c.getMetaData().getTables(null, null, "BOBINE_SCHEMA_VERSION", null)) {
            assertFalse(r.next(), "the old ledger is gone");
        }
    }

    @Test
    void aFailedStepLeavesNoTraceAndStopsTheUnit() throws SQLException {
        Ledger.prepare(ds);
        List<Migration> steps = List.of(Migration.baseline("x"), new Migration(2, "half done", em -> {
            em.createNativeQuery("CREATE TABLE T_HALF (ID INTEGER NOT NULL PRIMARY KEY)").executeUpdate();
            em.createNativeQuery("INSERT INTO T_MISSING VALUES (1)").executeUpdate();
        }));
        PersistenceUnitImpl u = unit("x");
        assertThrows(PersistenceException.class, () -> u.migrate(Ledger.current(ds, "x"), steps));
        assertEquals(List.of("x:1:Baseline: x"), ledger());
        try (Connection c = ds.getConnection(); ResultSet r = c.getMetaData().getTables(null, null, "T_HALF", null)) {
            assertFalse(r.next(), "the step's table was rolled back with it");
        }
    }

    @Test
    void aDatabaseNewerThanTheCodeIsRefused() throws SQLException {
        Ledger.prepare(ds);
        unit("y").migrate(0, List.of(Migration.baseline("y"), createTable(2, "T_Y")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> unit("y").migrate(Ledger.current(ds, "y"), List.of(Migration.baseline("y"))));
        assertTrue(e.getMessage().contains("refusing to run an older release"), e.getMessage());
    }

    @Test
    void stepsMustBeNumberedInOrder() {
        assertThrows(IllegalArgumentException.class,
            () -> unit("z").migrate(0, List.of(Migration.baseline("z"), createTable(3, "T_Z"))));
    }

    @Test
    void deadlocksAndLockTimeoutsAreRetried() {
        assertTrue(PersistenceUnitImpl.lockConflict(new OptimisticLockException("lost")));
        assertTrue(PersistenceUnitImpl.lockConflict(new PersistenceException(new SQLException("deadlock", "40001"))));
        assertTrue(PersistenceUnitImpl.lockConflict(new RuntimeException(new SQLException("timeout", "40XL1"))));
        assertFalse(PersistenceUnitImpl.lockConflict(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(PersistenceUnitImpl.lockConflict(new IllegalStateException("bug")));
    }

    @Test
    void theDataDirectoryComesFromTheEnvironmentFirst() {
        assertEquals(Path.of("/srv/bobine"), SharedDataSource.dataDir("/etc/x", k -> k.equals("BOBINE_DATA") ? "/srv/bobine" : null, "/k"));
        assertEquals(Path.of("/etc/x"), SharedDataSource.dataDir("/etc/x", k -> null, "/k"));
        assertEquals(Path.of("/k/bobine"), SharedDataSource.dataDir("", k -> null, "/k"));
    }

}
