package org.bobine.feed.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bobine.core.api.Caller;
import org.bobine.feed.internal.entity.FeedTokenEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Users' personal feed tokens (PeerTube's scoped {@code feedToken}): 32 random bytes from {@link SecureRandom},
 * made on first request, replaced on renewal (the old one stops working at once), compared in constant time.
 * A token only ever opens its user's subscription feed. Tokens are never logged.
 */
@Component(service = FeedTokens.class)
public class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedDatabase db;

    /** @param db the feeds' unit */
    @Activate
    public FeedTokens(@Reference FeedDatabase db) {
        this.db = db;
    }

    /**
     * @param caller a logged-in user
     * @return their feed token, made now when they have none
     */
    public synchronized String get(Caller caller) {
        long userId = caller.requireUser().userId();
        return db.tx(em -> {
            FeedTokenEntity t = em.find(FeedTokenEntity.class, userId);
            if (t == null) {
                t = new FeedTokenEntity();
                t.setUserId(userId);
                t.setToken(fresh());
                t.setCreatedAt(System.currentTimeMillis());
                em.persist(t);
            }
            return t.getToken();
        });
    }

    /**
     * @param caller a logged-in user
     * @return their new feed token; the previous one no longer opens anything
     */
    public synchronized String renew(Caller caller) {
        long userId = caller.requireUser().userId();
        return db.tx(em -> {
            FeedTokenEntity t = em.find(FeedTokenEntity.class, userId);
            if (t == null) {
                t = new FeedTokenEntity();
                t.setUserId(userId);
                em.persist(t);
            }
            t.setToken(fresh());
            t.setCreatedAt(System.currentTimeMillis());
            return t.getToken();
        });
    }

    /**
     * @param userId the user whose feed is asked for
     * @param token  the token the URL carries
     * @return whether it is that user's token now
     */
    public boolean matches(long userId, String token) {
        if (token == null || token.isEmpty() || token.length() > 128) {
            return false;
        }
        String stored = db.tx(em -> {
            FeedTokenEntity t = em.find(FeedTokenEntity.class, userId);
            return t == null ? null : t.getToken();
        });
        // Constant time over the stored token: how much of a guess is right does not show in the time taken.
        byte[] expected = (stored == null ? "" : stored).getBytes(StandardCharsets.UTF_8);
        boolean equal = MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8));
        return stored != null && equal;
    }

    private static String fresh() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
