package org.bobine.core.impl.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bobine.core.api.BobineException;
import org.bobine.core.impl.internal.config.AccountPolicies;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.model.VideoAttributes;

/** PeerTube's field constraints, checked before anything is written. */
public final class Validation {

    /** Minimum password length. */
    public static final int PASSWORD_MIN = AccountPolicies.PASSWORD_MIN_LENGTH;
    /** Maximum password length. */
    public static final int PASSWORD_MAX = AccountPolicies.PASSWORD_MAX_LENGTH;
    private static final Pattern HANDLE = Pattern.compile("^[a-z0-9_]+([a-z0-9_.-]+[a-z0-9_]+)?$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    private Validation() {
    }

    /** @param field name @param value handle @return the handle */
    public static String handle(String field, String value) {
        if (value == null || value.isEmpty() || value.length() > 50 || !HANDLE.matcher(value).matches()) {
            throw BobineException.badRequest(field + " must be 1-50 characters of a-z, 0-9, '_', '.' and '-'");
        }
        return value;
    }

    /** @param password clear password @return it */
    public static String password(String password) {
        if (password == null || password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            throw BobineException.badRequest("password must be " + PASSWORD_MIN + "-" + PASSWORD_MAX + " characters");
        }
        return password;
    }

    /** @param email address @return it */
    public static String email(String email) {
        if (email == null || email.length() > 400 || !EMAIL.matcher(email).matches()) {
            throw BobineException.badRequest("email must be an e-mail address");
        }
        return email;
    }

    /**
     * @param field    name
     * @param value    text, may be null
     * @param min      minimum length
     * @param max      maximum length
     * @param required whether null is refused
     * @return the value
     */
    public static String text(String field, String value, int min, int max, boolean required) {
        if (value == null) {
            if (required) {
                throw BobineException.badRequest(field + " is required");
            }
            return null;
        }
        if (value.length() < min || value.length() > max) {
            throw BobineException.badRequest(field + " must be " + min + "-" + max + " characters");
        }
        return value;
    }

    /** @param tags tags or null @return distinct tags */
    public static List<String> tags(List<String> tags) {
        if (tags == null) {
            return null;
        }
        if (tags.size() > 5) {
            throw BobineException.badRequest("tags: at most 5");
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String t : tags) {
            String s = t == null ? "" : t.trim();
            if (s.length() < 2 || s.length() > 30) {
                throw BobineException.badRequest("tags: each tag must be 2-30 characters");
            }
            out.add(s);
        }
        return new ArrayList<>(out);
    }

    /**
     * Checks a video's attributes.
     *
     * @param a        attributes
     * @param creating true on upload (name and channel required)
     */
    public static void video(VideoAttributes a, boolean creating) {
        text("name", a.name, 3, 120, creating);
        if (creating && a.channelId == null) {
            throw BobineException.badRequest("channelId is required");
        }
        text("description", a.description, 3, 10000, false);
        text("support", a.support, 3, 1000, false);
        a.tags = tags(a.tags);
        if (a.pluginData != null) {
            if (a.pluginData.size() > 50) {
                throw BobineException.badRequest("pluginData: at most 50 fields");
            }
            for (Map.Entry<String, String> e : a.pluginData.entrySet()) {
                if (e.getKey() == null || !e.getKey().matches("[A-Za-z0-9_-]{1,64}")) {
                    throw BobineException.badRequest("pluginData: field names are 1 to 64 letters, digits, _ or -");
                }
                if (e.getValue() == null || e.getValue().length() > 10_000) {
                    throw BobineException.badRequest("pluginData." + e.getKey() + ": at most 10000 characters");
                }
            }
        }
        if (a.privacy != null && !VideoConstants.PRIVACIES.containsKey(a.privacy)) {
            throw BobineException.badRequest("privacy: unknown privacy " + a.privacy);
        }
        if (a.category != null && !VideoConstants.CATEGORIES.containsKey(a.category)) {
            throw BobineException.badRequest("category: unknown category " + a.category);
        }
        if (a.licence != null && !VideoConstants.LICENCES.containsKey(a.licence)) {
            throw BobineException.badRequest("licence: unknown licence " + a.licence);
        }
        if (a.language != null && !VideoConstants.LANGUAGES.containsKey(a.language)) {
            throw BobineException.badRequest("language: unknown language " + a.language);
        }
        if (a.commentsPolicy != null && !VideoConstants.COMMENT_POLICIES.containsKey(a.commentsPolicy)) {
            throw BobineException.badRequest("commentsPolicy: unknown policy " + a.commentsPolicy);
        }
    }
}
