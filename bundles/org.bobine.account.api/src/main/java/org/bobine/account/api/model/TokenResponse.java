package org.bobine.account.api.model;

/** An OAuth 2 token pair, PeerTube's shape (snake_case on the wire). */
public record TokenResponse(String tokenType, String accessToken, String refreshToken, long expiresIn,
                            long refreshTokenExpiresIn) {
}
