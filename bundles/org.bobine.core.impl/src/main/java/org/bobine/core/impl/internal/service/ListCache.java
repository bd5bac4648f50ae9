package org.bobine.core.impl.internal.service;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A small cache of list pages. Lists are read far more often than videos change, and on a two-core
 * machine running the same sort over thousands of rows for every visitor of the home page is what limits
 * it. An entry is used only while nothing listed has changed ({@link VideoChanges}) and for at most
 * {@code ttlMillis}; past {@code maxEntries} the cache starts over. After a change, one request per page
 * runs the query and the others asking for the same page wait for it; when a page only expired, one
 * request refreshes it while the others are served the page they would have got anyway. Cached pages are
 * shared between requests and must be treated as read-only.
 *
 * @param <V> the cached value
 */
final class ListCache<V> {

    private record Entry<V>(long generation, long expiresAt, V value) {
    }

    private final ConcurrentHashMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
    private final VideoChanges changes;
    private final long ttlMillis;
    private final int maxEntries;
    private final LongSupplier clock;

    ListCache(VideoChanges changes, long ttlMillis, int maxEntries, LongSupplier clock) {
        this.changes = changes;
        this.ttlMillis = ttlMillis;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    V get(String key, Supplier<V> compute) {
        long generation = changes.generation();
        Entry<V> e = entries.get(key);
        if (e != null && e.generation() == generation) {
            if (e.expiresAt() > clock.getAsLong()) {
                return e.value();
            }
            // Expired but nothing listed changed: one request refreshes it, the others keep the old page.
            if (!refreshing.add(key)) {
                return e.value();
            }
            try {
                return compute(key, generation, compute);
            } finally {
                refreshing.remove(key);
            }
        }
        // Missing or changed: one request runs the query, the others with the same key wait for its result.
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            generation = changes.generation();
            e = entries.get(key);
            if (e != null && e.generation() == generation && e.expiresAt() > clock.getAsLong()) {
                return e.value();
            }
            return compute(key, generation, compute);
        }
    }

    private V compute(String key, long generation, Supplier<V> compute) {
        V value = compute.get();
        if (entries.size() >= maxEntries) {
            entries.clear();
            locks.clear();
        }
        // Stamped with the generation read before computing: a change during the query makes it stale at once.
        entries.put(key, new Entry<>(generation, clock.getAsLong() + ttlMillis, value));
        return value;
    }
}
