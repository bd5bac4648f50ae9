package org.bobine.core.impl.internal.auth;

import java.util.List;
import java.util.Locale;
import javax.persistence.EntityManager;
import org.bobine.account.api.AuthService;
import org.bobine.account.api.model.OAuthClient;
import org.bobine.account.api.model.TokenResponse;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.ErrorCodes;
import org.bobine.core.api.UserRole;
import org.bobine.core.impl.internal.config.AccountPolicies;
import org.bobine.core.impl.internal.entity.OAuthClientEntity;
import org.bobine.core.impl.internal.entity.OAuthTokenEntity;
import org.bobine.core.impl.internal.entity.UserEntity;
import org.bobine.core.impl.internal.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2 password and refresh-token grants with PeerTube's client and token shapes. Creates the local
 * client on first start. Tokens are 256-bit random values; only their SHA-256 is stored.
 */
@Component(service = AuthService.class)
public class AuthServiceImpl implements AuthService {

    private static final Logger LOG = LoggerFactory.getLogger(AuthServiceImpl.class);

    private final Database db;
    private final OAuthClient client;
    private final LoginRateLimiter limiter;

    /**
     * @param db       the database
     * @param accounts the limits of failed logins (read at each attempt: they change live)
     */
    @Activate
    public AuthServiceImpl(@Reference Database db, @Reference AccountPolicies accounts) {
        this.db = db;
        this.limiter = new LoginRateLimiter(accounts::loginFailuresPerAddress, accounts::loginFailuresPerUser,
            () -> accounts.loginWindowMinutes() * 60_000L, System::currentTimeMillis);
        this.client = db.tx(em -> {
            List<OAuthClientEntity> clients = em.createQuery("SELECT c FROM OAuthClientEntity c",
                OAuthClientEntity.class).getResultList();
            if (!clients.isEmpty()) {
                return new OAuthClient(clients.get(0).getClientId(), clients.get(0).getClientSecret());
            }
            OAuthClientEntity c = new OAuthClientEntity();
            c.setClientId(Passwords.randomHex(16));
            c.setClientSecret(Passwords.randomAlphanumeric(32));
            em.persist(c);
            LOG.info("Created the local OAuth client");
            return new OAuthClient(c.getClientId(), c.getClientSecret());
        });
        db.run(em -> em.createQuery("DELETE FROM OAuthTokenEntity t WHERE t.refreshExpiresAt < :now")
            .setParameter("now", System.currentTimeMillis()).executeUpdate());
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
        UserEntity user = db.tx(em -> em.createQuery(
                "SELECT u FROM UserEntity u WHERE u.username = :n OR u.email = :n", UserEntity.class)
            .setParameter("n", key).getResultList().stream().findFirst().orElse(null));
        // Hash even for unknown users so response time does not tell which user names exist.
        boolean ok = Passwords.verify(password, user == null ? Passwords.hash("x") : user.getPasswordHash()) && user != null;
        if (!ok) {
            limiter.failed(remoteAddress, key);
            LOG.info("Failed login for '{}' from {}", key, remoteAddress);
            throw new BobineException(400, ErrorCodes.INVALID_GRANT, "Invalid grant: user credentials are invalid");
        }
        if (user.isBlocked()) {
            throw new BobineException(400, "access_denied", "User is blocked.");
        }
        limiter.succeeded(key);
        return db.tx(em -> {
            UserEntity u = em.find(UserEntity.class, user.getId());
            u.setLastLoginDate(System.currentTimeMillis());
            return issue(em, u);
        });
    }

    @Override
    public TokenResponse refreshGrant(String clientId, String clientSecret, String refreshToken) {
        checkClient(clientId, clientSecret);
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new BobineException(400, "invalid_request", "Missing parameter: refresh_token");
        }
        return db.tx(em -> {
            OAuthTokenEntity t = em.createQuery("SELECT t FROM OAuthTokenEntity t WHERE t.refreshTokenHash = :h",
                    OAuthTokenEntity.class).setParameter("h", Passwords.sha256(refreshToken))
                .getResultList().stream().findFirst().orElse(null);
            if (t == null || t.getRefreshExpiresAt() < System.currentTimeMillis() || t.getUser().isBlocked()) {
                throw new BobineException(400, ErrorCodes.INVALID_GRANT, "Invalid grant: refresh token is invalid");
            }
            UserEntity u = t.getUser();
            em.remove(t);
            return issue(em, u);
        });
    }

    private TokenResponse issue(EntityManager em, UserEntity user) {
        String access = Passwords.randomHex(32);
        String refresh = Passwords.randomHex(32);
        long now = System.currentTimeMillis();
        OAuthTokenEntity t = new OAuthTokenEntity();
        t.setAccessTokenHash(Passwords.sha256(access));
        t.setRefreshTokenHash(Passwords.sha256(refresh));
        t.setAccessExpiresAt(now + ACCESS_TOKEN_SECONDS * 1000);
        t.setRefreshExpiresAt(now + REFRESH_TOKEN_SECONDS * 1000);
        t.setUser(user);
        em.persist(t);
        return new TokenResponse("Bearer", access, refresh, ACCESS_TOKEN_SECONDS - 1, REFRESH_TOKEN_SECONDS - 1);
    }

    @Override
    public void revoke(String accessToken) {
        db.run(em -> em.createQuery("DELETE FROM OAuthTokenEntity t WHERE t.accessTokenHash = :h")
            .setParameter("h", Passwords.sha256(accessToken)).executeUpdate());
    }

    @Override
    public Caller authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank() || accessToken.length() > 200) {
            throw invalidToken();
        }
        return db.tx(em -> {
            List<Object[]> rows = em.createQuery("SELECT u.id, u.username, u.role, u.blocked, t.accessExpiresAt "
                    + "FROM OAuthTokenEntity t JOIN t.user u WHERE t.accessTokenHash = :h", Object[].class)
                .setParameter("h", Passwords.sha256(accessToken)).getResultList();
            if (rows.isEmpty()) {
                throw invalidToken();
            }
            Object[] r = rows.get(0);
            if ((Boolean) r[3] || ((Number) r[4]).longValue() < System.currentTimeMillis()) {
                throw invalidToken();
            }
            return new Caller(((Number) r[0]).longValue(), (String) r[1], UserRole.ofId(((Number) r[2]).intValue()));
        });
    }

    private static BobineException invalidToken() {
        return new BobineException(401, ErrorCodes.INVALID_TOKEN, "Token is invalid");
    }
}
