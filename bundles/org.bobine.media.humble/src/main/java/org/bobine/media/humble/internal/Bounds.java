package org.bobine.media.humble.internal;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.bobine.media.api.EngineException;
import org.bobine.media.api.Progress;

/**
 * The bounds of one engine operation, checked between packets and frames: its deadline, cancellation by an
 * interrupt of the calling thread or by the engine stopping. Also tells the operation's progress, at most
 * once per percent. Humble runs in the calling thread, so these checks are the only way to stop it.
 */
final class Bounds {

    private final long deadline;
    private final Duration timeout;
    private final BooleanSupplier stopped;
    private final Progress progress;
    private boolean interrupted;
    private double told = -1;

    Bounds(Duration timeout, BooleanSupplier stopped, Progress progress) {
        this.deadline = System.nanoTime() + timeout.toNanos();
        this.timeout = timeout;
        this.stopped = stopped;
        this.progress = progress == null ? Progress.NONE : progress;
    }

    /**
     * @throws EngineException CANCELLED when the thread was interrupted, the engine stopped or the deadline
     *                         passed
     */
    void check() throws EngineException {
        if (Thread.interrupted()) {
            throw interrupted();
        }
        if (stopped.getAsBoolean()) {
            throw new EngineException(EngineException.Kind.CANCELLED, "The humble engine stopped during the operation", "");
        }
        if (System.nanoTime() - deadline > 0) {
            String bound = timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s";
            throw new EngineException(EngineException.Kind.CANCELLED, "The operation ran past its bound of " + bound
                + " and was stopped", "");
        }
    }

    /**
     * Records that the calling thread was interrupted (Humble's own calls throw InterruptedException and clear
     * the flag), so that {@link #restoreInterrupt()} gives it back once the operation cleaned up.
     *
     * @return the exception to throw
     */
    EngineException interrupted() {
        interrupted = true;
        return new EngineException(EngineException.Kind.CANCELLED, "The operation was cancelled", "");
    }

    /** @param fraction how far the operation went, from 0 to 1; 1 is only told by {@link #done()} */
    void progress(double fraction) {
        double f = Math.max(0, Math.min(0.999, fraction));
        if (f - told >= 0.01) {
            told = f;
            progress.update(f);
        }
    }

    void done() {
        progress.update(1.0);
    }

    /** Gives the calling thread back the interrupt this operation consumed; called last. */
    void restoreInterrupt() {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
