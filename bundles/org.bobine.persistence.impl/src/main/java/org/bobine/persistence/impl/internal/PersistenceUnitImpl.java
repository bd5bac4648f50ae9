package org.bobine.persistence.impl.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.LockTimeoutException;
import javax.persistence.OptimisticLockException;
import javax.persistence.PessimisticLockException;
import org.bobine.persistence.api.Migration;
import org.bobine.persistence.api.PersistenceUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One open unit: its entity manager factory, short transactions with retries on lock conflicts, its steps. */
final class PersistenceUnitImpl implements PersistenceUnit {

    private static final Logger LOG = LoggerFactory.getLogger(PersistenceUnitImpl.class);
    private static final int ATTEMPTS = 4;

    private final String name;
    private final EntityManagerFactory emf;
    private volatile int schemaVersion;

    PersistenceUnitImpl(String name, EntityManagerFactory emf) {
        this.name = name;
        this.emf = emf;
    }

    /** Applies the steps after {@code current}, each with its ledger row in one transaction. */
    void migrate(int current, List<Migration> steps) {
        int latest = 0;
        for (Migration step : steps) {
            if (step.version() != latest + 1) {
                throw new IllegalArgumentException("Steps of unit '" + name + "' must be numbered 1, 2, 3...: found "
                    + step.version() + " after " + latest);
            }
            latest = step.version();
        }
        if (current > latest) {
            throw new IllegalStateException("The database is at schema version " + current + " of unit '" + name
                + "' but this Bobine knows versions up to " + latest + ": refusing to run an older release on it");
        }
        for (Migration step : steps) {
            if (step.version() > current) {
                run(em -> {
                    step.change().accept(em);
                    em.createNativeQuery(Ledger.INSERT).setParameter(1, name).setParameter(2, step.version())
                        .setParameter(3, step.description()).setParameter(4, System.currentTimeMillis()).executeUpdate();
                });
                LOG.info("Unit '{}' migrated to version {}: {}", name, step.version(), step.description());
            }
        }
        this.schemaVersion = Math.max(current, latest);
    }

    @Override
    public <T> T tx(Function<EntityManager, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (RuntimeException e) {
                // Derby resolves deadlocks between concurrent writers by rolling one back: run it again.
                if (attempt >= ATTEMPTS || !lockConflict(e)) {
                    throw e;
                }
                LOG.debug("Transaction of unit '{}' rolled back by a lock conflict, attempt {} of {}", name, attempt, ATTEMPTS);
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(5, 50L * attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static boolean lockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                || t instanceof LockTimeoutException) {
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

    @Override
    public String name() {
        return name;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        if (emf.isOpen()) {
            emf.close();
        }
    }
}
