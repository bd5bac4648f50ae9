package org.bobine.core.impl.internal.util;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.bobine.core.api.BobineException;

/** Epoch milliseconds to and from the ISO-8601 strings of PeerTube's JSON. */
public final class Dates {

    private Dates() {
    }

    /** @param millis epoch ms @return ISO-8601 */
    public static String iso(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }

    /** @param millis epoch ms or null @return ISO-8601 or null */
    public static String iso(Long millis) {
        return millis == null ? null : iso(millis.longValue());
    }

    /**
     * @param field the field's name, for the error
     * @param iso   an ISO-8601 instant
     * @return epoch ms
     * @throws BobineException 400 when not a date
     */
    public static long parse(String field, String iso) {
        try {
            return Instant.parse(iso).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw BobineException.badRequest(field + " must be an ISO-8601 date");
        }
    }
}
