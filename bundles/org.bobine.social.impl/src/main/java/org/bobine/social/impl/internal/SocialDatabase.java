package org.bobine.social.impl.internal;

import java.util.List;
import org.bobine.persistence.api.CapabilityDatabase;
import org.bobine.persistence.api.Migration;
import org.bobine.persistence.api.PersistenceService;
import org.bobine.persistence.api.PersistenceUnit;
import org.bobine.social.impl.internal.entity.CommentEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jpa.EntityManagerFactoryBuilder;

/**
 * The social capability's persistence unit {@code bobine-social} (ledger name {@code social}): subscriptions,
 * ratings, comments, views per day, watch history and users' choices (see the README's schema section).
 */
@Component(service = SocialDatabase.class)
public class SocialDatabase extends CapabilityDatabase {

    /** The unit's steps, in order; append only, never edit a released one. */
    static final List<Migration> STEPS = List.of(Migration.baseline("subscriptions to channels, ratings of videos"),
        new Migration(2, "Count the published replies of each comment thread on its first comment", em -> {
            for (CommentEntity root : em.createQuery("SELECT c FROM CommentEntity c WHERE c.inReplyToId IS NULL",
                CommentEntity.class).getResultList()) {
                root.setReplies(em.createQuery("SELECT COUNT(c) FROM CommentEntity c WHERE c.threadId = :t AND c.inReplyToId "
                    + "IS NOT NULL AND c.heldForReview = false AND c.deletedAt IS NULL", Long.class)
                    .setParameter("t", root.getId()).getSingleResult());
            }
        }));

    /**
     * @param persistence the shared database
     * @param builder     this bundle's persistence unit, registered by Aries JPA
     */
    @Activate
    public SocialDatabase(@Reference PersistenceService persistence,
                          @Reference(target = "(osgi.unit.name=bobine-social)") EntityManagerFactoryBuilder builder) {
        this(persistence.open("social", builder, STEPS));
    }

    /** @param unit the unit, opened and migrated (unit tests open it on an embedded Derby of their own) */
    SocialDatabase(PersistenceUnit unit) {
        super(unit);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
