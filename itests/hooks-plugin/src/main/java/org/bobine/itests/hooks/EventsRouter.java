package org.bobine.itests.hooks;

import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.plugin.PluginException;
import org.bobine.sdk.plugin.PluginRouter;
import org.bobine.sdk.plugin.PluginStorage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /plugins/test-hooks/router/events/<kind>}: what the actions wrote, one line each (administrators only). */
@Component(service = PluginRouter.class)
public class EventsRouter implements PluginRouter {

    private final PluginStorage storage;

    /** @param storage where events are */
    @Activate
    public EventsRouter(@Reference PluginStorage storage) {
        this.storage = storage;
    }

    @Override
    public void service(HttpServletRequest request, HttpServletResponse response, Viewer viewer) throws Exception {
        if (!viewer.admin()) {
            throw new PluginException(403, null, "Only administrators read the events");
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.matches("/events/[a-z]+")) {
            throw new PluginException(404, null, "No such route");
        }
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write(storage.get("events:" + path.substring(8)).orElse("").getBytes(StandardCharsets.UTF_8));
    }
}
