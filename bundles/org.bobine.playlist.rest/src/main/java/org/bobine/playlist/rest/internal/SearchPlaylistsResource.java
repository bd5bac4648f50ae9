package org.bobine.playlist.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.Rest;
import org.bobine.playlist.api.PlaylistService;
import org.bobine.playlist.api.model.VideoPlaylist;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** PeerTube's {@code GET /api/v1/search/video-playlists}: local playlists the caller may see (public ones, their own). */
@Component(service = SearchPlaylistsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/search/video-playlists")
@Produces(MediaType.APPLICATION_JSON)
public class SearchPlaylistsResource {

    private final PlaylistService playlists;

    /** @param playlists playlists */
    @Activate
    public SearchPlaylistsResource(@Reference PlaylistService playlists) {
        this.playlists = playlists;
    }

    /** @param sc caller @param uri search, start, count, sort @return matches */
    @GET
    public ResultList<VideoPlaylist> search(@Context SecurityContext sc, @Context UriInfo uri) {
        return playlists.search(Rest.caller(sc), Queries.of(uri));
    }
}
