package org.bobine.core.impl.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ListCacheTest {

    private final VideoChanges changes = new VideoChanges();
    private final AtomicLong now = new AtomicLong(1_000);
    private final ListCache<Integer> cache = new ListCache<>(changes, 100, 3, now::get);
    private final AtomicInteger computed = new AtomicInteger();

    private int get(String key) {
        return cache.get(key, computed::incrementAndGet);
    }

    @Test
    void aPageIsComputedOnceWhileNothingChanges() {
        assertEquals(1, get("a"));
        assertEquals(1, get("a"));
        assertEquals(2, get("b"));
        assertEquals(2, computed.get());
    }

    @Test
    void aChangeMakesEveryPageStale() {
        get("a");
        changes.changed();
        assertEquals(2, get("a"));
    }

    @Test
    void pagesExpire() {
        get("a");
        now.addAndGet(100);
        assertEquals(2, get("a"));
    }

    @Test
    void concurrentRequestsForAChangedPageRunTheQueryOnce() throws Exception {
        get("a");
        changes.changed();
        CountDownLatch inQuery = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread slow = new Thread(() -> cache.get("a", () -> {
            inQuery.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return computed.incrementAndGet();
        }));
        slow.start();
        inQuery.await();
        AtomicInteger seen = new AtomicInteger();
        Thread waiting = new Thread(() -> seen.set(get("a")));
        waiting.start();
        release.countDown();
        slow.join();
        waiting.join();
        assertEquals(2, seen.get(), "the waiting request got the fresh page");
        assertEquals(2, computed.get(), "the query ran once after the change");
    }

    @Test
    void theCacheStartsOverWhenFull() {
        get("a");
        get("b");
        get("c");
        get("d");
        assertEquals(5, get("a"), "a was dropped when d did not fit");
    }
}
