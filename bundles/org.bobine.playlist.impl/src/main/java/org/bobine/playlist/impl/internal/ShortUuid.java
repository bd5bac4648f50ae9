package org.bobine.playlist.impl.internal;

import java.math.BigInteger;
import java.util.UUID;

/**
 * PeerTube's short UUIDs (what the npm package short-uuid writes): the UUID's 128 bits in the Flickr base58
 * alphabet, padded to 22 characters, so a playlist has the same short id as PeerTube would give it.
 */
final class ShortUuid {

    private static final String ALPHABET = "123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final BigInteger BASE = BigInteger.valueOf(ALPHABET.length());

    private ShortUuid() {
    }

    /** @param uuid a UUID @return its short form */
    static String of(UUID uuid) {
        BigInteger n = new BigInteger(uuid.toString().replace("-", ""), 16);
        StringBuilder sb = new StringBuilder();
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(BASE);
            sb.append(ALPHABET.charAt(qr[1].intValue()));
            n = qr[0];
        }
        while (sb.length() < 22) {
            sb.append(ALPHABET.charAt(0));
        }
        return sb.reverse().toString();
    }
}
