package org.bobine.auth.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.Account;
import org.bobine.account.api.model.TokenResponse;
import org.bobine.account.api.model.User;
import org.bobine.account.api.model.UserCreate;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.UserRole;
import org.bobine.core.api.model.ResultList;
import org.bobine.persistence.impl.internal.TestUnits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OAuth grants on the auth unit's real tables (an embedded Derby of their own), with the accounts' side held
 * in memory: who a token is, blocked users, refresh tokens that serve once, and the limits of failed logins
 * changing live.
 */
class AuthServiceImplTest {

    @TempDir
    Path dir;

    private TestUnits.TestUnit unit;
    private Accounts accounts;
    private AuthServiceImpl auth;
    private String id;
    private String secret;

    @BeforeEach
    void boot() throws Exception {
        unit = TestUnits.open(dir, "bobine-auth", "auth", AuthDatabase.STEPS);
        accounts = new Accounts();
        accounts.add(new Caller(1, "alice", UserRole.USER), "alice-password");
        auth = new AuthServiceImpl(new AuthDatabase(unit), accounts, limits(30, 3, 5));
        id = auth.localClient().clientId();
        secret = auth.localClient().clientSecret();
    }

    @AfterEach
    void close() {
        unit.close();
    }

    @Test
    void thePasswordGrantIssuesATokenThatSaysWhoItIs() throws Exception {
        TokenResponse t = auth.passwordGrant(id, secret, "Alice", "alice-password", "127.0.0.1");
        assertEquals("Bearer", t.tokenType());
        assertTrue(t.accessToken().matches("[0-9a-f]{64}"));
        assertEquals("alice", auth.authenticate(t.accessToken()).username());
        // A restart finds the same client and the token still valid.
        AuthServiceImpl again = new AuthServiceImpl(new AuthDatabase(unit), accounts, limits(30, 3, 5));
        assertEquals(id, again.localClient().clientId());
        assertEquals("alice", again.authenticate(t.accessToken()).username());
        auth.revoke(t.accessToken());
        assertEquals(401, assertThrows(BobineException.class, () -> auth.authenticate(t.accessToken())).status());
    }

    @Test
    void aBlockedUsersTokensStopAtOnce() {
        TokenResponse t = auth.passwordGrant(id, secret, "alice", "alice-password", "127.0.0.1");
        accounts.blocked.add(1L);
        assertEquals(401, assertThrows(BobineException.class, () -> auth.authenticate(t.accessToken())).status());
        assertEquals(400, assertThrows(BobineException.class, () -> auth.refreshGrant(id, secret, t.refreshToken())).status());
        BobineException e = assertThrows(BobineException.class,
            () -> auth.passwordGrant(id, secret, "alice", "alice-password", "127.0.0.1"));
        assertEquals("access_denied", e.code());
    }

    @Test
    void aRefreshTokenServesOnce() {
        TokenResponse t = auth.passwordGrant(id, secret, "alice", "alice-password", "127.0.0.1");
        TokenResponse next = auth.refreshGrant(id, secret, t.refreshToken());
        assertNotEquals(t.accessToken(), next.accessToken());
        assertEquals("alice", auth.authenticate(next.accessToken()).username());
        assertEquals(401, assertThrows(BobineException.class, () -> auth.authenticate(t.accessToken())).status(),
            "the old pair is gone");
        assertEquals(400, assertThrows(BobineException.class, () -> auth.refreshGrant(id, secret, t.refreshToken())).status());
    }

    @Test
    void aWrongClientOrPasswordIsRefusedAndFailuresAreLimitedAsConfiguredNow() {
        assertEquals("invalid_client", assertThrows(BobineException.class,
            () -> auth.passwordGrant(id, "wrong", "alice", "alice-password", "127.0.0.1")).code());
        for (int i = 0; i < 3; i++) {
            assertEquals("invalid_grant", assertThrows(BobineException.class,
                () -> auth.passwordGrant(id, secret, "alice", "guess", "127.0.0.1")).code());
        }
        assertEquals(429, assertThrows(BobineException.class,
            () -> auth.passwordGrant(id, secret, "alice", "alice-password", "127.0.0.1")).status());
        auth.modified(limits(30, 10, 5));
        auth.passwordGrant(id, secret, "alice", "alice-password", "127.0.0.1");
    }

    private static AuthConfig limits(int perAddress, int perUser, int minutes) {
        return new AuthConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AuthConfig.class;
            }

            @Override
            public int loginFailuresPerAddress() {
                return perAddress;
            }

            @Override
            public int loginFailuresPerUser() {
                return perUser;
            }

            @Override
            public int loginWindowMinutes() {
                return minutes;
            }
        };
    }

    /** The accounts' side in memory: users by id with their passwords, and who is blocked. */
    private static final class Accounts implements UserService {
        final Map<Long, Caller> users = new HashMap<>();
        final Map<Long, String> passwords = new HashMap<>();
        final Set<Long> blocked = new HashSet<>();

        void add(Caller c, String password) {
            users.put(c.userId(), c);
            passwords.put(c.userId(), password);
        }

        @Override
        public Optional<Caller> caller(long userId) {
            return Optional.ofNullable(users.get(userId)).filter(c -> !blocked.contains(c.userId()));
        }

        @Override
        public Optional<Caller> caller(String username) {
            return users.values().stream().filter(c -> c.username().equals(username)).findFirst()
                .flatMap(c -> caller(c.userId()));
        }

        @Override
        public Optional<Caller> login(String login, String password) {
            Optional<Caller> c = users.values().stream().filter(u -> u.username().equals(login))
                .filter(u -> passwords.get(u.userId()).equals(password)).findFirst();
            if (c.isPresent() && blocked.contains(c.get().userId())) {
                throw new BobineException(400, "access_denied", "User is blocked.");
            }
            return c;
        }

        @Override
        public User create(Caller caller, UserCreate create) {
            throw new UnsupportedOperationException("not used by auth");
        }

        @Override
        public User register(UserCreate create) {
            throw new UnsupportedOperationException("not used by auth");
        }

        @Override
        public User me(Caller caller) {
            throw new UnsupportedOperationException("not used by auth");
        }

        @Override
        public ResultList<User> list(Caller caller, int start, int count) {
            return new ResultList<>(0, List.of());
        }

        @Override
        public Account account(String name) {
            throw new UnsupportedOperationException("not used by auth");
        }

        @Override
        public void setBlocked(Caller caller, long userId, boolean blocked, String reason) {
            throw new UnsupportedOperationException("not used by auth");
        }
    }
}
