package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.bobine.sdk.testkit.PluginTestKit;
import org.bobine.sdk.testkit.RouteResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PingRouterTest {

    private static final String BASE = "/plugins/" + PingRouter.PLUGIN + "/router";

    private final PluginTestKit kit = new PluginTestKit(PingRouter.PLUGIN);

    @BeforeEach
    void register() {
        kit.addRouter(new PingRouter(kit.storage()));
    }

    @AfterEach
    void noRouteFailed() {
        kit.assertNoFailures();
    }

    @Test
    void pingAnswersJsonAndCountsInTheStorage() {
        RouteResponse r = kit.route("GET", BASE + "/ping");

        assertEquals(200, r.status());
        assertEquals("application/json;charset=UTF-8", r.contentType());
        assertEquals("{\"plugin\":\"" + PingRouter.PLUGIN + "\",\"ok\":true}", r.text());
        kit.route("GET", BASE + "/ping");
        assertEquals(Optional.of("2"), kit.storage().get(PingRouter.PINGS));
        assertEquals("{\"plugin\":\"" + PingRouter.PLUGIN + "\",\"pings\":2}", kit.route("GET", BASE + "/pings").text());
    }

    @Test
    void otherPathsAndMethodsAreRefused() {
        assertEquals(404, kit.route("GET", BASE + "/nothing").status());
        assertEquals(404, kit.route("GET", BASE).status());
        RouteResponse post = kit.route("POST", BASE + "/ping");
        assertEquals(405, post.status());
        assertEquals("application/problem+json;charset=UTF-8", post.contentType());
        assertEquals(Optional.empty(), kit.storage().get(PingRouter.PINGS));
    }
}
