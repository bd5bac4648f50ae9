package org.bobine.core.impl.internal.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with PBKDF2-HMAC-SHA512 (the JDK's, no native code), 210,000 iterations and a 16-byte
 * random salt as OWASP recommends; the stored form names its algorithm and iteration count so both can
 * grow later without invalidating existing hashes.
 */
public final class Passwords {

    static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /**
     * @param password the clear password
     * @return {@code pbkdf2-sha512$iterations$salt$hash}, base64
     */
    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return hash(password, salt, ITERATIONS);
    }

    /**
     * @param password a clear password
     * @param stored   a value from {@link #hash(String)}
     * @return true when they match
     */
    public static boolean verify(String password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha512")) {
            return false;
        }
        String expected;
        try {
            expected = hash(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
        } catch (IllegalArgumentException e) {
            // Not a value hash() wrote (bad count, bad base64, empty salt): it matches no password.
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(), stored.getBytes());
    }

    private static String hash(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 512);
            byte[] key = SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            spec.clearPassword();
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            return "pbkdf2-sha512$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }


    /**
     * @param length how many characters
     * @return a random string of letters and digits
     */
    public static String randomAlphanumeric(int length) {
        String chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(chars.charAt(RANDOM.nextInt(chars.length())));
        }
        return sb.toString();
    }

}
