package org.bobine.core.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bobine.core.api.Caller;

/**
 * Short-lived, non-identifying keys of viewers, so views are counted once per viewer without storing who
 * watched: an HMAC of the client's address and user agent (or of the user's id when logged in) under a random
 * secret that lives in memory only and is replaced every hour. Nothing of it is stored or logged; once the
 * secret is replaced, a key can no longer be linked to its viewer, not even by this instance.
 */
final class ViewerKeys {

    private static final long ROTATION_MILLIS = 3600_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private byte[] secret;
    private long since;

    /** @return the key of a viewer now */
    synchronized String key(Caller caller, String address, String userAgent) {
        long now = System.currentTimeMillis();
        if (secret == null || now - since >= ROTATION_MILLIS) {
            secret = new byte[32];
            RANDOM.nextBytes(secret);
            since = now;
        }
        String who = caller != null && !caller.anonymous() ? "user:" + caller.userId()
            : "address:" + address + "\n" + (userAgent == null ? "" : userAgent);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(who.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
