package org.bobine.sdk.hook;

/**
 * The result of an accept filter: whether to go on, and if not, the message shown to the client.
 *
 * @param accepted     true to accept
 * @param errorMessage why it was refused, shown to the client; null when accepted
 */
public record AcceptResult(boolean accepted, String errorMessage) {

    /** The result that lets an operation go on. */
    public static final AcceptResult ACCEPT = new AcceptResult(true, null);

    /**
     * A refusal.
     *
     * @param message why, in words the uploader understands
     * @return a refusing result
     */
    public static AcceptResult refuse(String message) {
        return new AcceptResult(false, message);
    }
}
