package org.bobine.core.rest.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bobine.sdk.http.Problem;
import org.bobine.sdk.plugin.PluginSettings;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Boot readiness: until every route of the boot features is registered, every request gets 503 with
 * {@code Retry-After} (not a 404 from half-registered JAX-RS endpoints); {@code GET /api/v1/ready} answers 503
 * then, and 200 once ready, so {@code bin/start} users and the itests wait on one URL. Ready means: Karaf
 * says its boot features are installed ({@code BootFinished}), no component of a platform bundle
 * ({@code org.bobine.*} without a {@code Bobine-Plugin} header) waits for a reference, and every JAX-RS
 * resource those bundles register is live on the whiteboard. Once ready it stays ready: installing or
 * removing features later never turns requests away. An HTTP whiteboard filter in every servlet context (the
 * JAX-RS whiteboard makes one per application).
 */
@Component(service = Filter.class, immediate = true)
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
// Async-supported: a filter that is not forbids asynchronous requests behind it (Server-Sent Events).
@HttpWhiteboardFilterAsyncSupported
public class Readiness implements Filter {

    /** The readiness URL. */
    static final String PATH = "/api/v1/ready";
    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);
    private static final String BOOT_FINISHED = "(objectClass=org.apache.karaf.features.BootFinished)";

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final ScheduledExecutorService checker;
    private final long started = System.nanoTime();
    private volatile boolean ready;
    private volatile String waitingFor = "the boot features";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL,
        policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    private volatile JaxrsServiceRuntime jaxrs;

    /**
     * @param context this bundle's context, to look at services
     * @param scr     Declarative Services, to see components still waiting
     */
    @Activate
    public Readiness(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
        this.checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bobine-readiness");
            t.setDaemon(true);
            return t;
        });
        checker.scheduleWithFixedDelay(this::check, 0, 200, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void close() {
        checker.shutdownNow();
    }

    private void check() {
        try {
            String missing = missing();
            if (missing == null) {
                ready = true;
                LOG.info("Bobine is ready: every route of the boot features answers ({} s after the REST layer started)",
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
                checker.shutdown();
            } else {
                waitingFor = missing;
            }
        } catch (RuntimeException e) {
            LOG.debug("Readiness check failed; trying again", e);
        }
    }

    /** @return what is still missing, or null when ready */
    String missing() {
        try {
            if (context.getServiceReferences((String) null, BOOT_FINISHED) == null) {
                return "the boot features";
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            Bundle b = context.getBundle(d.bundle.id);
            if (b == null || !platform(b) || !scr.isComponentEnabled(d)) {
                continue;
            }
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    return "component " + d.name;
                }
            }
        }
        JaxrsServiceRuntime runtime = jaxrs;
        if (runtime == null) {
            return "the JAX-RS whiteboard";
        }
        Set<Long> live = new HashSet<>();
        RuntimeDTO dto = runtime.getRuntimeDTO();
        if (dto.defaultApplication != null) {
            for (ResourceDTO r : dto.defaultApplication.resourceDTOs) {
                live.add(r.serviceId);
            }
        }
        try {
            ServiceReference<?>[] resources = context.getServiceReferences((String) null, "(osgi.jaxrs.resource=true)");
            for (ServiceReference<?> ref : resources == null ? new ServiceReference<?>[0] : resources) {
                if (platform(ref.getBundle()) && !live.contains((Long) ref.getProperty("service.id"))) {
                    return "resource " + ref.getProperty("component.name");
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    private static boolean platform(Bundle b) {
        return b != null && b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.bobine.")
            && b.getHeaders("").get(PluginSettings.PLUGIN_HEADER) == null;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        boolean readinessUrl = PATH.equals(((HttpServletRequest) request).getRequestURI());
        if (ready) {
            if (readinessUrl) {
                HttpServletResponse resp = (HttpServletResponse) response;
                resp.setContentType("application/json");
                resp.setHeader("Cache-Control", "no-store");
                resp.getWriter().write("{\"ready\":true}");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Retry-After", "2");
        resp.setHeader("Cache-Control", "no-store");
        Problem.write(resp, 503, null, "Bobine is starting (waiting for " + waitingFor + "); try again in a moment");
    }
}
