package org.bobine.feed.internal;

import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.bobine.core.rest.support.Rest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * PeerTube's {@code /api/v1/users/scoped-tokens}: the logged-in user's feed token ({@code GET}, made on first
 * use) and its renewal ({@code POST}, the old one refused from then on), as {@code {"feedToken": "..."}}.
 * Answered while feeds are off too: the token is the user's, and renewing it must stay possible.
 */
@Component(service = ScopedTokensResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/users/scoped-tokens")
@Produces(MediaType.APPLICATION_JSON)
public class ScopedTokensResource {

    private final FeedTokens tokens;

    /** @param tokens feed tokens */
    @Activate
    public ScopedTokensResource(@Reference FeedTokens tokens) {
        this.tokens = tokens;
    }

    /** @param sc caller @return {"feedToken"} */
    @GET
    public Response get(@Context SecurityContext sc) {
        return Response.ok(Map.of("feedToken", tokens.get(Rest.caller(sc)))).header("Cache-Control", "no-store").build();
    }

    /** @param sc caller @return {"feedToken"}, the new one */
    @POST
    public Response renew(@Context SecurityContext sc) {
        return Response.ok(Map.of("feedToken", tokens.renew(Rest.caller(sc)))).header("Cache-Control", "no-store").build();
    }
}
