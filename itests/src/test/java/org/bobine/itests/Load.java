package org.bobine.itests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests made in a loop on another thread while a test changes the instance (installs plugins, ...): every
 * answer must be a 200. Counts requests and keeps the failures.
 */
final class Load implements AutoCloseable {

    private final Api api;
    private final List<String> paths;
    private final AtomicInteger done = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile boolean running = true;

    Load(Api api, String... paths) {
        this.api = api;
        this.paths = List.of(paths);
        this.thread = new Thread(this::run, "load");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        int i = 0;
        while (running) {
            String path = paths.get(i++ % paths.size());
            long t0 = System.nanoTime();
            try {
                Api.Res r = api.get(path);
                if (r.status() != 200) {
                    failures.add(path + " -> " + r.status() + " " + r.text());
                }
            } catch (RuntimeException e) {
                failures.add(path + " -> " + e);
            }
            latenciesMicros.add((System.nanoTime() - t0) / 1000);
            done.incrementAndGet();
        }
    }

    int requests() {
        return done.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(150_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
