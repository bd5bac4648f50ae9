package org.bobine.account.api;

import java.util.Optional;
import org.bobine.account.api.model.Account;
import org.bobine.account.api.model.User;
import org.bobine.account.api.model.UserCreate;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.osgi.annotation.versioning.ProviderType;

/** Users, their accounts and quotas. */
@ProviderType
public interface UserService {

    /**
     * Creates a user with an account and a first channel; administrators only.
     *
     * @param caller who asks
     * @param create what to create
     * @return the new user
     */
    User create(Caller caller, UserCreate create);

    /**
     * Registers a visitor, when the instance allows sign-ups.
     *
     * @param create user name, password, e-mail, optional display name and channel
     * @return the new user
     * @throws BobineException 403 signup_disabled when registration is closed
     */
    User register(UserCreate create);

    /**
     * @param caller a logged-in user
     * @return that user with account, channels and quota use
     */
    User me(Caller caller);

    /**
     * @param caller an administrator or moderator
     * @param start  offset
     * @param count  page size
     * @return users by creation date
     */
    ResultList<User> list(Caller caller, int start, int count);

    /**
     * @param name an account name
     * @return the account
     * @throws BobineException 404 when unknown
     */
    Account account(String name);

    /**
     * Blocks or unblocks a user; their tokens stop working while blocked. Administrators only.
     *
     * @param caller  who asks
     * @param userId  the user
     * @param blocked the new state
     * @param reason  why, may be null
     */
    void setBlocked(Caller caller, long userId, boolean blocked, String reason);

    /**
     * Who a user is now, for code that acts on a user's behalf without a token (plugins through the SDK's
     * helpers, looked up again at every call).
     *
     * @param username a local user name
     * @return the user as a caller with their role now; empty when there is no such user or they are blocked
     */
    Optional<Caller> caller(String username);

    /**
     * @param userId a user's id
     * @return the user as a caller with their role now; empty when there is no such user or they are blocked
     */
    Optional<Caller> caller(long userId);

    /**
     * Checks a password, for the password grant of the auth capability. A password is hashed even for an
     * unknown user, so the time taken does not tell which names exist; a success records the login date.
     *
     * @param login    a user name or email address, as typed
     * @param password the password
     * @return the user as a caller; empty when no user has that name or address with that password
     * @throws org.bobine.core.api.BobineException 400 {@code access_denied} when they are right but the user is
     *                                             blocked
     */
    Optional<Caller> login(String login, String password);
}
