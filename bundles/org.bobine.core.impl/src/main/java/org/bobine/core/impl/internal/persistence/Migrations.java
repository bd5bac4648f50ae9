package org.bobine.core.impl.internal.persistence;

import java.util.List;
import java.util.function.Consumer;
import javax.persistence.EntityManager;
import org.bobine.core.impl.internal.entity.SchemaVersionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an existing data directory's schema up to this release. OpenJPA adds new tables and columns by
 * itself (SynchronizeMappings, additive only); every change it cannot make safely (renames, type changes,
 * data moves, dropping) is a numbered step here, applied once, in order, each in its own transaction and
 * recorded in BOBINE_SCHEMA_VERSION. A database newer than this code is refused rather than damaged.
 */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    /** A schema step. */
    record Step(int version, String description, Consumer<EntityManager> change) {
    }

    /** Every step, in order; append only, never edit a released one. */
    static final List<Step> STEPS = List.of(
        new Step(1, "Baseline: users, accounts, channels, videos, files, tags, OAuth, upload sessions", em -> {
        }),
        // Lists are newest first: a descending index lets Derby read the first page without sorting them all.
        new Step(2, "Index of videos by publication date, newest first", em -> em.createNativeQuery(
            "CREATE INDEX IDX_VIDEO_PUBLISHED_DESC ON BOBINE_VIDEO (PUBLISHEDAT DESC, ID DESC)").executeUpdate()));

    private final Database db;

    Migrations(Database db) {
        this.db = db;
    }

    void run() {
        int current = db.tx(em -> {
            Integer v = em.createQuery("SELECT MAX(s.version) FROM SchemaVersionEntity s", Integer.class)
                .getSingleResult();
            return v == null ? 0 : v;
        });
        int latest = STEPS.get(STEPS.size() - 1).version();
        if (current > latest) {
            throw new IllegalStateException("The database is at schema version " + current
                + " but this Bobine knows versions up to " + latest + ": refusing to run an older release on it");
        }
        for (Step step : STEPS) {
            if (step.version() > current) {
                db.run(em -> {
                    step.change().accept(em);
                    SchemaVersionEntity row = new SchemaVersionEntity();
                    row.setVersion(step.version());
                    row.setDescription(step.description());
                    row.setAppliedAt(System.currentTimeMillis());
                    em.persist(row);
                });
                LOG.info("Schema migrated to version {}: {}", step.version(), step.description());
            }
        }
    }
}
