package org.bobine.persistence.impl.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.LoggerFactory;

/**
 * The instance's one database: embedded Derby in {@code <data>/db}, from pax-jdbc-derby's
 * {@link DataSourceFactory}, offered as a {@link DataSource} service ({@code bobine.database=main}) that
 * every persistence unit is opened on. Deactivating it shuts Derby down cleanly; the units, which depend on
 * it through {@link PersistenceServiceImpl}, are closed first by DS.
 */
@Component(service = DataSource.class, property = "bobine.database=main", configurationPid = "org.bobine.persistence",
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PersistenceConfig.class)
public class SharedDataSource implements DataSource {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(SharedDataSource.class);

    private final DataSourceFactory factory;
    private final Path dbDir;
    private final DataSource delegate;

    /**
     * @param config  where the data lives
     * @param factory Derby's embedded data sources, registered by pax-jdbc-derby
     * @throws Exception when the database cannot be created
     */
    @Activate
    public SharedDataSource(PersistenceConfig config,
                            @Reference(target = "(osgi.jdbc.driver.class=org.apache.derby.jdbc.EmbeddedDriver)")
                            DataSourceFactory factory) throws Exception {
        this(factory, dataDir(config.dataDir(), System::getenv, System.getProperty("karaf.data", "data")).resolve("db"));
    }

    SharedDataSource(DataSourceFactory factory, Path dbDir) throws Exception {
        this.factory = factory;
        this.dbDir = dbDir;
        Files.createDirectories(dbDir.getParent());
        this.delegate = derby(factory, dbDir, false);
        LOG.info("Database in {}", dbDir);
    }

    /** The data directory: BOBINE_DATA, else the configured one, else {@code <karaf.data>/bobine}. */
    static Path dataDir(String configured, Function<String, String> env, String karafData) {
        String v = env.apply("BOBINE_DATA");
        String dir = v != null && !v.isBlank() ? v.trim() : configured == null ? "" : configured.trim();
        return (dir.isEmpty() ? Paths.get(karafData, "bobine") : Paths.get(dir)).toAbsolutePath().normalize();
    }

    private static DataSource derby(DataSourceFactory factory, Path dbDir, boolean shutdown) throws SQLException {
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_DATABASE_NAME, dbDir.toString());
        p.setProperty(shutdown ? "shutdownDatabase" : "createDatabase", shutdown ? "shutdown" : "create");
        return factory.createDataSource(p);
    }

    @Deactivate
    void close() {
        try {
            try (Connection c = derby(factory, dbDir, true).getConnection()) {
                LOG.warn("Derby did not confirm the shutdown of {}", dbDir);
            }
        } catch (SQLException e) {
            // Derby reports a clean shutdown of one database with SQLState 08006.
            if ("08006".equals(e.getSQLState())) {
                LOG.info("Database in {} closed", dbDir);
            } else {
                LOG.warn("Closing the database in {} failed", dbDir, e);
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate.isWrapperFor(iface);
    }
}
