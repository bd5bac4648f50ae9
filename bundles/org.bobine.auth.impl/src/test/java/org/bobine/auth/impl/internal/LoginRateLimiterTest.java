package org.bobine.auth.impl.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final LoginRateLimiter limiter = new LoginRateLimiter(5, 3, 60_000, now::get);

    @Test
    void blocksAUserAfterItsLimitFromAnyAddress() {
        for (int i = 0; i < 3; i++) {
            assertFalse(limiter.blocked("10.0.0." + i, "alice"));
            limiter.failed("10.0.0." + i, "alice");
        }
        assertTrue(limiter.blocked("10.0.0.99", "alice"));
        assertFalse(limiter.blocked("10.0.0.99", "bob"), "other users are not affected");
    }

    @Test
    void blocksAnAddressAfterItsLimitForAnyUser() {
        for (int i = 0; i < 5; i++) {
            assertFalse(limiter.blocked("10.0.0.1", "user" + i));
            limiter.failed("10.0.0.1", "user" + i);
        }
        assertTrue(limiter.blocked("10.0.0.1", "someone-else"));
        assertFalse(limiter.blocked("10.0.0.2", "someone-else"), "other addresses are not affected");
    }

    @Test
    void failuresExpireWithTheWindow() {
        for (int i = 0; i < 3; i++) {
            limiter.failed("10.0.0.1", "alice");
            now.addAndGet(1_000);
        }
        assertTrue(limiter.blocked("10.0.0.2", "alice"));
        // The first failure leaves the window; two remain.
        now.set(1_000_000 + 60_001);
        assertFalse(limiter.blocked("10.0.0.2", "alice"));
        limiter.failed("10.0.0.1", "alice");
        assertTrue(limiter.blocked("10.0.0.2", "alice"));
        now.addAndGet(60_000 + 2_001);
        assertFalse(limiter.blocked("10.0.0.2", "alice"));
    }

    @Test
    void successClearsTheUserButNotTheAddress() {
        for (int i = 0; i < 5; i++) {
            limiter.failed("10.0.0.1", "alice");
        }
        assertTrue(limiter.blocked("10.0.0.2", "alice"));
        assertTrue(limiter.blocked("10.0.0.1", "bob"));
        limiter.succeeded("alice");
        assertFalse(limiter.blocked("10.0.0.2", "alice"));
        assertTrue(limiter.blocked("10.0.0.1", "alice"), "the address stays blocked");
    }

    @Test
    void limitsReadAtEachAttemptApplyAtOnce() {
        AtomicInteger perUser = new AtomicInteger(3);
        LoginRateLimiter live = new LoginRateLimiter(() -> 100, perUser::get, () -> 60_000L, now::get);
        live.failed("10.0.0.9", "dana");
        live.failed("10.0.0.9", "dana");
        assertFalse(live.blocked("10.0.0.9", "dana"));
        perUser.set(2);
        assertTrue(live.blocked("10.0.0.9", "dana"), "a lower limit applies to the next attempt");
    }
}
