package org.bobine.social.rest.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
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
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.core.rest.support.VideoExtras;
import org.bobine.social.api.HistoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** PeerTube's watch history of the logged-in user: the list, removing one video, clearing before a date. */
@Component(service = HistoryResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/users/me/history/videos")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    private final HistoryService history;
    private final VideoExtras extras;

    /** @param history the history @param extras adds each video's userHistory */
    @Activate
    public HistoryResource(@Reference HistoryService history, @Reference VideoExtras extras) {
        this.history = history;
        this.extras = extras;
    }

    /** @param sc caller @param start offset @param count size @param search words @return the watched videos */
    @GET
    public Object list(@Context SecurityContext sc, @QueryParam("start") String start, @QueryParam("count") String count,
                       @QueryParam("search") String search) {
        Caller caller = Rest.caller(sc);
        return extras.page(caller, history.list(caller, Params.start(start), Params.count(count), search));
    }

    /** @param sc caller @param videoId the video's numeric id @return 204 */
    @DELETE
    @Path("{videoId}")
    public Response remove(@Context SecurityContext sc, @PathParam("videoId") String videoId) {
        history.remove(Rest.caller(sc), Params.longValue("videoId", videoId));
        return Response.noContent().build();
    }

    /** @param sc caller @param body {"beforeDate": ISO-8601} or nothing for everything @return 204 */
    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response clear(@Context SecurityContext sc, Map<String, Object> body) {
        history.removeBefore(Rest.caller(sc), date(body == null ? null : body.get("beforeDate")));
        return Response.noContent().build();
    }

    /** @param sc caller @param form beforeDate, as PeerTube's client may send it @return 204 */
    @POST
    @Path("remove")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    public Response clearForm(@Context SecurityContext sc, MultivaluedMap<String, String> form) {
        history.removeBefore(Rest.caller(sc), date(form == null ? null : form.getFirst("beforeDate")));
        return Response.noContent().build();
    }

    private static Instant date(Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw BobineException.badRequest("beforeDate: an ISO-8601 date");
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw BobineException.badRequest("beforeDate: an ISO-8601 date such as 2024-01-31T00:00:00Z");
        }
    }
}
