package org.bobine.runner;

/** A failure to tell the user in one line: refused registration, unreachable instance, missing file. */
public class RunnerException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int status;

    /** @param message what failed @param status the HTTP status when the instance answered, else 0 */
    public RunnerException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** @param message what failed */
    public RunnerException(String message) {
        this(message, 0);
    }

    /** @return the HTTP status when the instance answered, else 0 */
    public int status() {
        return status;
    }
}
