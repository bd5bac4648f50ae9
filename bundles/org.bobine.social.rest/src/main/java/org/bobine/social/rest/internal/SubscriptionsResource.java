package org.bobine.social.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.bobine.account.api.model.VideoChannel;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.core.rest.support.VideoExtras;
import org.bobine.social.api.SubscriptionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** PeerTube's subscription routes, for the logged-in user. */
@Component(service = SubscriptionsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/users/me/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

    private final SubscriptionService subscriptions;
    /** The caller's own fields on the videos (where they stopped watching). */
    @Reference
    private VideoExtras extras;

    /** @param subscriptions subscriptions */
    @Activate
    public SubscriptionsResource(@Reference SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** @param sc caller @param body {"uri": "channel@host"} @return 204 */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subscribe(@Context SecurityContext sc, Map<String, Object> body) {
        Object uri = body == null ? null : body.get("uri");
        if (!(uri instanceof String s)) {
            throw BobineException.badRequest("uri is required: a channel handle, name@host");
        }
        subscriptions.subscribe(Rest.caller(sc), s);
        return Response.noContent().build();
    }

    /**
     * @param sc     caller
     * @param start  offset
     * @param count  page size
     * @param sort   -createdAt, createdAt, name or -name
     * @param search words
     * @return the channels subscribed to
     */
    @GET
    public ResultList<VideoChannel> list(@Context SecurityContext sc, @QueryParam("start") String start,
                                         @QueryParam("count") String count, @QueryParam("sort") String sort,
                                         @QueryParam("search") String search) {
        return subscriptions.list(Rest.caller(sc), Params.start(start), Params.count(count), sort, search);
    }

    /** @param sc caller @param uris handles, repeated or comma-separated @return handle to whether subscribed */
    @GET
    @Path("exist")
    public Map<String, Boolean> exist(@Context SecurityContext sc, @QueryParam("uris") List<String> uris) {
        List<String> all = new ArrayList<>();
        for (String u : uris) {
            for (String part : u.split(",")) {
                if (!part.isBlank()) {
                    all.add(part.trim());
                }
            }
        }
        return subscriptions.exist(Rest.caller(sc), all);
    }

    /** @param sc caller @param uri query string: the video list's filters @return videos of the subscriptions */
    @GET
    @Path("videos")
    public Object videos(@Context SecurityContext sc, @Context UriInfo uri) {
        Caller caller = Rest.caller(sc);
        return extras.page(caller, subscriptions.videos(caller, Params.videoQuery(uri)));
    }

    /** @param sc caller @param handle channel handle @return the channel */
    @GET
    @Path("{handle}")
    public VideoChannel get(@Context SecurityContext sc, @PathParam("handle") String handle) {
        return subscriptions.get(Rest.caller(sc), handle);
    }

    /** @param sc caller @param handle channel handle @return 204 */
    @DELETE
    @Path("{handle}")
    public Response unsubscribe(@Context SecurityContext sc, @PathParam("handle") String handle) {
        subscriptions.unsubscribe(Rest.caller(sc), handle);
        return Response.noContent().build();
    }
}
