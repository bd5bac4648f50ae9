package org.bobine.account.api;

import org.bobine.account.api.model.OAuthClient;
import org.bobine.account.api.model.TokenResponse;
import org.bobine.core.api.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * OAuth 2 as PeerTube speaks it: one local client, the password and refresh-token grants, bearer tokens.
 * Tokens are random, stored only as hashes, and revocable; failed logins are rate-limited.
 */
@ProviderType
public interface AuthService {

    /** Access tokens live one day. */
    long ACCESS_TOKEN_SECONDS = 24 * 3600;

    /** Refresh tokens live two weeks. */
    long REFRESH_TOKEN_SECONDS = 14 * 24 * 3600;

    /** @return the local client's credentials */
    OAuthClient localClient();

    /**
     * The password grant.
     *
     * @param clientId      client id
     * @param clientSecret  client secret
     * @param username      user name or e-mail
     * @param password      password
     * @param remoteAddress the client's address, for rate limiting
     * @return a new token pair
     * @throws BobineException 400 invalid_client / invalid_grant, 429 when too many failures
     */
    TokenResponse passwordGrant(String clientId, String clientSecret, String username, String password,
                                String remoteAddress);

    /**
     * The refresh-token grant; the old pair is revoked.
     *
     * @param clientId     client id
     * @param clientSecret client secret
     * @param refreshToken the refresh token
     * @return a new token pair
     * @throws BobineException 400 invalid_grant when unknown or expired
     */
    TokenResponse refreshGrant(String clientId, String clientSecret, String refreshToken);

    /**
     * Revokes the pair an access token belongs to.
     *
     * @param accessToken the access token
     */
    void revoke(String accessToken);

    /**
     * Resolves a bearer token.
     *
     * @param accessToken the token
     * @return who it belongs to
     * @throws BobineException 401 invalid_token when unknown, expired, revoked, or the user is blocked
     */
    Caller authenticate(String accessToken);
}
