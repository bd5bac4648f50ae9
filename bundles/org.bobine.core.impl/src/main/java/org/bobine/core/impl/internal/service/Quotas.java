package org.bobine.core.impl.internal.service;

import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Component;

/** What users' videos weigh against their quotas: the sum of their files' sizes, in the caller's transaction. */
@Component(service = Quotas.class)
public class Quotas {

    /**
     * @param em    an open entity manager
     * @param user  a user's id
     * @param since epoch ms: only files created since (0 for all, a day ago for the daily quota)
     * @return bytes
     */
    long used(EntityManager em, long user, long since) {
        Long sum = em.createQuery("SELECT SUM(f.size) FROM VideoFileEntity f WHERE f.video.channel.account.user.id = :u "
                + "AND f.createdAt >= :since", Long.class)
            .setParameter("u", user).setParameter("since", since).getSingleResult();
        return sum == null ? 0 : sum;
    }
}
