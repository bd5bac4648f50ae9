package org.bobine.social.impl.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.bobine.core.api.BobineException;

/** Channel handles as clients send them: {@code name} or {@code name@host}. */
final class Handles {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.:-]{1,50}");

    private Handles() {
    }

    /**
     * @param handle a handle
     * @param host   this instance's host (with its port when not the default)
     * @return the local channel's name
     * @throws BobineException 400 when malformed, or a remote channel (federation will follow them)
     */
    static String local(String handle, String host) {
        if (handle == null || handle.isBlank() || handle.length() > 300) {
            throw BobineException.badRequest("uri must be a channel handle: name@host");
        }
        String h = handle.trim();
        if (h.startsWith("@")) {
            h = h.substring(1);
        }
        int at = h.indexOf('@');
        String name = at < 0 ? h : h.substring(0, at);
        if (at >= 0 && !h.substring(at + 1).toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))) {
            throw BobineException.badRequest("uri: " + handle + " is a channel of another instance; following remote "
                + "channels needs federation, which this instance does not run yet");
        }
        if (!NAME.matcher(name).matches()) {
            throw BobineException.badRequest("uri must be a channel handle: name@host");
        }
        return name;
    }
}
