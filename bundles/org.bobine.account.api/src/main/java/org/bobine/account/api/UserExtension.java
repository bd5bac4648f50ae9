package org.bobine.account.api;

import java.util.Map;
import java.util.Set;
import org.bobine.account.api.model.User;
import org.bobine.core.api.Caller;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a capability keeps of a user beyond the core's account (the history switch, notification settings,
 * special playlists...), shown in {@code GET /api/v1/users/me} and changed by {@code PUT /api/v1/users/me}.
 * Registered as a whiteboard service; the REST layer asks every registered one.
 */
@ConsumerType
public interface UserExtension {

    /**
     * @return the fields of {@code PUT /api/v1/users/me} this capability owns (PeerTube's names)
     */
    Set<String> fields();

    /**
     * Fills this capability's fields of the caller's {@code /users/me} answer. Must be quick: it runs on
     * every such request.
     *
     * @param caller the user, logged in
     * @param user   their answer, being built
     */
    void complete(Caller caller, User user);

    /**
     * Checks and stores the fields of {@link #fields()} present in a {@code PUT /api/v1/users/me} body. Every
     * extension checks first ({@link #check}), then each stores, so a bad field changes nothing.
     *
     * @param caller the user, logged in
     * @param body   the whole body
     */
    void update(Caller caller, Map<String, Object> body);

    /**
     * @param body the whole body of a {@code PUT /api/v1/users/me}
     * @throws org.bobine.core.api.BobineException 400 when one of this capability's fields is wrong
     */
    void check(Map<String, Object> body);
}
