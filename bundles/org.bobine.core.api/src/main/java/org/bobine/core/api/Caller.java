package org.bobine.core.api;

import java.security.Principal;

/**
 * Who is making a request: a logged-in user or nobody. Every service method that depends on rights takes
 * one, so authorisation is decided in the service, the same way for REST, shell and plugins.
 *
 * @param userId   the user's id, or 0 when anonymous
 * @param username the user's name, or null when anonymous
 * @param role     the user's role, or null when anonymous
 */
public record Caller(long userId, String username, UserRole role) implements Principal {

    /** Nobody logged in. */
    public static final Caller ANONYMOUS = new Caller(0, null, null);

    /** @return true when nobody is logged in */
    public boolean anonymous() {
        return userId == 0;
    }

    /**
     * @return this caller, when logged in
     * @throws BobineException 401 when nobody is logged in
     * @since 1.1
     */
    public Caller requireUser() {
        if (anonymous()) {
            throw BobineException.unauthorized("Authentication is required");
        }
        return this;
    }

    /** @return true for administrators */
    public boolean admin() {
        return role == UserRole.ADMINISTRATOR;
    }

    /** @return true for those who may see every video whatever its privacy (PeerTube's SEE_ALL_VIDEOS) */
    public boolean seesAllVideos() {
        return role == UserRole.ADMINISTRATOR || role == UserRole.MODERATOR;
    }

    @Override
    public String getName() {
        return username == null ? "anonymous" : username;
    }
}
