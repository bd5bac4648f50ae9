package org.bobine.upload.impl.internal;

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
 * The uploads' persistence unit {@code bobine-upload} (ledger name {@code upload}): resumable upload sessions
 * ({@code BOBINE_UPLOAD_SESSION}, which the core's unit created before 0.2 and this unit found as it was).
 */
@Component(service = UploadDatabase.class)
public class UploadDatabase extends CapabilityDatabase {

    /** The unit's steps, in order; append only, never edit a released one. */
    static final List<Migration> STEPS = List.of(Migration.baseline("resumable upload sessions"));

    /**
     * @param persistence the shared database
     * @param builder     this bundle's persistence unit, registered by Aries JPA
     */
    @Activate
    public UploadDatabase(@Reference PersistenceService persistence,
                          @Reference(target = "(osgi.unit.name=bobine-upload)") EntityManagerFactoryBuilder builder) {
        this(persistence.open("upload", builder, STEPS));
    }

    /** @param unit the unit, opened and migrated (unit tests open it on an embedded Derby of their own) */
    UploadDatabase(PersistenceUnit unit) {
        super(unit);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
