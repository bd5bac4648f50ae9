package org.bobine.plugin.impl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import org.bobine.account.api.AuthService;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.UserRole;
import org.bobine.instance.api.InstanceService;
import org.bobine.sdk.hook.ApplicationEvent;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.http.Problem;
import org.bobine.sdk.plugin.ClientAssets;
import org.bobine.sdk.plugin.PluginException;
import org.bobine.sdk.plugin.PluginRouter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything under {@code /plugins/}: each enabled plugin's router at {@code /plugins/<name>/router/*} (and
 * PeerTube's {@code /plugins/<name>/<version>/router/*}), its declared client scripts at
 * {@code /plugins/<name>/<version>/client-scripts/<path>} and style sheets at {@code .../static/<path>}. One
 * servlet registered once: plugins coming and going never change the HTTP whiteboard.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bobine-plugins")
@HttpWhiteboardServletPattern("/plugins/*")
public class PluginsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PluginsServlet.class);

    private final transient PluginRegistry registry;
    private final transient PluginServiceImpl plugins;
    private final transient AuthService auth;

    /**
     * @param registry routers and assets
     * @param plugins  which plugins are enabled
     * @param auth     bearer tokens
     * @param instance the public URL told to {@code action:application.listening} hooks
     */
    @Activate
    public PluginsServlet(@Reference PluginRegistry registry, @Reference PluginServiceImpl plugins,
                          @Reference AuthService auth, @Reference InstanceService instance) {
        this.registry = registry;
        this.plugins = plugins;
        this.auth = auth;
        registry.hooks().sticky(Hooks.ACTION_APPLICATION_LISTENING, new ApplicationEvent(instance.publicUrl()));
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String[] parts = path.split("/", 5);
        // "", name, "router" | version, rest...
        try {
            if (parts.length < 3 || !PluginNames.NAME.matcher(parts[1]).matches() || !plugins.enabled(parts[1])) {
                throw BobineException.notFound("No such plugin route");
            }
            String name = parts[1];
            if (parts[2].equals("router")) {
                route(req, resp, name, "/plugins/" + name + "/router", path.substring(("/" + name + "/router").length()));
                return;
            }
            if (parts.length < 4) {
                throw BobineException.notFound("No such plugin route");
            }
            String rest = parts.length == 5 ? parts[4] : "";
            switch (parts[3]) {
                case "router" -> route(req, resp, name, "/plugins/" + name + "/" + parts[2] + "/router",
                    rest.isEmpty() ? "" : "/" + rest);
                case "client-scripts" -> asset(req, resp, name, rest, true);
                case "static" -> asset(req, resp, name, rest, false);
                default -> throw BobineException.notFound("No such plugin route");
            }
        } catch (BobineException e) {
            problem(resp, e.status(), e.code(), e.getMessage());
        }
    }

    private void route(HttpServletRequest req, HttpServletResponse resp, String name, String servletPath, String pathInfo)
        throws IOException {
        PluginRegistry.Owned<PluginRouter> router = registry.router(name);
        if (router == null) {
            throw BobineException.notFound("Plugin " + name + " has no routes");
        }
        Viewer viewer = viewer(caller(req));
        HttpServletRequest wrapped = new HttpServletRequestWrapper(req) {
            @Override
            public String getServletPath() {
                return servletPath;
            }

            @Override
            public String getPathInfo() {
                return pathInfo.isEmpty() ? null : pathInfo;
            }
        };
        try {
            router.service().service(wrapped, resp, viewer);
        } catch (PluginException e) {
            if (!resp.isCommitted()) {
                problem(resp, e.status() >= 400 && e.status() < 600 ? e.status() : 400, e.code(), e.getMessage());
            }
        } catch (Exception e) {
            LOG.warn("Route {} of plugin {} failed", req.getRequestURI(), name, e);
            if (!resp.isCommitted()) {
                problem(resp, 500, null, "Plugin " + name + " failed to answer");
            }
        }
    }

    private Caller caller(HttpServletRequest req) {
        String h = req.getHeader("Authorization");
        if (h == null || h.isBlank()) {
            return Caller.ANONYMOUS;
        }
        if (!h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new BobineException(401, "invalid_token", "Token is invalid");
        }
        return auth.authenticate(h.substring(7).trim());
    }

    private void asset(HttpServletRequest req, HttpServletResponse resp, String name, String file, boolean script)
        throws IOException {
        for (PluginRegistry.Owned<ClientAssets> o : registry.assets()) {
            if (!o.plugin().equals(name)) {
                continue;
            }
            List<String> declared;
            try {
                declared = script ? registry.hooks().bounded(() -> o.service().scripts().stream().map(ClientAssets.Script::path).toList())
                    : registry.hooks().bounded(() -> o.service().styles());
            } catch (Exception e) {
                LOG.warn("Plugin {} failed to list its client assets", name, e);
                continue;
            }
            // Only files the plugin declares are served, never anything else from its bundle.
            if (!declared.contains(file)) {
                continue;
            }
            URL url = o.bundle().getEntry("/client/" + file);
            if (url == null) {
                continue;
            }
            resp.setContentType(file.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
            resp.setHeader("Cache-Control", "public, max-age=300");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            if (!"HEAD".equals(req.getMethod())) {
                try (InputStream in = url.openStream()) {
                    in.transferTo(resp.getOutputStream());
                }
            }
            return;
        }
        throw BobineException.notFound("No such client asset");
    }

    private static void problem(HttpServletResponse resp, int status, String code, String detail) throws IOException {
        Problem.write(resp, status, code, detail);
    }

    /** The SDK's view of the caller, as the platform gives it to every hook. */
    private static Viewer viewer(Caller c) {
        if (c.anonymous()) {
            return Viewer.ANONYMOUS;
        }
        return new Viewer(c.username(), c.role() == UserRole.ADMINISTRATOR ? "administrator"
            : c.role() == UserRole.MODERATOR ? "moderator" : "user");
    }
}
