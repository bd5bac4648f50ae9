package org.bobine.persistence.api;

import java.util.function.Consumer;
import javax.persistence.EntityManager;

/**
 * One numbered schema step of a persistence unit: a change OpenJPA cannot make by itself (an index, a
 * rename, a data move, a dropped constraint). Steps of a unit are applied once, in order of version, each in
 * its own transaction together with its entry in the ledger. Released steps are never edited: a unit's list
 * only grows.
 *
 * @param version     1, 2, 3... within the unit
 * @param description what the step does, at most 200 characters
 * @param change      the change; runs in the step's transaction (native queries must be portable SQL)
 */
public record Migration(int version, String description, Consumer<EntityManager> change) {

    /**
     * The first step of a unit: nothing to change, OpenJPA creates the unit's tables from its mappings.
     *
     * @param description what the unit holds
     * @return step 1
     */
    public static Migration baseline(String description) {
        return new Migration(1, "Baseline: " + description, em -> {
        });
    }
}
