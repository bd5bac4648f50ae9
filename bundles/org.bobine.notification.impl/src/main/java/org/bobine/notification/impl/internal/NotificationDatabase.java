package org.bobine.notification.impl.internal;

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
 * The notification capability's persistence unit {@code bobine-notification} (ledger name
 * {@code notification}): notifications ({@code BOBINE_NOTIFICATION}), settings that differ from the defaults
 * ({@code BOBINE_NOTIFICATION_SETTING}) and the e-mail queue ({@code BOBINE_NOTIFICATION_MAIL}).
 */
@Component(service = NotificationDatabase.class)
public class NotificationDatabase extends CapabilityDatabase {

    /** The unit's steps, in order; append only, never edit a released one. */
    static final List<Migration> STEPS = List.of(Migration.baseline("notifications, their settings, the e-mail queue"));

    /**
     * @param persistence the shared database
     * @param builder     this bundle's persistence unit, registered by Aries JPA
     */
    @Activate
    public NotificationDatabase(@Reference PersistenceService persistence,
                                @Reference(target = "(osgi.unit.name=bobine-notification)") EntityManagerFactoryBuilder builder) {
        this(persistence.open("notification", builder, STEPS));
    }

    /** @param unit the unit, opened and migrated (unit tests open it on an embedded Derby of their own) */
    NotificationDatabase(PersistenceUnit unit) {
        super(unit);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
