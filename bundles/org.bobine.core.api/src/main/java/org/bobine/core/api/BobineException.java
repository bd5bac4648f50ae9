package org.bobine.core.api;

/**
 * A failure the client caused or may know about, carrying what an RFC 7807 problem needs: an HTTP status,
 * PeerTube's error code where it has one, and a detail message in English. Anything else that escapes a
 * service is an internal error.
 */
public class BobineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    /**
     * @param status the HTTP status, 4xx for the client's errors
     * @param code   PeerTube's error code (ServerErrorCode or OAuth2ErrorCode), or null
     * @param detail a human-readable explanation, safe to show to the client
     */
    public BobineException(int status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return PeerTube's error code, or null */
    public String code() {
        return code;
    }

    /** @param detail explanation @return a 400 */
    public static BobineException badRequest(String detail) {
        return new BobineException(400, null, detail);
    }

    /** @param code PeerTube code @param detail explanation @return a 400 with a code */
    public static BobineException badRequest(String code, String detail) {
        return new BobineException(400, code, detail);
    }

    /** @param detail explanation @return a 401 */
    public static BobineException unauthorized(String detail) {
        return new BobineException(401, null, detail);
    }

    /** @param detail explanation @return a 403 */
    public static BobineException forbidden(String detail) {
        return new BobineException(403, null, detail);
    }

    /** @param detail explanation @return a 404 */
    public static BobineException notFound(String detail) {
        return new BobineException(404, null, detail);
    }

    /** @param detail explanation @return a 409 */
    public static BobineException conflict(String detail) {
        return new BobineException(409, null, detail);
    }
}
