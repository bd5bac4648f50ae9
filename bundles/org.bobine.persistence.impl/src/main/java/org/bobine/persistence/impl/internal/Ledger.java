package org.bobine.persistence.impl.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The migration ledger: table {@code BOBINE_SCHEMA_MIGRATION}, one row per applied step of each persistence
 * unit. Plain JDBC and standard SQL only (it must work on PostgreSQL as on Derby). A database made by the
 * single-unit layout (0.1, table {@code BOBINE_SCHEMA_VERSION}) has its steps carried over as the
 * {@code core} unit's, in the transaction that creates the ledger.
 */
final class Ledger {

    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);

    static final String TABLE = "BOBINE_SCHEMA_MIGRATION";
    static final String OLD_TABLE = "BOBINE_SCHEMA_VERSION";
    /** The unit that held every table before the split; its steps were the old ledger's. */
    static final String FIRST_UNIT = "core";

    static final String INSERT = "INSERT INTO " + TABLE + " (UNIT_NAME, VERSION, DESCRIPTION, APPLIED_AT) VALUES (?1, ?2, ?3, ?4)";

    private Ledger() {
    }

    /** Creates the ledger when it is missing, carrying over the old single-unit one. */
    static void prepare(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (exists(c, TABLE)) {
                    return;
                }
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("CREATE TABLE " + TABLE + " (UNIT_NAME VARCHAR(100) NOT NULL, VERSION INTEGER NOT NULL, "
                        + "DESCRIPTION VARCHAR(200) NOT NULL, APPLIED_AT BIGINT NOT NULL, PRIMARY KEY (UNIT_NAME, VERSION))");
                    if (exists(c, OLD_TABLE)) {
                        int n = s.executeUpdate("INSERT INTO " + TABLE + " (UNIT_NAME, VERSION, DESCRIPTION, APPLIED_AT) SELECT '"
                            + FIRST_UNIT + "', VERSION, DESCRIPTION, APPLIEDAT FROM " + OLD_TABLE);
                        s.executeUpdate("DROP TABLE " + OLD_TABLE);
                        int keys = dropForeignKeys(c);
                        LOG.info("Migration ledger created; {} steps of the single-unit layout recorded as unit '{}'; {} foreign "
                            + "keys dropped for the units to add back their own", n, FIRST_UNIT, keys);
                    } else {
                        LOG.info("Migration ledger created");
                    }
                }
                c.commit();
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
            }
        }
    }

    /**
     * Drops every foreign key between Bobine's tables. The single-unit layout linked tables that are now in
     * different units (tokens to users), which no unit may map and OpenJPA refuses to synchronise; each unit's
     * synchronisation adds back the keys its own mappings need, and keys across units stay dropped.
     *
     * @return how many were dropped
     */
    private static int dropForeignKeys(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String[]> keys = new ArrayList<>();
        for (String pattern : new String[] {"BOBINE_%", "bobine_%"}) {
            try (ResultSet tables = md.getTables(null, null, pattern, new String[] {"TABLE"})) {
                while (tables.next()) {
                    String schema = tables.getString("TABLE_SCHEM");
                    String table = tables.getString("TABLE_NAME");
                    try (ResultSet fk = md.getImportedKeys(null, schema, table)) {
                        while (fk.next()) {
                            String name = fk.getString("FK_NAME");
                            if (name != null && keys.stream().noneMatch(k -> k[1].equals(table) && k[2].equals(name))) {
                                keys.add(new String[] {schema, table, name});
                            }
                        }
                    }
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String[] k : keys) {
                s.executeUpdate("ALTER TABLE " + (k[0] == null ? "" : k[0] + ".") + k[1] + " DROP CONSTRAINT " + k[2]);
            }
        }
        return keys.size();
    }

    /** @return the highest step applied to the unit, 0 for none */
    static int current(DataSource ds, String unit) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT MAX(VERSION) FROM " + TABLE + " WHERE UNIT_NAME = ?")) {
            p.setString(1, unit);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        // Derby keeps unquoted names in upper case, PostgreSQL in lower case.
        for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet r = md.getTables(null, null, name, new String[] {"TABLE"})) {
                if (r.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
