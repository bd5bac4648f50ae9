package org.bobine.social.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.social.api.RatingService;
import org.bobine.social.api.model.AccountVideoRate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** PeerTube's {@code GET /api/v1/accounts/{name}/ratings}, for the account's user. */
@Component(service = AccountRatingsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/accounts/{name}/ratings")
@Produces(MediaType.APPLICATION_JSON)
public class AccountRatingsResource {

    private final RatingService ratings;

    /** @param ratings ratings */
    @Activate
    public AccountRatingsResource(@Reference RatingService ratings) {
        this.ratings = ratings;
    }

    /**
     * @param sc     caller (the account's user)
     * @param name   the account
     * @param start  offset
     * @param count  page size
     * @param rating like, dislike or none for both
     * @return the account's ratings
     */
    @GET
    public ResultList<AccountVideoRate> account(@Context SecurityContext sc, @PathParam("name") String name,
                                                @QueryParam("start") String start, @QueryParam("count") String count,
                                                @QueryParam("rating") String rating) {
        return ratings.forAccount(Rest.caller(sc), name, Params.start(start), Params.count(count), rating);
    }
}
