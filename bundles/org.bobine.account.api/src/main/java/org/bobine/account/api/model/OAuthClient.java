package org.bobine.account.api.model;

/**
 * The instance's local OAuth client, which PeerTube's clients fetch before logging in.
 *
 * @param clientId     client id
 * @param clientSecret client secret
 */
public record OAuthClient(String clientId, String clientSecret) {
}
