package org.bobine.core.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.bobine.account.api.ChannelService;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.Account;
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

/** Accounts, with their videos and channels. A {@code name@host} handle is accepted for local accounts. */
@Component(service = AccountsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    private final ChannelService channels;
    private final UserService users;
    private final VideoService videos;

    /** The caller's own fields on the videos answered (where they stopped watching). */
    @Reference
    private VideoExtras extras;

    /**
     * @param channels channels
     * @param users    users
     * @param videos   videos
     */
    @Activate
    public AccountsResource(@Reference ChannelService channels, @Reference UserService users,
                            @Reference VideoService videos) {
        this.channels = channels;
        this.users = users;
        this.videos = videos;
    }

    /** @param name account @return it */
    @GET
    @Path("{name}")
    public Account account(@PathParam("name") String name) {
        return users.account(name.replaceFirst("@.*$", ""));
    }

    /** @param sc caller @param name account @param uri query @return its videos */
    @GET
    @Path("{name}/videos")
    public Object accountVideos(@Context SecurityContext sc, @PathParam("name") String name, @Context UriInfo uri) {
        Caller caller = Rest.caller(sc);
        return extras.page(caller, videos.listForAccount(caller, name.replaceFirst("@.*$", ""), Params.videoQuery(uri)));
    }

    /** @param name account @param start offset @param count size @return its channels */
    @GET
    @Path("{name}/video-channels")
    public ResultList<VideoChannel> accountChannels(@PathParam("name") String name, @QueryParam("start") String start,
                                                    @QueryParam("count") String count) {
        return channels.listForAccount(name.replaceFirst("@.*$", ""), Params.start(start), Params.count(count));
    }
}
