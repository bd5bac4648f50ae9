package org.bobine.core.rest.internal;

import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.bobine.account.api.AuthService;
import org.bobine.account.api.model.OAuthClient;
import org.bobine.core.rest.support.Rest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The local OAuth client, which PeerTube's clients fetch before asking for a token at /api/v1/users/token. */
@Component(service = OAuthResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/oauth-clients")
@Produces(MediaType.APPLICATION_JSON)
public class OAuthResource {

    private final AuthService auth;

    /** @param auth the auth service */
    @Activate
    public OAuthResource(@Reference AuthService auth) {
        this.auth = auth;
    }

    /** @return the local client's id and secret */
    @GET
    @Path("local")
    public Map<String, String> localClient() {
        OAuthClient c = auth.localClient();
        return Map.of("client_id", c.clientId(), "client_secret", c.clientSecret());
    }
}
