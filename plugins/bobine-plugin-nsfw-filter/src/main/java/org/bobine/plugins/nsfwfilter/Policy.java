package org.bobine.plugins.nsfwfilter;

import java.util.Locale;

/** The instance's sensitive-content policy for anonymous visitors, as the {@code policy} setting stores it. */
enum Policy {
    /** Sensitive videos are listed and shown as they are. */
    DISPLAY("display"),
    /** Sensitive videos are listed; the front end blurs their thumbnails. */
    BLUR("blur"),
    /** Sensitive videos are left out of anonymous lists and searches. */
    HIDE("hide");

    private final String value;

    Policy(String value) {
        this.value = value;
    }

    /** @return the stored value */
    String value() {
        return value;
    }

    /**
     * @param value a stored value
     * @return its policy, or null when it is none of them
     */
    static Policy of(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (Policy p : values()) {
            if (p.value.equals(v)) {
                return p;
            }
        }
        return null;
    }
}
