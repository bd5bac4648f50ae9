package org.bobine.sdk.helpers;

import java.util.Optional;
import org.bobine.sdk.hook.Viewer;
import org.osgi.annotation.versioning.ProviderType;

/** Users, as plugins need them. Provided as a service by the platform (plugins use it, never implement it). */
@ProviderType
public interface UserHelpers {

    /**
     * A user's public facts.
     *
     * @param username    the name
     * @param role        "administrator", "moderator" or "user"
     * @param nsfwPolicy  the user's own sensitive-content choice: "display", "blur" or "do_not_list"
     * @param videoQuota  bytes the user may store, -1 for unlimited
     * @param videoQuotaUsed bytes used
     */
    record UserInfo(String username, String role, String nsfwPolicy, long videoQuota, long videoQuotaUsed) {
    }

    /**
     * @param token an OAuth bearer token (without "Bearer ")
     * @return who holds it, empty when it is unknown or expired
     */
    Optional<Viewer> authenticate(String token);

    /**
     * @param username a user name
     * @return the user, empty when unknown
     */
    Optional<UserInfo> get(String username);
}
