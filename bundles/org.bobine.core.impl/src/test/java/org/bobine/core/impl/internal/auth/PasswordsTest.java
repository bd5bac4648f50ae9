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
    void randomValues() {
        String s = Passwords.randomAlphanumeric(32);
        assertEquals(32, s.length());
        assertTrue(s.matches("[A-Za-z0-9]+"), s);
        assertNotEquals(s, Passwords.randomAlphanumeric(32));
    }
}
