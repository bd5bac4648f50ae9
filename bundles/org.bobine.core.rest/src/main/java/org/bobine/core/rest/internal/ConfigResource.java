package org.bobine.core.rest.internal;

import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.bobine.core.api.InstanceService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The public configuration that clients read before anything else. */
@Component(service = ConfigResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Resources.EXTENSIONS_FILTER_JSON, Resources.EXTENSIONS_FILTER_AUTH, Resources.EXTENSIONS_FILTER_PROBLEMS})
@Path("/api/v1/config")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {

    private final InstanceService instance;

    /** @param instance the instance */
    @Activate
    public ConfigResource(@Reference InstanceService instance) {
        this.instance = instance;
    }

    /** @return the public configuration */
    @GET
    public Map<String, Object> config() {
        return instance.publicConfig();
    }
}
