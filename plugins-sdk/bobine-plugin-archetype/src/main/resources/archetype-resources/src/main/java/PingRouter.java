package ${package};

import java.io.IOException;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.plugin.PluginException;
import org.bobine.sdk.plugin.PluginRouter;
import org.bobine.sdk.plugin.PluginStorage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The plugin's HTTP routes, under {@code /plugins/${pluginName}/router/}: {@code GET ping} answers
 * {@code {"plugin":"${pluginName}","ok":true}} and counts the calls in the plugin's storage;
 * {@code GET pings} tells the count. Registered as the plugin's {@link PluginRouter}.
 */
@Component(service = PluginRouter.class)
public class PingRouter implements PluginRouter {

    /** The plugin's name, as in the bundle's Bobine-Plugin header. */
    static final String PLUGIN = "${pluginName}";

    /** The storage key of the number of pings. */
    static final String PINGS = "pings";

    private final PluginStorage storage;

    /**
     * @param storage this plugin's storage, given by the platform
     */
    @Activate
    public PingRouter(@Reference PluginStorage storage) {
        this.storage = storage;
    }

    @Override
    public void service(HttpServletRequest request, HttpServletResponse response, Viewer viewer) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (!path.equals("/ping") && !path.equals("/pings")) {
            throw new PluginException(404, null, "No route " + path + " in plugin " + PLUGIN);
        }
        if (!"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET");
            throw new PluginException(405, null, path + " answers GET only");
        }
        String json = path.equals("/ping")
            ? "{\"plugin\":\"" + PLUGIN + "\",\"ok\":true}"
            : "{\"plugin\":\"" + PLUGIN + "\",\"pings\":" + count() + "}";
        if (path.equals("/ping")) {
            increment();
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json);
    }

    private long count() {
        Optional<String> stored = storage.get(PINGS);
        try {
            return stored.map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** One instance serves every request of this bundle: the read and the write are kept together. */
    private synchronized void increment() {
        storage.put(PINGS, Long.toString(count() + 1));
    }
}
