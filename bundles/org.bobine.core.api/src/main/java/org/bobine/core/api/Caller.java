package org.bobine.core.api;

import java.security.Principal;

/**
 * Who is making a request: a logged-in user or nobody. Every service method that depends on rights takes
 * one, so authorisation is decided in the service, the same way for REST, shell and plugins.
 *
 * @param userId   the user's id, or 0 when anonymous
 * @param username the user's name, or null when anonymous
 * @param role     the user's role, or null when anonymous
 * @param videoPassword the video password the request carries ({@code x-peertube-video-password}), or null
 * @param address  the client's IP address, or null when not known (shell, background work)
 */
public record Caller(long userId, String username, UserRole role, String videoPassword, String address) implements Principal {

    /** Nobody logged in. */
    public static final Caller ANONYMOUS = new Caller(0, null, null);

    /** The administrator acting from the Karaf shell (whose users Karaf authenticates). */
    public static final Caller SHELL = new Caller(-1, "shell", UserRole.ADMINISTRATOR);

    /**
     * A caller without request details.
     *
     * @param userId   the user's id, or 0 when anonymous
     * @param username the user's name, or null when anonymous
     * @param role     the user's role, or null when anonymous
     */
    public Caller(long userId, String username, UserRole role) {
        this(userId, username, role, null, null);
    }

    /**
     * @param password the video password the request carries, or null
     * @param client   the client's IP address
     * @return this caller with the request's details
     */
    public Caller withRequest(String password, String client) {
        return new Caller(userId, username, role, password == null || password.isEmpty() ? null : password, client);
    }

    /** @return true when nobody is logged in */
    public boolean anonymous() {
        return userId == 0;
    }

    /**
     * @return this caller, when logged in
     * @throws BobineException 401 when nobody is logged in
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
    public String toString() {
        // Never the password: callers end up in logs.
        return "Caller[" + getName() + "]";
    }

    @Override
    public String getName() {
        return username == null ? "anonymous" : username;
    }
}
