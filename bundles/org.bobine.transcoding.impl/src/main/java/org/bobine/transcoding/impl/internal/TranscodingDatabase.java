package org.bobine.transcoding.impl.internal;

import java.util.List;
import org.bobine.persistence.api.CapabilityDatabase;
import org.bobine.persistence.api.Migration;
import org.bobine.persistence.api.PersistenceService;
import org.bobine.persistence.api.PersistenceUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jpa.EntityManagerFactoryBuilder;

/**
 * The transcoding pipeline's persistence unit {@code bobine-transcoding} (ledger name {@code transcoding}): its
 * job queue ({@code BOBINE_JOB}), remote runners and their jobs, on the shared database.
 */
@Component(service = TranscodingDatabase.class)
public class TranscodingDatabase extends CapabilityDatabase {

    /** The unit's steps, in order; append only, never edit a released one. */
    static final List<Migration> STEPS = List.of(Migration.baseline("transcoding jobs, runners, their registration tokens and jobs"));

    /**
     * @param persistence the shared database
     * @param builder     this bundle's persistence unit, registered by Aries JPA
     */
    @Activate
    public TranscodingDatabase(@Reference PersistenceService persistence,
                          @Reference(target = "(osgi.unit.name=bobine-transcoding)") EntityManagerFactoryBuilder builder) {
        this(persistence.open("transcoding", builder, STEPS));
    }

    /** @param unit the pipeline's unit, opened and migrated (unit tests open it on an embedded Derby of their own) */
    TranscodingDatabase(PersistenceUnit unit) {
        super(unit);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
