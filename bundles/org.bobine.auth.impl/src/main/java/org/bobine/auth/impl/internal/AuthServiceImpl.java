package org.bobine.auth.impl.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.bobine.account.api.AuthService;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.OAuthClient;
import org.bobine.account.api.model.TokenResponse;
import org.bobine.auth.impl.internal.entity.OAuthClientEntity;
import org.bobine.auth.impl.internal.entity.OAuthTokenEntity;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.ErrorCodes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2 password and refresh-token grants with PeerTube's client and token shapes. Creates the local
 * client on first start. Tokens are 256-bit random values; only their SHA-256 is stored. Passwords are the
 * accounts' ({@link UserService#login}); who a token belongs to is asked of them at every use, so a blocked
 * user's tokens stop working at once.
 */
@Component(service = AuthService.class, configurationPid = "org.bobine.auth")
@Designate(ocd = AuthConfig.class)
public class AuthServiceImpl implements AuthService {

    private static final Logger LOG = LoggerFactory.getLogger(AuthServiceImpl.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final AuthDatabase db;
    private final UserService users;
    private final OAuthClient client;
    private final LoginRateLimiter limiter;
    private volatile AuthConfig config;

    /**
     * @param db     clients and tokens
     * @param users  passwords and who a user is now
     * @param config the limits of failed logins (read at each attempt: they change live)
     */
    @Activate
    public AuthServiceImpl(@Reference AuthDatabase db, @Reference UserService users, AuthConfig config) {
        this.db = db;
        this.users = users;
        this.config = config;
        this.limiter = new LoginRateLimiter(() -> Math.max(1, this.config.loginFailuresPerAddress()),
            () -> Math.max(1, this.config.loginFailuresPerUser()),
            () -> Math.max(1, this.config.loginWindowMinutes()) * 60_000L, System::currentTimeMillis);
        this.client = db.tx(em -> {
            List<OAuthClientEntity> clients = em.createQuery("SELECT c FROM OAuthClientEntity c",
                OAuthClientEntity.class).getResultList();
            if (!clients.isEmpty()) {
                return new OAuthClient(clients.get(0).getClientId(), clients.get(0).getClientSecret());
            }
            OAuthClientEntity c = new OAuthClientEntity();
            c.setClientId(randomHex(16));
            StringBuilder secret = new StringBuilder();
            for (int i = 0; i < 32; i++) {
                secret.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
            }
            c.setClientSecret(secret.toString());
            em.persist(c);
            LOG.info("Created the local OAuth client");
            return new OAuthClient(c.getClientId(), c.getClientSecret());
        });
        db.run(em -> em.createQuery("DELETE FROM OAuthTokenEntity t WHERE t.refreshExpiresAt < :now")
            .setParameter("now", System.currentTimeMillis()).executeUpdate());
    }

    /** @param changed the new limits, applied to the next attempt */
    @Modified
    void modified(AuthConfig changed) {
        this.config = changed;
        LOG.info("Failed logins now limited to {} per address and {} per user in {} min", changed.loginFailuresPerAddress(),
            changed.loginFailuresPerUser(), changed.loginWindowMinutes());
    }

    static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public OAuthClient localClient() {
        return client;
    }

    private void checkClient(String clientId, String clientSecret) {
        if (!client.clientId().equals(clientId) || !client.clientSecret().equals(clientSecret)) {
            throw new BobineException(400, ErrorCodes.INVALID_CLIENT, "Invalid client: client is invalid");
        }
    }

    @Override
    public TokenResponse passwordGrant(String clientId, String clientSecret, String username, String password,
                                       String remoteAddress) {
        checkClient(clientId, clientSecret);
        if (username == null || password == null || username.isBlank()) {
            throw new BobineException(400, "invalid_request", "Missing parameter: username and password are required");
        }
        String key = username.toLowerCase(Locale.ROOT);
        if (limiter.blocked(remoteAddress, key)) {
            throw new BobineException(429, ErrorCodes.TOO_MANY_REQUESTS,
                "Too many failed logins, try again in a few minutes");
        }
        Caller user = users.login(key, password).orElse(null);
        if (user == null) {
            limiter.failed(remoteAddress, key);
            LOG.info("Failed login for '{}' from {}", key, remoteAddress);
            throw new BobineException(400, ErrorCodes.INVALID_GRANT, "Invalid grant: user credentials are invalid");
        }
        limiter.succeeded(key);
        return db.tx(em -> issue(em, user.userId()));
    }

    @Override
    public TokenResponse refreshGrant(String clientId, String clientSecret, String refreshToken) {
        checkClient(clientId, clientSecret);
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new BobineException(400, "invalid_request", "Missing parameter: refresh_token");
        }
        OAuthTokenEntity t = db.tx(em -> em.createQuery("SELECT t FROM OAuthTokenEntity t WHERE t.refreshTokenHash = :h",
                OAuthTokenEntity.class).setParameter("h", sha256(refreshToken))
            .getResultList().stream().findFirst().orElse(null));
        if (t == null || t.getRefreshExpiresAt() < System.currentTimeMillis() || users.caller(t.getUserId()).isEmpty()) {
            throw new BobineException(400, ErrorCodes.INVALID_GRANT, "Invalid grant: refresh token is invalid");
        }
        return db.tx(em -> {
            // Removed in the same transaction as the new pair is issued: a refresh token serves once.
            if (em.createQuery("DELETE FROM OAuthTokenEntity t WHERE t.id = :id").setParameter("id", t.getId())
                .executeUpdate() == 0) {
                throw new BobineException(400, ErrorCodes.INVALID_GRANT, "Invalid grant: refresh token is invalid");
            }
            return issue(em, t.getUserId());
        });
    }

    private TokenResponse issue(javax.persistence.EntityManager em, long userId) {
        String access = randomHex(32);
        String refresh = randomHex(32);
        long now = System.currentTimeMillis();
        OAuthTokenEntity t = new OAuthTokenEntity();
        t.setAccessTokenHash(sha256(access));
        t.setRefreshTokenHash(sha256(refresh));
        t.setAccessExpiresAt(now + ACCESS_TOKEN_SECONDS * 1000);
        t.setRefreshExpiresAt(now + REFRESH_TOKEN_SECONDS * 1000);
        t.setUserId(userId);
        em.persist(t);
        return new TokenResponse("Bearer", access, refresh, ACCESS_TOKEN_SECONDS - 1, REFRESH_TOKEN_SECONDS - 1);
    }

    @Override
    public void revoke(String accessToken) {
        db.run(em -> em.createQuery("DELETE FROM OAuthTokenEntity t WHERE t.accessTokenHash = :h")
            .setParameter("h", sha256(accessToken)).executeUpdate());
    }

    @Override
    public Caller authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank() || accessToken.length() > 200) {
            throw invalidToken();
        }
        List<Object[]> rows = db.tx(em -> em.createQuery("SELECT t.userId, t.accessExpiresAt FROM OAuthTokenEntity t "
            + "WHERE t.accessTokenHash = :h", Object[].class).setParameter("h", sha256(accessToken)).getResultList());
        if (rows.isEmpty() || ((Number) rows.get(0)[1]).longValue() < System.currentTimeMillis()) {
            throw invalidToken();
        }
        return users.caller(((Number) rows.get(0)[0]).longValue()).orElseThrow(AuthServiceImpl::invalidToken);
    }

    private static BobineException invalidToken() {
        return new BobineException(401, ErrorCodes.INVALID_TOKEN, "Token is invalid");
    }
}
