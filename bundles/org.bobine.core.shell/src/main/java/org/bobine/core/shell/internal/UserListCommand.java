package org.bobine.core.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.User;
import org.bobine.core.api.Caller;
/** {@code bobine:user-list}: the users, with role, quota and state. The shell acts as an administrator. */
@Service
@Command(scope = "bobine", name = "user-list", description = "Lists users")
public class UserListCommand implements Action {

    /** Shell users are Karaf administrators, so commands act with administrator rights. */

    /** Output goes to the session that runs the command. */
    @Reference
    Session session;

    @Reference
    UserService users;

    @Option(name = "--start", description = "Offset")
    int start;

    @Option(name = "--count", description = "How many (at most 100)")
    int count = 100;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("User name");
        table.column("E-mail");
        table.column("Role");
        table.column("Quota");
        table.column("Blocked");
        var page = users.list(Caller.SHELL, start, count);
        for (User u : page.data) {
            table.addRow().addContent(u.id, u.username, u.email, u.role.label,
                u.videoQuota < 0 ? "unlimited" : u.videoQuota, u.blocked);
        }
        table.print(session.getConsole());
        session.getConsole().println(page.total + " users");
        return null;
    }
}
