package org.bobine.persistence.api;

import java.util.function.Consumer;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A capability's persistence unit, open on the shared database and migrated to the capability's latest
 * step. Work runs in short resource-local transactions.
 */
@ProviderType
public interface PersistenceUnit extends AutoCloseable {

    /**
     * Runs work in a transaction, committed when it returns and rolled back when it throws. When the
     * database rolls it back to break a deadlock, the work runs again (up to four times in all), so work
     * must only touch the database through the given entity manager.
     *
     * @param work what to do
     * @param <T>  its result
     * @return the work's result
     */
    <T> T tx(Function<EntityManager, T> work);

    /**
     * Like {@link #tx(Function)} without a result.
     *
     * @param work what to do
     */
    default void run(Consumer<EntityManager> work) {
        tx(em -> {
            work.accept(em);
            return null;
        });
    }

    /** @return the unit's name in the migration ledger */
    String name();

    /** @return the highest migration step applied to this unit */
    int schemaVersion();

    /** Closes the unit's entity manager factory; the shared database stays open. */
    @Override
    void close();
}
