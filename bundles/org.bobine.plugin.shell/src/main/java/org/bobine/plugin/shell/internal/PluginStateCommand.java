package org.bobine.plugin.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.bobine.core.api.Caller;
import org.bobine.plugin.api.Plugin;
import org.bobine.plugin.api.PluginService;

/** What {@code bobine:plugin-enable} and {@code bobine:plugin-disable} share: they differ by one boolean. */
abstract class PluginStateCommand implements Action {

    @Reference
    Session session;

    @Reference
    PluginService plugins;

    @Argument(index = 0, name = "name", required = true, description = "The plugin's name or npmName")
    String name;

    /** @return true to enable, false to disable */
    abstract boolean enable();

    @Override
    public Object execute() {
        Plugin p = plugins.setEnabled(Caller.SHELL, name, enable());
        session.getConsole().println("Plugin " + p.name + " " + p.state + (p.error == null ? "" : " (" + p.error + ")"));
        return null;
    }
}
