package org.bobine.core.rest.internal;

import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.bobine.account.api.ChannelService;
import org.bobine.account.api.model.ChannelCreate;
import org.bobine.account.api.model.VideoChannel;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.core.rest.support.VideoExtras;
import org.bobine.video.api.VideoService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Channels, with their videos. */
@Component(service = ChannelsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/video-channels")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelsResource {

    private final ChannelService channels;
    private final VideoService videos;

    /** The caller's own fields on the videos answered (where they stopped watching). */
    @Reference
    private VideoExtras extras;

    /**
     * @param channels channels
     * @param videos   videos
     */
    @Activate
    public ChannelsResource(@Reference ChannelService channels, @Reference VideoService videos) {
        this.channels = channels;
        this.videos = videos;
    }

    /** @param start offset @param count size @param sort sort @return channels */
    @GET
        public ResultList<VideoChannel> list(@QueryParam("start") String start, @QueryParam("count") String count,
                                         @QueryParam("sort") String sort) {
        return channels.list(Params.start(start), Params.count(count), sort);
    }

    /** @param sc caller @param body channel @return its id */
    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> create(@Context SecurityContext sc, ChannelCreate body) {
        UsersResource.requireBody(body);
        VideoChannel c = channels.create(Rest.caller(sc), body);
        return Map.of("videoChannel", Map.of("id", c.id));
    }

    /** @param handle channel @return it */
    @GET
    @Path("{handle}")
    public VideoChannel get(@PathParam("handle") String handle) {
        return channels.get(handle);
    }

    /** @param sc caller @param handle channel @param body changes @return 204 */
    @PUT
    @Path("{handle}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Context SecurityContext sc, @PathParam("handle") String handle, ChannelCreate body) {
        UsersResource.requireBody(body);
        channels.update(Rest.caller(sc), handle, body);
        return Response.noContent().build();
    }

    /** @param sc caller @param handle channel @return 204 */
    @DELETE
    @Path("{handle}")
    public Response delete(@Context SecurityContext sc, @PathParam("handle") String handle) {
        channels.delete(Rest.caller(sc), handle);
        return Response.noContent().build();
    }

    /** @param sc caller @param handle channel @param uri query @return its videos */
    @GET
    @Path("{handle}/videos")
    public Object channelVideos(@Context SecurityContext sc, @PathParam("handle") String handle, @Context UriInfo uri) {
        Caller caller = Rest.caller(sc);
        return extras.page(caller, videos.listForChannel(caller, handle, Params.videoQuery(uri)));
    }
}
