package org.bobine.plugins.videoimport;

import java.time.Duration;

/** When an import's downloading must be over, and the failure to report when it is not. */
final class Deadline {

    private final long end;
    private final Duration limit;

    /**
     * @param limit how long from now
     */
    Deadline(Duration limit) {
        this.limit = limit;
        this.end = System.nanoTime() + limit.toNanos();
    }

    /** @return milliseconds left, 0 once past */
    long remainingMillis() {
        return Math.max(0, (end - System.nanoTime()) / 1_000_000);
    }

    /** @return true once past */
    boolean expired() {
        return end - System.nanoTime() <= 0;
    }

    /** @return the failure an import ends with when it is past */
    ImportFailure failure() {
        return ImportFailure.failed("The import took longer than the limit of " + describe(limit));
    }

    /**
     * @param d a duration
     * @return it in words: "60 minutes", "90 seconds"
     */
    static String describe(Duration d) {
        if (d.toSeconds() >= 60 && d.toSeconds() % 60 == 0) {
            long m = d.toMinutes();
            return m + (m == 1 ? " minute" : " minutes");
        }
        if (d.toMillis() >= 1000 && d.toMillis() % 1000 == 0) {
            return d.toSeconds() + " seconds";
        }
        return d.toMillis() + " milliseconds";
    }
}
