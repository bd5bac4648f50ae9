package org.bobine.core.rest.internal;

import java.util.List;
import java.util.Locale;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.bobine.account.api.ChannelService;
import org.bobine.account.api.model.VideoChannel;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.core.rest.support.VideoExtras;
import org.bobine.instance.api.InstanceService;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.VideoQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Search over local videos (name, description, tags) and channels (name, display name, handle). */
@Component(service = SearchResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final VideoService videos;
    private final ChannelService channels;
    private final InstanceService instance;
    /** The caller's own fields on the videos answered. */
    @Reference
    private VideoExtras extras;

    /** @param videos videos @param channels channels @param instance this instance's host */
    @Activate
    public SearchResource(@Reference VideoService videos, @Reference ChannelService channels,
                          @Reference InstanceService instance) {
        this.videos = videos;
        this.channels = channels;
        this.instance = instance;
    }

    /** @param sc caller @param uri query with search @return matches */
    @GET
    @Path("videos")
    public Object videos(@Context SecurityContext sc, @Context UriInfo uri) {
        VideoQuery q = Params.videoQuery(uri);
        if (uri.getQueryParameters().getFirst("sort") == null) {
            q.sort = "-match";
        }
        Caller caller = Rest.caller(sc);
        return extras.page(caller, videos.search(caller, q));
    }

    /**
     * PeerTube's channel search over this instance's channels; a handle of another host finds nothing until
     * federation looks remote channels up.
     *
     * @param search words, or a handle ({@code name@host})
     * @param start  offset
     * @param count  page size
     * @param sort   as the channel list's
     * @return the matches
     */
    @GET
    @Path("video-channels")
    public ResultList<VideoChannel> channels(@QueryParam("search") String search, @QueryParam("start") String start,
                                             @QueryParam("count") String count, @QueryParam("sort") String sort) {
        if (search != null && search.length() > 500) {
            throw BobineException.badRequest("search: at most 500 characters");
        }
        String s = search == null ? null : search.strip().replaceFirst("^@", "");
        if (s != null && s.contains("@") && !s.substring(s.indexOf('@') + 1).toLowerCase(Locale.ROOT)
            .equals(instance.host().toLowerCase(Locale.ROOT))) {
            return new ResultList<>(0, List.of());
        }
        return channels.search(s, Params.start(start), Params.count(count), sort);
    }
}
