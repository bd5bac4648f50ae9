package org.bobine.notification.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.notification.api.NotificationService;
import org.bobine.notification.api.model.UserNotification;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * PeerTube's notification routes for the logged-in user, and the live stream of new ones
 * ({@code GET .../stream}, Server-Sent Events, see {@link LiveStreams}).
 */
@Component(service = NotificationsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/users/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    private final NotificationService notifications;
    private final LiveStreams streams;

    /**
     * @param notifications notifications
     * @param streams       the open live streams
     */
    @Activate
    public NotificationsResource(@Reference NotificationService notifications, @Reference LiveStreams streams) {
        this.notifications = notifications;
        this.streams = streams;
    }

    /**
     * @param sc     caller
     * @param start  offset
     * @param count  page size (default 15, at most 100)
     * @param sort   -createdAt (default), createdAt, read, -read
     * @param unread {@code true}: only unread ones
     * @return the caller's notifications
     */
    @GET
    public ResultList<UserNotification> list(@Context SecurityContext sc, @QueryParam("start") String start,
                                             @QueryParam("count") String count, @QueryParam("sort") String sort,
                                             @QueryParam("unread") String unread) {
        if (unread != null && !unread.equals("true") && !unread.equals("false")) {
            throw BobineException.badRequest("unread must be true or false");
        }
        return notifications.list(Rest.caller(sc), Params.start(start), Params.count(count), sort, "true".equals(unread));
    }

    /** @param sc caller @param body {"ids": [1, 2]} @return 204 */
    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response read(@Context SecurityContext sc, Map<String, Object> body) {
        Caller caller = Rest.caller(sc).requireUser();
        Object ids = body == null ? null : body.get("ids");
        if (!(ids instanceof List<?> list)) {
            throw BobineException.badRequest("ids must be an array of notification ids");
        }
        List<Long> out = new ArrayList<>();
        for (Object id : list) {
            if (!(id instanceof Integer || id instanceof Long) || ((Number) id).longValue() < 1) {
                throw BobineException.badRequest("ids must be an array of notification ids (positive integers)");
            }
            out.add(((Number) id).longValue());
        }
        notifications.read(caller, out);
        return Response.noContent().build();
    }

    /** @param sc caller @return 204 */
    @POST
    @Path("read-all")
    public Response readAll(@Context SecurityContext sc) {
        notifications.readAll(Rest.caller(sc));
        return Response.noContent().build();
    }

    /**
     * Opens the caller's live stream: {@code event: unread} with the count at once and whenever notifications
     * are read, {@code event: notification} with each new one (and the count); a comment line every
     * {@link LiveStreams#HEARTBEAT_SECONDS} s, when the token is checked again (the stream ends once it is
     * revoked or expired). The token comes in the {@code Authorization} header only, never in the URL.
     *
     * @param sc            caller
     * @param authorization the bearer token, checked again at every heartbeat
     * @param sink          the stream
     * @param sse           event builder
     */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@Context SecurityContext sc, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                       @Context SseEventSink sink, @Context Sse sse) {
        Caller caller = Rest.caller(sc).requireUser();
        streams.open(caller, authorization.substring(7).trim(), sink, sse);
    }
}
