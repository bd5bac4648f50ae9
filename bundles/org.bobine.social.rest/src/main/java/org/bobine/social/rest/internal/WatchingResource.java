package org.bobine.social.rest.internal;

import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.bobine.core.api.BobineException;
import org.bobine.core.rest.support.Rest;
import org.bobine.social.api.HistoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** PeerTube's {@code PUT /videos/{id}/watching}: where the logged-in user is in a video. */
@Component(service = WatchingResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/videos/{id}/watching")
@Produces(MediaType.APPLICATION_JSON)
public class WatchingResource {

    private final HistoryService history;

    /** @param history the history */
    @Activate
    public WatchingResource(@Reference HistoryService history) {
        this.history = history;
    }

    /** @param sc caller @param id the video @param body {"currentTime": seconds} @return 204 */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response watching(@Context SecurityContext sc, @PathParam("id") String id, Map<String, Object> body) {
        Object t = body == null ? null : body.get("currentTime");
        if (!(t instanceof Number n)) {
            throw BobineException.badRequest("currentTime is required: seconds");
        }
        history.watching(Rest.caller(sc), id, n.doubleValue());
        return Response.noContent().build();
    }
}
