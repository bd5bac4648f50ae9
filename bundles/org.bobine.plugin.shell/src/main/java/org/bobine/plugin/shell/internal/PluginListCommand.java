package org.bobine.plugin.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.bobine.core.api.Caller;
import org.bobine.plugin.api.Plugin;
import org.bobine.plugin.api.PluginService;

/** {@code bobine:plugin-list}: installed plugins with their version, state and, for failed ones, why. */
@Service
@Command(scope = "bobine", name = "plugin-list", description = "Lists installed plugins")
public class PluginListCommand implements Action {

    @Reference
    Session session;

    @Reference
    PluginService plugins;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Name");
        table.column("Version");
        table.column("State");
        table.column("Source");
        table.column("Error");
        var list = plugins.list(Caller.SHELL);
        for (Plugin p : list) {
            table.addRow().addContent(p.name, p.version, p.state, p.source, p.error == null ? "" : p.error);
        }
        table.print(session.getConsole());
        session.getConsole().println(list.size() + " plugins");
        return null;
    }
}
