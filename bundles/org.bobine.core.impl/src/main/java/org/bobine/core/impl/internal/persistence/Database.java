package org.bobine.core.impl.internal.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.sql.DataSource;
import org.bobine.core.impl.internal.service.Settings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.jpa.EntityManagerFactoryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Derby database under {@code <data>/db} and the "bobine" persistence unit on it. Aries JPA
 * registers the unit's {@link EntityManagerFactoryBuilder} once OpenJPA is there; this component gives it a
 * data source built from the data directory, brings the schema up to date ({@link Migrations}) and offers
 * short transactions to the services. Closing it shuts Derby down cleanly.
 */
@Component(service = Database.class)
public class Database {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final EntityManagerFactory emf;
    private final DataSourceFactory dataSourceFactory;
    private final Path dbDir;

    /**
     * @param settings          where the data lives
     * @param builder           the persistence unit, registered by Aries JPA
     * @param dataSourceFactory Derby's embedded data sources, registered by pax-jdbc-derby
     * @throws Exception when the database cannot be opened or migrated
     */
    @Activate
    public Database(@Reference Settings settings,
                    @Reference(target = "(osgi.unit.name=bobine)") EntityManagerFactoryBuilder builder,
                    @Reference(target = "(osgi.jdbc.driver.class=org.apache.derby.jdbc.EmbeddedDriver)")
                    DataSourceFactory dataSourceFactory) throws Exception {
        this.dataSourceFactory = dataSourceFactory;
        this.dbDir = settings.dataDir().resolve("db");
        Files.createDirectories(settings.dataDir());
        DataSource ds = dataSource(dataSourceFactory, dbDir, false);
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.nonJtaDataSource", ds);
        this.emf = builder.createEntityManagerFactory(props);
        try {
            new Migrations(this).run();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        LOG.info("Database ready in {}", dbDir);
    }

    static DataSource dataSource(DataSourceFactory factory, Path dbDir, boolean shutdown) throws SQLException {
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_DATABASE_NAME, dbDir.toString());
        if (shutdown) {
            p.setProperty("shutdownDatabase", "shutdown");
        } else {
            p.setProperty("createDatabase", "create");
        }
        return factory.createDataSource(p);
    }

    /**
     * Runs work in a transaction, committed when it returns and rolled back when it throws. When the
     * database rolls it back to break a deadlock, the work runs again (up to four times in all), so work
     * must only touch the database through the given entity manager.
     *
     * @param work what to do
     * @param <T>  its result
     * @return the work's result
     */
    public <T> T tx(Function<EntityManager, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (RuntimeException e) {
                // Derby resolves deadlocks between concurrent writers by rolling one back: run it again.
                if (attempt >= 4 || !lockConflict(e)) {
                    throw e;
                }
                LOG.debug("Transaction rolled back by a lock conflict, attempt {} of 4", attempt);
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 50L * attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static boolean lockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof javax.persistence.OptimisticLockException || t instanceof javax.persistence.PessimisticLockException
                || t instanceof javax.persistence.LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private <T> T once(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction t = em.getTransaction();
        try {
            t.begin();
            T result = work.apply(em);
            t.commit();
            return result;
        } finally {
            if (t.isActive()) {
                t.rollback();
            }
            em.close();
        }
    }

    /**
     * Like {@link #tx(Function)} without a result.
     *
     * @param work what to do
     */
    public void run(Consumer<EntityManager> work) {
        tx(em -> {
            work.accept(em);
            return null;
        });
    }

    @Deactivate
    void close() {
        emf.close();
        try {
            DataSource shutdown = dataSource(dataSourceFactory, dbDir, true);
            try (Connection c = shutdown.getConnection()) {
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
}
