package org.bobine.core.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.bobine.core.api.PluginService;
import org.bobine.core.api.model.Plugin;

/** {@code bobine:plugin-disable <name>}: disables an installed plugin; its settings and data stay. */
@Service
@Command(scope = "bobine", name = "plugin-disable", description = "Disables an installed plugin")
public class PluginDisableCommand implements Action {

    @Reference
    Session session;

    @Reference
    PluginService plugins;

    @Argument(index = 0, name = "name", required = true, description = "The plugin's name or npmName")
    String name;

    @Override
    public Object execute() {
        Plugin p = plugins.setEnabled(UserListCommand.SHELL, name, false);
        session.getConsole().println("Plugin " + p.name + " " + p.state + (p.error == null ? "" : " (" + p.error + ")"));
        return null;
    }
}
