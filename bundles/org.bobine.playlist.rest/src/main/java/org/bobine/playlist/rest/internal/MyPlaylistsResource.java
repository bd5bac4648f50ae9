package org.bobine.playlist.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.bobine.core.api.BobineException;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.playlist.api.PlaylistService;
import org.bobine.playlist.api.model.VideoExistInPlaylist;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** PeerTube's {@code GET /api/v1/users/me/video-playlists/videos-exist?videoIds=}: which of the caller's playlists hold which video. */
@Component(service = MyPlaylistsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/users/me/video-playlists")
@Produces(MediaType.APPLICATION_JSON)
public class MyPlaylistsResource {

    private final PlaylistService playlists;

    /** @param playlists playlists */
    @Activate
    public MyPlaylistsResource(@Reference PlaylistService playlists) {
        this.playlists = playlists;
    }

    /** @param sc caller @param uri videoIds, repeated, with [] or comma-separated @return video id to playlists */
    @GET
    @Path("videos-exist")
    public Map<Long, List<VideoExistInPlaylist>> exist(@Context SecurityContext sc, @Context UriInfo uri) {
        Rest.caller(sc).requireUser();
        List<String> given = Params.list(uri.getQueryParameters(), "videoIds");
        List<Long> ids = new ArrayList<>();
        for (String v : given == null ? List.<String>of() : given) {
            for (String part : v.split(",")) {
                Long id = Params.longValue("videoIds", part);
                if (id == null || id < 1) {
                    throw BobineException.badRequest("videoIds must be positive integers");
                }
                ids.add(id);
            }
        }
        return playlists.videosExist(Rest.caller(sc), ids);
    }
}
