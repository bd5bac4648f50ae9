package org.bobine.core.impl.internal.util;

import java.math.BigInteger;
import java.util.UUID;

/**
 * PeerTube's short UUIDs: the 128-bit UUID written in the Flickr base58 alphabet, padded to 22 characters
 * (what the npm package short-uuid produces), so the same video has the same short id here and there.
 */
public final class ShortUuid {

    private static final String ALPHABET = "123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final BigInteger BASE = BigInteger.valueOf(ALPHABET.length());
    private static final int LENGTH = 22;

    private ShortUuid() {
    }

    /**
     * @param uuid a UUID
     * @return its 22-character short form
     */
    public static String encode(UUID uuid) {
        String hex = uuid.toString().replace("-", "");
        BigInteger n = new BigInteger(hex, 16);
        StringBuilder sb = new StringBuilder();
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(BASE);
            sb.append(ALPHABET.charAt(qr[1].intValue()));
            n = qr[0];
        }
        while (sb.length() < LENGTH) {
            sb.append(ALPHABET.charAt(0));
        }
        return sb.reverse().toString();
    }

    /**
     * @param s a string
     * @return true when it has the shape of a short UUID
     */
    public static boolean looksLikeShortUuid(String s) {
        if (s == null || s.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
