package org.bobine.plugin.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code bobine:plugin-enable <name>}: enables an installed plugin; its settings and data stay. */
@Service
@Command(scope = "bobine", name = "plugin-enable", description = "Enables an installed plugin")
public class PluginEnableCommand extends PluginStateCommand {

    @Override
    boolean enable() {
        return true;
    }
}
