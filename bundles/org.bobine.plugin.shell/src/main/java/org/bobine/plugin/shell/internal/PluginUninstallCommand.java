package org.bobine.plugin.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.bobine.core.api.Caller;
import org.bobine.plugin.api.PluginService;

/** {@code bobine:plugin-uninstall [--purge] <name>}: removes a plugin, keeping its data unless purged (options come first, as in every Karaf command). */
@Service
@Command(scope = "bobine", name = "plugin-uninstall", description = "Uninstalls a plugin (its settings and data are kept unless --purge)")
public class PluginUninstallCommand implements Action {

    @Reference
    Session session;

    @Reference
    PluginService plugins;

    @Argument(index = 0, name = "name", required = true, description = "The plugin's name or npmName")
    String name;

    @Option(name = "--purge", description = "Also delete the plugin's settings and stored data")
    boolean purge;

    @Override
    public Object execute() {
        plugins.uninstall(Caller.SHELL, name, purge);
        session.getConsole().println("Plugin " + name + " uninstalled" + (purge ? ", its data purged" : "; its data is kept"));
        return null;
    }
}
