package org.bobine.social.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.bobine.core.rest.support.Rest;
import org.bobine.social.api.RatingService;
import org.bobine.social.api.model.UserVideoRate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** PeerTube's {@code GET /api/v1/users/me/videos/{id}/rating}. */
@Component(service = MyRatingResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/users/me/videos/{id}/rating")
@Produces(MediaType.APPLICATION_JSON)
public class MyRatingResource {

    private final RatingService ratings;

    /** @param ratings ratings */
    @Activate
    public MyRatingResource(@Reference RatingService ratings) {
        this.ratings = ratings;
    }

    /** @param sc caller @param id the video @return the caller's rating */
    @GET
    public UserVideoRate mine(@Context SecurityContext sc, @PathParam("id") String id) {
        return ratings.mine(Rest.caller(sc), id);
    }
}
