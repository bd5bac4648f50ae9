package org.bobine.feed.internal;

import java.util.Map;
import javax.ws.rs.GET;
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
 * {@code GET /api/v1/users/me/feed-token}, the name the issue gives the feed token's route: the same
 * {@code {"feedToken": "..."}} as {@link ScopedTokensResource}.
 */
@Component(service = FeedTokenResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/users/me/feed-token")
@Produces(MediaType.APPLICATION_JSON)
public class FeedTokenResource {

    private final FeedTokens tokens;

    /** @param tokens feed tokens */
    @Activate
    public FeedTokenResource(@Reference FeedTokens tokens) {
        this.tokens = tokens;
    }

    /** @param sc caller @return {"feedToken"} */
    @GET
    public Response get(@Context SecurityContext sc) {
        return Response.ok(Map.of("feedToken", tokens.get(Rest.caller(sc)))).header("Cache-Control", "no-store").build();
    }
}
