package org.bobine.plugins.videopassword;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Wrong attempts per key in a fixed window; in memory only (a restart forgives). */
final class Attempts {

    private record Window(long start, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private volatile int max = 10;
    private volatile long windowMillis = 5 * 60_000L;

    void configure(int maxAttempts, long window) {
        this.max = maxAttempts;
        this.windowMillis = window;
    }

    boolean blocked(String key, long now) {
        Window w = windows.get(key);
        return w != null && now - w.start() < windowMillis && w.count() >= max;
    }

    void failed(String key, long now) {
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> now - e.getValue().start() >= windowMillis);
        }
        windows.compute(key, (k, w) -> w == null || now - w.start() >= windowMillis
            ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
    }
}
