package org.bobine.plugin.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.bobine.core.api.Caller;
import org.bobine.plugin.api.Plugin;
import org.bobine.plugin.api.PluginService;

/** {@code bobine:plugin-install <source>}: installs or updates a plugin, enabled. */
@Service
@Command(scope = "bobine", name = "plugin-install",
    description = "Installs (or updates) a plugin from a KAR path, an index npmName or a Maven coordinate")
public class PluginInstallCommand implements Action {

    @Reference
    Session session;

    @Reference
    PluginService plugins;

    @Argument(index = 0, name = "source", required = true,
        description = "/path/to/plugin.kar, bobine-plugin-<name> (from the plugin index) or groupId:artifactId:version")
    String source;

    @Override
    public Object execute() {
        Plugin p = plugins.install(Caller.SHELL, source);
        session.getConsole().println("Plugin " + p.name + " " + p.version + " installed: " + p.state
            + (p.error == null ? "" : " (" + p.error + ")"));
        return null;
    }
}
