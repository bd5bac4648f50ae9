package org.bobine.auth.impl.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Counts failed logins per client address and per user name in a sliding window and says when to refuse
 * further attempts. In memory on purpose: a restart forgets it, which costs an attacker a restart per window.
 */
final class LoginRateLimiter {

    private final IntSupplier maxPerAddress;
    private final IntSupplier maxPerUser;
    private final LongSupplier windowMillis;
    private final LongSupplier clock;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    LoginRateLimiter(int maxPerAddress, int maxPerUser, long windowMillis, LongSupplier clock) {
        this(() -> maxPerAddress, () -> maxPerUser, () -> windowMillis, clock);
    }

    /** Limits read at each attempt, so a change of configuration applies at once. */
    LoginRateLimiter(IntSupplier maxPerAddress, IntSupplier maxPerUser, LongSupplier windowMillis, LongSupplier clock) {
        this.maxPerAddress = maxPerAddress;
        this.maxPerUser = maxPerUser;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    boolean blocked(String address, String username) {
        return count("ip:" + address) >= maxPerAddress.getAsInt() || count("user:" + username) >= maxPerUser.getAsInt();
    }

    void failed(String address, String username) {
        add("ip:" + address);
        add("user:" + username);
    }

    void succeeded(String username) {
        failures.remove("user:" + username);
    }

    private int count(String key) {
        Deque<Long> d = failures.get(key);
        if (d == null) {
            return 0;
        }
        synchronized (d) {
            prune(d);
            return d.size();
        }
    }

    private void add(String key) {
        Deque<Long> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (d) {
            prune(d);
            d.addLast(clock.getAsLong());
        }
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    private void prune(Deque<Long> d) {
        long limit = clock.getAsLong() - windowMillis.getAsLong();
        while (!d.isEmpty() && d.peekFirst() < limit) {
            d.pollFirst();
        }
    }
}
