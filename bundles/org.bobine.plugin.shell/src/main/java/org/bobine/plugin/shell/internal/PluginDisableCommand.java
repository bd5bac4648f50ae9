package org.bobine.plugin.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code bobine:plugin-disable <name>}: disables an installed plugin; its settings and data stay. */
@Service
@Command(scope = "bobine", name = "plugin-disable", description = "Disables an installed plugin")
public class PluginDisableCommand extends PluginStateCommand {

    @Override
    boolean enable() {
        return false;
    }
}
