package org.bobine.feed.internal;

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
 * The feeds' persistence unit {@code bobine-feed} (ledger name {@code feed}): the users' feed tokens
 * ({@code BOBINE_FEED_TOKEN}). A unit of its own rather than a service of the social capability: the token
 * is the feeds' secret, and leaving the feeds out leaves nothing of them elsewhere.
 */
@Component(service = FeedDatabase.class)
public class FeedDatabase extends CapabilityDatabase {

    /** The unit's steps, in order; append only, never edit a released one. */
    static final List<Migration> STEPS = List.of(Migration.baseline("feed tokens"));

    /**
     * @param persistence the shared database
     * @param builder     this bundle's persistence unit, registered by Aries JPA
     */
    @Activate
    public FeedDatabase(@Reference PersistenceService persistence,
                        @Reference(target = "(osgi.unit.name=bobine-feed)") EntityManagerFactoryBuilder builder) {
        this(persistence.open("feed", builder, STEPS));
    }

    /** @param unit the unit, opened and migrated */
    FeedDatabase(PersistenceUnit unit) {
        super(unit);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
