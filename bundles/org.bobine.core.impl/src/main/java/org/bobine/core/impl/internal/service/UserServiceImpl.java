package org.bobine.core.impl.internal.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.Account;
import org.bobine.account.api.model.User;
import org.bobine.account.api.model.UserCreate;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.ErrorCodes;
import org.bobine.core.api.UserRole;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.impl.internal.auth.Passwords;
import org.bobine.core.impl.internal.config.AccountPolicies;
import org.bobine.core.impl.internal.entity.AccountEntity;
import org.bobine.core.impl.internal.entity.ChannelEntity;
import org.bobine.core.impl.internal.entity.UserEntity;
import org.bobine.core.impl.internal.persistence.Database;
import org.bobine.instance.api.InstanceService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users with their account and first channel. On first start it creates the administrator {@code root},
 * with the configured password or a generated one printed once in the log.
 */
@Component(service = UserService.class)
public class UserServiceImpl implements UserService {

    private static final Logger LOG = LoggerFactory.getLogger(UserServiceImpl.class);

    private final Database db;
    private final InstanceService settings;
    private final AccountPolicies accounts;
    private final Quotas quotas;
    private final Dtos dtos;

    /**
     * @param db       the database
     * @param settings the instance (its host names root's address)
     * @param accounts sign-up, root's password, the defaults of new users (read at each use: they change live)
     * @param quotas   what users' videos weigh
     */
    @Activate
    public UserServiceImpl(@Reference Database db, @Reference InstanceService settings, @Reference AccountPolicies accounts,
                           @Reference Quotas quotas) {
        this.db = db;
        this.quotas = quotas;
        this.accounts = accounts;
        this.settings = settings;
        this.dtos = new Dtos(settings);
        createRootIfMissing();
    }

    private void createRootIfMissing() {
        boolean exists = db.tx(em -> !em.createQuery("SELECT u.id FROM UserEntity u WHERE u.username = 'root'")
            .getResultList().isEmpty());
        if (exists) {
            return;
        }
        String password = accounts.rootPassword();
        boolean generated = password == null;
        if (generated) {
            password = Passwords.randomAlphanumeric(20);
        }
        UserCreate root = new UserCreate();
        root.username = "root";
        root.email = "admin@" + settings.host().replaceFirst(":.*", "");
        root.password = password;
        root.role = UserRole.ADMINISTRATOR.id();
        root.videoQuota = -1L;
        root.videoQuotaDaily = -1L;
        db.run(em -> insert(em, root, true));
        if (generated) {
            LOG.warn("Created the administrator 'root' with the generated password: {} "
                + "(shown only this once; set BOBINE_ROOT_PASSWORD to choose it)", password);
        } else {
            LOG.info("Created the administrator 'root' with the configured password");
        }
    }

    @Override
    public User create(Caller caller, UserCreate create) {
        if (!caller.admin()) {
            throw BobineException.forbidden("Only administrators can create users");
        }
        validate(create, false);
        if (create.role != null) {
            UserRole.ofId(create.role);
        }
        long id = db.tx(em -> insert(em, create, true).getId());
        return load(id);
    }

    @Override
    public User register(UserCreate create) {
        if (!accounts.signupAllowed()) {
            throw new BobineException(403, ErrorCodes.SIGNUP_DISABLED, "User registration is not enabled.");
        }
        validate(create, true);
        create.role = UserRole.USER.id();
        create.videoQuota = null;
        create.videoQuotaDaily = null;
        long id = db.tx(em -> insert(em, create, false).getId());
        return load(id);
    }

    private void validate(UserCreate c, boolean registering) {
        if (c == null) {
            throw BobineException.badRequest("A body is required");
        }
        Validation.handle("username", c.username);
        Validation.password(c.password);
        Validation.email(c.email);
        Validation.text("displayName", c.displayName, 1, 120, false);
        if (c.videoQuota != null && c.videoQuota < -1 || c.videoQuotaDaily != null && c.videoQuotaDaily < -1) {
            throw BobineException.badRequest("videoQuota and videoQuotaDaily must be -1 or more");
        }
        if (c.channelName != null) {
            Validation.handle("channelName", c.channelName);
        }
        if (c.channel != null) {
            Validation.handle("channel.name", c.channel.name);
            Validation.text("channel.displayName", c.channel.displayName, 1, 120, true);
        }
    }

    /** Inserts user, account and first channel; the caller's transaction decides. */
    private UserEntity insert(EntityManager em, UserCreate c, boolean emailVerified) {
        String email = c.email.toLowerCase(Locale.ROOT);
        if (!em.createQuery("SELECT u.id FROM UserEntity u WHERE u.username = :n OR u.email = :e")
            .setParameter("n", c.username).setParameter("e", email).getResultList().isEmpty()) {
            throw new BobineException(409, ErrorCodes.USER_ALREADY_EXISTS, "User name or e-mail address already taken");
        }
        String channelName = c.channel != null ? c.channel.name : c.channelName != null ? c.channelName : c.username + "_channel";
        Handles.checkFree(em, c.username);
        Handles.checkFree(em, channelName);
        if (channelName.equals(c.username)) {
            throw BobineException.conflict("The channel handle must differ from the user name");
        }
        long now = System.currentTimeMillis();
        UserEntity u = new UserEntity();
        u.setUsername(c.username);
        u.setEmail(email);
        u.setPasswordHash(Passwords.hash(c.password));
        u.setRole(c.role == null ? UserRole.USER.id() : c.role);
        u.setVideoQuota(c.videoQuota == null ? accounts.defaultVideoQuota() : c.videoQuota);
        u.setVideoQuotaDaily(c.videoQuotaDaily == null ? accounts.defaultVideoQuotaDaily() : c.videoQuotaDaily);
        u.setNsfwPolicy(accounts.defaultNsfwPolicy());
        u.setEmailVerified(emailVerified);
        u.setCreatedAt(now);
        em.persist(u);
        AccountEntity a = new AccountEntity();
        a.setName(c.username);
        a.setDisplayName(c.displayName != null ? c.displayName : c.username);
        a.setUser(u);
        a.setCreatedAt(now);
        a.setUpdatedAt(now);
        em.persist(a);
        ChannelEntity ch = new ChannelEntity();
        ch.setName(channelName);
        ch.setDisplayName(c.channel != null ? c.channel.displayName : "Main " + c.username + " channel");
        ch.setAccount(a);
        ch.setCreatedAt(now);
        ch.setUpdatedAt(now);
        em.persist(ch);
        return u;
    }

    private User load(long userId) {
        return db.tx(em -> {
            UserEntity u = em.find(UserEntity.class, userId);
            if (u == null) {
                throw BobineException.notFound("User not found");
            }
            AccountEntity a = accountOf(em, u);
            List<ChannelEntity> channels = em.createQuery(
                    "SELECT c FROM ChannelEntity c WHERE c.account = :a ORDER BY c.id", ChannelEntity.class)
                .setParameter("a", a).getResultList();
            User d = dtos.user(u, a, channels);
            d.videoQuotaUsed = quotas.used(em, u.getId(), 0);
            d.videoQuotaUsedDaily = quotas.used(em, u.getId(), System.currentTimeMillis() - 24 * 3600 * 1000L);
            d.videosCount = em.createQuery("SELECT COUNT(v) FROM VideoEntity v WHERE v.channel.account = :a", Long.class)
                .setParameter("a", a).getSingleResult();
            return d;
        });
    }

    /**
     * @param em    an entity manager
     * @param user  a user id
     * @param since count files created after this time (epoch ms)
     * @return bytes of video files the user owns
     */

    static AccountEntity accountOf(EntityManager em, UserEntity u) {
        return em.createQuery("SELECT a FROM AccountEntity a WHERE a.user = :u", AccountEntity.class)
            .setParameter("u", u).getSingleResult();
    }

    @Override
    public User me(Caller caller) {
        caller.requireUser();
        return load(caller.userId());
    }

    @Override
    public ResultList<User> list(Caller caller, int start, int count) {
        if (!caller.seesAllVideos()) {
            throw BobineException.forbidden("Only administrators and moderators can list users");
        }
        Paging.check(start, count);
        return db.tx(em -> {
            long total = em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class).getSingleResult();
            List<UserEntity> users = em.createQuery("SELECT u FROM UserEntity u ORDER BY u.createdAt, u.id", UserEntity.class)
                .setFirstResult(start).setMaxResults(count).getResultList();
            return new ResultList<>(total, users.stream().map(u -> dtos.user(u, accountOf(em, u), null)).toList());
        });
    }

    @Override
    public Account account(String name) {
        return db.tx(em -> em.createQuery("SELECT a FROM AccountEntity a WHERE a.name = :n", AccountEntity.class)
            .setParameter("n", name).getResultList().stream().findFirst().map(dtos::account)
            .orElseThrow(() -> BobineException.notFound("Account not found")));
    }

    @Override
    public void setBlocked(Caller caller, long userId, boolean blocked, String reason) {
        if (!caller.admin()) {
            throw BobineException.forbidden("Only administrators can block users");
        }
        if (caller.userId() == userId) {
            throw BobineException.badRequest("You cannot block yourself");
        }
        db.run(em -> {
            UserEntity u = em.find(UserEntity.class, userId);
            if (u == null) {
                throw BobineException.notFound("User not found");
            }
            u.setBlocked(blocked);
            u.setBlockedReason(blocked ? Validation.text("reason", reason, 3, 250, false) : null);
        });
    }

    @Override
    public Optional<Caller> caller(String username) {
        return db.tx(em -> em.createQuery("SELECT u FROM UserEntity u WHERE u.username = :n", UserEntity.class)
            .setParameter("n", username).getResultList().stream().findFirst()
            .filter(u -> !u.isBlocked())
            .map(u -> new Caller(u.getId(), u.getUsername(), UserRole.ofId(u.getRole()))));
    }

    @Override
    public Optional<Caller> caller(long userId) {
        return db.tx(em -> Optional.ofNullable(em.find(UserEntity.class, userId)).filter(u -> !u.isBlocked())
            .map(u -> new Caller(u.getId(), u.getUsername(), UserRole.ofId(u.getRole()))));
    }

    @Override
    public Optional<Caller> login(String login, String password) {
        String key = login.toLowerCase(Locale.ROOT);
        UserEntity user = db.tx(em -> em.createQuery(
                "SELECT u FROM UserEntity u WHERE u.username = :n OR u.email = :n", UserEntity.class)
            .setParameter("n", key).getResultList().stream().findFirst().orElse(null));
        // Hash even for unknown users so response time does not tell which user names exist.
        boolean ok = Passwords.verify(password, user == null ? Passwords.hash("x") : user.getPasswordHash()) && user != null;
        if (!ok) {
            return Optional.empty();
        }
        if (user.isBlocked()) {
            throw new BobineException(400, "access_denied", "User is blocked.");
        }
        db.run(em -> em.find(UserEntity.class, user.getId()).setLastLoginDate(System.currentTimeMillis()));
        return Optional.of(new Caller(user.getId(), user.getUsername(), UserRole.ofId(user.getRole())));
    }
}
