package org.bobine.core.impl.internal.persistence;

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
 * The core's persistence unit ({@code bobine-core}: users, accounts, channels, videos and their files, OAuth,
 * upload sessions, jobs and runners) on the shared database. Aries JPA registers the unit's builder once
 * OpenJPA is there; {@link PersistenceService} opens it and applies {@link #STEPS}. See the README of
 * {@code org.bobine.persistence.impl} for the rules every unit follows.
 */
@Component(service = Database.class)
public class Database extends CapabilityDatabase {

    /** The core unit's steps, in order; append only, never edit a released one. */
    public static final List<Migration> STEPS = List.of(
        Migration.baseline("users, accounts, channels, videos, files, tags, OAuth, upload sessions"),
        // Lists are newest first: a descending index lets the database read the first page without sorting them all.
        new Migration(2, "Index of videos by publication date, newest first", em -> em.createNativeQuery(
            "CREATE INDEX IDX_VIDEO_PUBLISHED_DESC ON BOBINE_VIDEO (PUBLISHEDAT DESC, ID DESC)").executeUpdate()),
        // The counts the social capability keeps (0.2) are new columns: older rows get 0, so lists sort them right.
        new Migration(3, "Counts of dislikes, comments, trending and followers set to 0 in older rows", em -> {
            em.createNativeQuery("UPDATE BOBINE_VIDEO SET DISLIKES = 0 WHERE DISLIKES IS NULL").executeUpdate();
            em.createNativeQuery("UPDATE BOBINE_VIDEO SET TRENDING = 0 WHERE TRENDING IS NULL").executeUpdate();
            em.createNativeQuery("UPDATE BOBINE_VIDEO SET COMMENTS = 0 WHERE COMMENTS IS NULL").executeUpdate();
            em.createNativeQuery("UPDATE BOBINE_CHANNEL SET FOLLOWERSCOUNT = 0 WHERE FOLLOWERSCOUNT IS NULL").executeUpdate();
            em.createNativeQuery("UPDATE BOBINE_ACCOUNT SET FOLLOWERSCOUNT = 0 WHERE FOLLOWERSCOUNT IS NULL").executeUpdate();
        }));

    /**
     * @param persistence the shared database
     * @param builder     the core's persistence unit, registered by Aries JPA
     */
    @Activate
    public Database(@Reference PersistenceService persistence,
                    @Reference(target = "(osgi.unit.name=bobine-core)") EntityManagerFactoryBuilder builder) {
        this(persistence.open("core", builder, STEPS));
    }

    /** @param unit the core's unit, opened and migrated (unit tests open it on an embedded Derby of their own) */
    public Database(PersistenceUnit unit) {
        super(unit);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
