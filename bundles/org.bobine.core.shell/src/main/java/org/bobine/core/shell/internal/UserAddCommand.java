package org.bobine.core.shell.internal;

import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.User;
import org.bobine.account.api.model.UserCreate;
import org.bobine.core.api.Caller;
import org.bobine.core.api.UserRole;

/** {@code bobine:user-add}: creates a user with an account and a first channel. */
@Service
@Command(scope = "bobine", name = "user-add", description = "Creates a user")
public class UserAddCommand implements Action {

    @Reference
    UserService users;

    @Reference
    Session session;

    @Argument(index = 0, name = "username", required = true, description = "Login name")
    String username;

    @Argument(index = 1, name = "email", required = true, description = "E-mail address")
    String email;

    @Option(name = "--password", description = "Password (asked for when absent, so it stays out of the history)")
    String password;

    @Option(name = "--role", description = "administrator, moderator or user")
    String role = "user";

    @Option(name = "--quota", description = "Video quota in bytes, -1 unlimited")
    Long quota;

    @Override
    public Object execute() throws Exception {
        UserCreate c = new UserCreate();
        c.username = username;
        c.email = email;
        c.password = password != null ? password : session.readLine("Password: ", '*');
        UserRole r;
        try {
            r = UserRole.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown role '" + role + "': use administrator, moderator or user");
        }
        c.role = r.id();
        c.videoQuota = quota;
        User u = users.create(Caller.SHELL, c);
        session.getConsole().println("Created user " + u.username + " (id " + u.id + ") with channel " + u.videoChannels.get(0).name);
        return null;
    }
}
