package org.bobine.persistence.api;

import java.util.function.Consumer;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The base of the one component in which a capability opens its persistence unit: a subclass is a DS
 * component that passes {@link PersistenceService#open} to this constructor and calls {@link #close()} from
 * its {@code @Deactivate} method; the capability's other components reference it and run their work through
 * it. Unit tests build the subclass on a unit they opened themselves.
 */
@ConsumerType
public abstract class CapabilityDatabase {

    private final PersistenceUnit unit;

    /** @param unit the capability's unit, opened and migrated */
    protected CapabilityDatabase(PersistenceUnit unit) {
        this.unit = unit;
    }

    /**
     * Runs work in a transaction; see {@link PersistenceUnit#tx(Function)}.
     *
     * @param work what to do
     * @param <T>  its result
     * @return the work's result
     */
    public <T> T tx(Function<EntityManager, T> work) {
        return unit.tx(work);
    }

    /**
     * Like {@link #tx(Function)} without a result.
     *
     * @param work what to do
     */
    public void run(Consumer<EntityManager> work) {
        unit.run(work);
    }

    /** Closes the unit (from the subclass's {@code @Deactivate} method). */
    protected void close() {
        unit.close();
    }
}
