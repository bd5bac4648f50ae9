package org.bobine.sdk.plugin;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bobine.sdk.hook.Viewer;

/**
 * Register one as a service to answer HTTP requests under {@code /plugins/<name>/router/}, where
 * {@code <name>} is the bundle's plugin. {@code request.getPathInfo()} is the path after {@code /router}
 * (null when nothing follows it).
 * Only enabled plugins are routed to; a {@link PluginException} becomes an error with an RFC 7807 body, any
 * other exception a 500 that is logged.
 */
@FunctionalInterface
public interface PluginRouter {

    /**
     * @param request  the request
     * @param response the response
     * @param viewer   who asks (from the request's bearer token)
     * @throws Exception any failure
     */
    void service(HttpServletRequest request, HttpServletResponse response, Viewer viewer) throws Exception;
}
