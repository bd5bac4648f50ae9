package org.bobine.sdk.hook;

/**
 * Who is asking: a logged-in user or nobody.
 *
 * @param username the user's name, or null when anonymous
 * @param role     "administrator", "moderator" or "user"; null when anonymous
 * @since 1.1
 */
public record Viewer(String username, String role) {

    /** Nobody logged in. */
    public static final Viewer ANONYMOUS = new Viewer(null, null);

    /** @return true when nobody is logged in */
    public boolean anonymous() {
        return username == null;
    }

    /** @return true for administrators */
    public boolean admin() {
        return "administrator".equals(role);
    }
}
