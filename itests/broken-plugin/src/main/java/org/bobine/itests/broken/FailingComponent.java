package org.bobine.itests.broken;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.plugin.PluginRouter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Fails to start: the plugin must be listed as failed with this message, and the instance carry on. */
@Component(service = PluginRouter.class, immediate = true)
public class FailingComponent implements PluginRouter {

    /** Always fails. */
    @Activate
    public FailingComponent() {
        throw new IllegalStateException("broken plugin: this component cannot start");
    }

    @Override
    public void service(HttpServletRequest request, HttpServletResponse response,
                        Viewer viewer) {
        // Never reached.
    }
}
