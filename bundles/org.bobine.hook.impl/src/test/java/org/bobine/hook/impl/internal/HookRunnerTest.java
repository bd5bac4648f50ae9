package org.bobine.hook.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bobine.sdk.hook.ActionHook;
import org.bobine.sdk.hook.FilterHook;
import org.bobine.sdk.hook.Hooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

class HookRunnerTest {

    private static final String NAME = "filter:test.value";
    private final HookRunner runner = new HookRunner();
    private final AtomicLong serviceIds = new AtomicLong();

    @AfterEach
    void close() {
        runner.close();
    }

    private Map<String, Object> props(String name, Integer priority) {
        Map<String, Object> p = new HashMap<>();
        p.put(Hooks.HOOK_NAME, name);
        if (priority != null) {
            p.put(Hooks.HOOK_PRIORITY, priority);
        }
        p.put(Constants.SERVICE_ID, serviceIds.incrementAndGet());
        return p;
    }

    private FilterHook<String, String> append(String s) {
        return (input, current) -> current + s;
    }

    @Test
    void filtersRunInPriorityOrderThenServiceOrder() {
        runner.addFilter(append("c"), props(NAME, null));
        runner.addFilter(append("b"), props(NAME, 50));
        runner.addFilter(append("a"), props(NAME, 10));
        runner.addFilter(append("d"), props(NAME, null));
        runner.addFilter(append("x"), props("filter:other", 1));
        assertEquals(">abcd", runner.filter(NAME, "input", ">"));
    }

    @Test
    void aHookThatKeepsTimingOutIsSuspendedAndTheOthersStillRun() {
        runner.timeoutMillis = 50;
        AtomicInteger calls = new AtomicInteger();
        runner.addFilter((FilterHook<String, String>) (input, current) -> {
            calls.incrementAndGet();
            Thread.sleep(10_000);
            return current + "late";
        }, props(NAME, 1));
        runner.addFilter(append("b"), props(NAME, 2));
        for (int i = 0; i < 5; i++) {
            assertEquals(">b", runner.filter(NAME, "input", ">"));
        }
        assertEquals(3, calls.get(), "called until its third timeout, then suspended");
    }

    @Test
    void filtersSeeTheInput() {
        runner.addFilter((FilterHook<String, String>) (input, current) -> current + input, props(NAME, null));
        assertEquals("v:in", runner.filter(NAME, "in", "v:"));
    }

    @Test
    void aThrowingFilterIsSkippedAndTheValueGoesOn() {
        runner.addFilter(append("a"), props(NAME, 1));
        runner.addFilter((FilterHook<String, String>) (input, current) -> {
            throw new IllegalStateException("plugin bug");
        }, props(NAME, 2));
        runner.addFilter(append("b"), props(NAME, 3));
        assertEquals("ab", runner.filter(NAME, "input", ""));
    }

    @Test
    void aFilterReturningNullKeepsTheValue() {
        runner.addFilter(append("a"), props(NAME, 1));
        runner.addFilter((FilterHook<String, String>) (input, current) -> null, props(NAME, 2));
        runner.addFilter(append("b"), props(NAME, 3));
        assertEquals("ab", runner.filter(NAME, "input", ""));
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void aFilterReturningTheWrongTypeIsSkipped() {
        runner.addFilter(append("a"), props(NAME, 1));
        runner.addFilter((FilterHook) (input, current) -> Integer.valueOf(42), props(NAME, 2));
        runner.addFilter(append("b"), props(NAME, 3));
        String result = runner.filter(NAME, "input", "");
        assertEquals("ab", result);
    }

    @Test
    void removedFiltersNoLongerRun() {
        FilterHook<String, String> a = append("a");
        Map<String, Object> props = props(NAME, null);
        runner.addFilter(a, props);
        runner.addFilter(append("b"), props(NAME, null));
        runner.removeFilter(a, props);
        assertEquals("b", runner.filter(NAME, "input", ""));
    }

    @Test
    void aFilterThatHangsIsAbandonedAfterTheTimeout() {
        runner.addFilter((FilterHook<String, String>) (input, current) -> {
            Thread.sleep(60_000);
            return "late";
        }, props(NAME, 1));
        runner.addFilter(append("b"), props(NAME, 2));
        long start = System.nanoTime();
        assertEquals("ab", runner.filter(NAME, "input", "a"));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertTrue(seconds >= 4 && seconds < 30, "took " + seconds + " s");
    }

    @Test
    void actionsRunInTheBackgroundAndSurviveAFailingOne() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(2);
        runner.addAction((ActionHook<String>) e -> {
            seen.add("first:" + e);
            done.countDown();
        }, props("action:test", 1));
        runner.addAction((ActionHook<String>) e -> {
            throw new IllegalStateException("plugin bug");
        }, props("action:test", 2));
        runner.addAction((ActionHook<String>) e -> {
            seen.add("third:" + e);
            done.countDown();
        }, props("action:test", 3));
        runner.addAction((ActionHook<String>) e -> seen.add("other"), props("action:other", 1));
        runner.action("action:test", "ev");
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("first:ev", "third:ev"), seen);
    }
}
