package org.bobine.core.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Search over local videos (name, description, tags). */
@Component(service = SearchResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final VideoService videos;

    /** @param videos videos */
    @Activate
    public SearchResource(@Reference VideoService videos) {
        this.videos = videos;
    }

    /** @param sc caller @param uri query with search @return matches */
    @GET
    @Path("videos")
    public ResultList<Video> videos(@Context SecurityContext sc, @Context UriInfo uri) {
        VideoQuery q = Params.videoQuery(uri);
        if (uri.getQueryParameters().getFirst("sort") == null) {
            q.sort = "-match";
        }
        return videos.search(Rest.caller(sc), q);
    }
}
