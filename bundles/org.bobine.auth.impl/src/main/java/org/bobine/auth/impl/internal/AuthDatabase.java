package org.bobine.auth.impl.internal;

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
 * The auth capability's persistence unit {@code bobine-auth} (ledger name {@code auth}): the local OAuth client
 * and issued tokens ({@code BOBINE_OAUTH_CLIENT}, {@code BOBINE_OAUTH_TOKEN}, which the core's unit created
 * before 0.2 and this unit found as they were).
 */
@Component(service = AuthDatabase.class)
public class AuthDatabase extends CapabilityDatabase {

    /** The unit's steps, in order; append only, never edit a released one. */
    static final List<Migration> STEPS = List.of(Migration.baseline("the local OAuth client, issued tokens"));

    /**
     * @param persistence the shared database
     * @param builder     this bundle's persistence unit, registered by Aries JPA
     */
    @Activate
    public AuthDatabase(@Reference PersistenceService persistence,
                          @Reference(target = "(osgi.unit.name=bobine-auth)") EntityManagerFactoryBuilder builder) {
        this(persistence.open("auth", builder, STEPS));
    }

    /** @param unit the unit, opened and migrated (unit tests open it on an embedded Derby of their own) */
    AuthDatabase(PersistenceUnit unit) {
        super(unit);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
