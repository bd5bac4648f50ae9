package org.bobine.sdk.plugin;

/**
 * A refusal a plugin answers with: the platform turns it into an HTTP error with an RFC 7807 body.
 */
public class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    /**
     * @param status  HTTP status, 4xx
     * @param code    a machine-readable code (PeerTube's where one exists), or null
     * @param message what went wrong, in words the user understands
     */
    public PluginException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /**
     * @param message what is wrong with the request
     * @return a 400 Bad Request
     */
    public static PluginException badRequest(String message) {
        return new PluginException(400, null, message);
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the machine-readable code, or null */
    public String code() {
        return code;
    }
}
