package org.bobine.media.api;

/**
 * An engine operation failed. The message says what failed in words a user understands; {@link #log()} keeps
 * what the engine printed, for the job's log.
 */
public class EngineException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure. */
    public enum Kind {
        /** The input is not media the engine can decode: refuse it, retrying will not help. */
        INVALID_INPUT,
        /** The engine cannot do this operation at all (see {@link TranscodingEngine#capabilities()}). */
        UNSUPPORTED,
        /** The operation was cancelled or ran past its time bound. */
        CANCELLED,
        /** Anything else; worth a retry. */
        FAILED
    }

    private final Kind kind;
    private final String log;

    /**
     * @param kind    the kind of failure
     * @param message what failed
     * @param log     what the engine printed, may be empty
     */
    public EngineException(Kind kind, String message, String log) {
        super(message);
        this.kind = kind;
        this.log = log == null ? "" : log;
    }

    /** @return the kind of failure */
    public Kind kind() {
        return kind;
    }

    /** @return what the engine printed */
    public String log() {
        return log;
    }
}
