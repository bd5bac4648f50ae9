package org.bobine.core.impl.internal.service;

import javax.persistence.EntityManager;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.ErrorCodes;

/** Account and channel names share one namespace, as ActivityPub actors of one host do. */
final class Handles {

    private Handles() {
    }

    static void checkFree(EntityManager em, String handle) {
        boolean taken = !em.createQuery("SELECT a.id FROM AccountEntity a WHERE a.name = :n")
            .setParameter("n", handle).getResultList().isEmpty()
            || !em.createQuery("SELECT c.id FROM ChannelEntity c WHERE c.name = :n")
            .setParameter("n", handle).getResultList().isEmpty();
        if (taken) {
            throw new BobineException(409, ErrorCodes.CHANNEL_ALREADY_EXISTS,
                "The handle '" + handle + "' is already taken by an account or a channel");
        }
    }
}
