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
import org.bobine.social.api.RatingService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** PeerTube's {@code PUT /api/v1/videos/{id}/rate}. */
@Component(service = VideoRateResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/videos/{id}/rate")
@Produces(MediaType.APPLICATION_JSON)
public class VideoRateResource {

    private final RatingService ratings;

    /** @param ratings ratings */
    @Activate
    public VideoRateResource(@Reference RatingService ratings) {
        this.ratings = ratings;
    }

    /** @param sc caller @param id the video @param body {"rating": "like" | "dislike" | "none"} @return 204 */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(@Context SecurityContext sc, @PathParam("id") String id, Map<String, Object> body) {
        Object rating = body == null ? null : body.get("rating");
        if (!(rating instanceof String r)) {
            throw BobineException.badRequest("rating is required: like, dislike or none");
        }
        ratings.rate(Rest.caller(sc), id, r);
        return Response.noContent().build();
    }
}
