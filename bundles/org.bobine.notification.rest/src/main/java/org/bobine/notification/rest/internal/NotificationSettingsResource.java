package org.bobine.notification.rest.internal;

import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.bobine.core.rest.support.Rest;
import org.bobine.notification.api.NotificationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * PeerTube's {@code PUT /api/v1/users/me/notification-settings}. The settings are read back in
 * {@code GET /api/v1/users/me} ({@code notificationSettings}).
 */
@Component(service = NotificationSettingsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/users/me/notification-settings")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {

    private final NotificationService notifications;

    /** @param notifications settings */
    @Activate
    public NotificationSettingsResource(@Reference NotificationService notifications) {
        this.notifications = notifications;
    }

    /**
     * Changes the settings the body names (PeerTube sends them all; one is enough here), each 0 (none), 1
     * (web), 2 (e-mail) or 3 (both).
     *
     * @param sc   caller
     * @param body setting names to values
     * @return 204
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Context SecurityContext sc, Map<String, Object> body) {
        notifications.updateSettings(Rest.caller(sc), body);
        return Response.noContent().build();
    }
}
