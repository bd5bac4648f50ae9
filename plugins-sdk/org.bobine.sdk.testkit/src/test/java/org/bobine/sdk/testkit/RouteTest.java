package org.bobine.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.util.stream.Collectors;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.plugin.PluginException;
import org.junit.jupiter.api.Test;

class RouteTest {

    private final PluginTestKit kit = new PluginTestKit("hello");

    @Test
    void aRouterSeesThePathAfterRouterTheQueryTheHeadersAndTheViewer() {
        kit.addRouter((req, res, viewer) -> {
            res.setStatus(201);
            res.setContentType("application/json;charset=UTF-8");
            res.setHeader("X-Path", req.getServletPath() + "|" + req.getPathInfo());
            res.getWriter().write("{\"q\":\"" + req.getParameter("q") + "\",\"who\":\"" + viewer.username()
                + "\",\"h\":\"" + req.getHeader("x-test") + "\",\"m\":\"" + req.getMethod() + "\",\"é\":true}");
        });

        RouteResponse r = kit.route(RouteRequest.get("/plugins/hello/router/items/3?q=a%20b&q=c")
            .header("X-Test", "yes").viewer(new Viewer("alice", "user")));

        assertEquals(201, r.status());
        assertEquals("application/json;charset=UTF-8", r.contentType());
        assertEquals("/plugins/hello/router|/items/3", r.header("x-path"));
        assertEquals("{\"q\":\"a b\",\"who\":\"alice\",\"h\":\"yes\",\"m\":\"GET\",\"é\":true}", r.text());
        kit.assertNoFailures();
    }

    @Test
    void theMountItselfHasNoPathInfo() {
        kit.addRouter((req, res, viewer) -> res.getWriter().print(req.getPathInfo()));

        assertEquals("null", kit.route("GET", "/plugins/hello/router").text());
        assertEquals("/", kit.route("GET", "/plugins/hello/router/").text());
    }

    @Test
    void bodiesAreReadAsBytesTextOrFormParameters() {
        kit.addRouter((req, res, viewer) -> {
            if (req.getContentType().startsWith("application/x-www-form-urlencoded")) {
                res.getWriter().print("form:" + req.getParameter("a") + "," + req.getParameter("b"));
            } else {
                try (BufferedReader in = req.getReader()) {
                    res.getWriter().print(req.getContentLength() + ":" + in.lines().collect(Collectors.joining()));
                }
            }
        });

        assertEquals("7:{\"a\":1}", kit.route(RouteRequest.post("/plugins/hello/router/x").json("{\"a\":1}")).text());
        assertEquals("form:1,two words", kit.route(RouteRequest.post("/plugins/hello/router/x")
            .body("application/x-www-form-urlencoded", "a=1&b=two+words")).text());
    }

    @Test
    void aPluginExceptionBecomesAProblemDocument() {
        kit.addRouter((req, res, viewer) -> {
            res.getWriter().print("partial");
            throw new PluginException(409, "already_done", "It is \"done\"");
        });

        RouteResponse r = kit.route("POST", "/plugins/hello/router/do");

        assertEquals(409, r.status());
        assertEquals("application/problem+json;charset=UTF-8", r.contentType());
        // The platform's one shape: PeerTube's type URL for the code, title, status, and "error" for old clients.
        assertEquals("{\"type\":\"https://docs.joinpeertube.org/api-rest-reference.html#section/Errors/already_done\","
            + "\"title\":\"Conflict\",\"detail\":\"It is \\\"done\\\"\",\"status\":409,\"code\":\"already_done\","
            + "\"error\":\"It is \\\"done\\\"\"}", r.text());
        kit.assertNoFailures();
    }

    @Test
    void anyOtherFailureIsA500AndRecorded() {
        kit.addRouter((req, res, viewer) -> {
            throw new IllegalStateException("bug");
        });

        assertEquals(500, kit.route("GET", "/plugins/hello/router/x").status());
        assertEquals("router", kit.failures().get(0).hook());
    }

    @Test
    void pathsOutsideThePluginsRouterAndPluginsWithoutRouterAre404() {
        assertEquals(404, kit.route("GET", "/plugins/hello/router/ping").status());
        kit.addRouter((req, res, viewer) -> res.setStatus(204));
        assertEquals(204, kit.route("GET", "/plugins/hello/router/ping").status());
        assertEquals(404, kit.route("GET", "/plugins/other/router/ping").status());
        assertEquals(404, kit.route("GET", "/plugins/hello/routerx").status());
        assertEquals(404, kit.route("GET", "/plugins/hello/1.0.0/static/x").status());
    }

    @Test
    void peertubesVersionedRouteReachesTheSameRouter() {
        kit.addRouter((req, res, viewer) -> res.getWriter().print(req.getServletPath() + "|" + req.getPathInfo()));

        assertEquals("/plugins/hello/1.0.0/router|/ping", kit.route("GET", "/plugins/hello/1.0.0/router/ping").text());
    }

    @Test
    void aCommittedResponseIsLeftAsItIs() {
        kit.addRouter((req, res, viewer) -> {
            res.setStatus(202);
            res.getWriter().print("started");
            res.flushBuffer();
            throw new PluginException(400, null, "too late to say");
        });

        RouteResponse r = kit.route("GET", "/plugins/hello/router/x");

        assertEquals(202, r.status());
        assertEquals("started", r.text());
    }

    @Test
    void whatTheKitLacksIsNamed() {
        kit.addRouter((req, res, viewer) -> {
            assertNull(req.getSession(false));
            req.getRequestDispatcher("/x");
        });

        kit.route("GET", "/plugins/hello/router/x");

        Throwable cause = kit.failures().get(0).cause();
        assertTrue(cause instanceof UnsupportedOperationException && cause.getMessage().contains("getRequestDispatcher"),
            String.valueOf(cause));
        assertThrows(IllegalArgumentException.class, () -> RouteRequest.get("no-slash"));
    }
}
