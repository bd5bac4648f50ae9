package org.bobine.core.api;

/** A user's role, with PeerTube's numeric ids. */
public enum UserRole {
    /** Everything, including instance configuration and other users. */
    ADMINISTRATOR(0, "Administrator"),
    /** Moderation: sees all videos, manages abuses and blocks. */
    MODERATOR(1, "Moderator"),
    /** A regular user: their own channels and videos. */
    USER(2, "User");

    private final int id;
    private final String label;

    UserRole(int id, String label) {
        this.id = id;
        this.label = label;
    }

    /** @return PeerTube's id of the role */
    public int id() {
        return id;
    }

    /** @return the English label */
    public String label() {
        return label;
    }

    /**
     * @param id PeerTube's id
     * @return the role
     * @throws BobineException 400 when the id is unknown
     */
    public static UserRole ofId(int id) {
        for (UserRole r : values()) {
            if (r.id == id) {
                return r;
            }
        }
        throw BobineException.badRequest("Unknown user role " + id);
    }
}
