package org.bobine.persistence.impl.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
                        LOG.info("Migration ledger created; {} steps of the single-unit layout recorded as unit '{}'", n, FIRST_UNIT);
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
