package org.bobine.core.impl.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = Passwords.hash("correct horse battery staple");
        assertTrue(stored.startsWith("pbkdf2-sha512$" + Passwords.ITERATIONS + "$"), stored);
        assertTrue(Passwords.verify("correct horse battery staple", stored));
        assertFalse(Passwords.verify("correct horse battery stapl", stored));
        assertFalse(Passwords.verify("", stored));
    }

    @Test
    void saltMakesEveryHashDifferent() {
        String a = Passwords.hash("same password");
        String b = Passwords.hash("same password");
        assertNotEquals(a, b);
        assertTrue(Passwords.verify("same password", a));
        assertTrue(Passwords.verify("same password", b));
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertFalse(Passwords.verify("pw", null));
        assertFalse(Passwords.verify("pw", ""));
        assertFalse(Passwords.verify("pw", "pw"));
        assertFalse(Passwords.verify("pw", "bcrypt$10$AAAAAAAAAAAAAAAAAAAAAA$AAAA"));
        assertFalse(Passwords.verify("pw", "pbkdf2-sha512$1000$AAAAAAAAAAAAAAAAAAAAAA"));
        assertFalse(Passwords.verify("pw", "pbkdf2-sha512$many$AAAAAAAAAAAAAAAAAAAAAA$AAAA"));
        assertFalse(Passwords.verify("pw", "pbkdf2-sha512$1000$not*base64!$AAAA"));
        assertFalse(Passwords.verify("pw", "pbkdf2-sha512$1000$$AAAA"));
        assertFalse(Passwords.verify("pw", "pbkdf2-sha512$0$AAAAAAAAAAAAAAAAAAAAAA$AAAA"));
        assertFalse(Passwords.verify("pw", "pbkdf2-sha512$-5$AAAAAAAAAAAAAAAAAAAAAA$AAAA"));
    }

    @Test
    void sha256KnownVectors() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Passwords.sha256(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Passwords.sha256("abc"));
    }

    @Test
    void randomValues() {
        assertTrue(Passwords.randomHex(16).matches("[0-9a-f]{32}"));
        assertNotEquals(Passwords.randomHex(16), Passwords.randomHex(16));
        String s = Passwords.randomAlphanumeric(32);
        assertEquals(32, s.length());
        assertTrue(s.matches("[A-Za-z0-9]+"), s);
    }
}
