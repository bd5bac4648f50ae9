package org.bobine.playlist.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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

/** PeerTube's {@code GET /api/v1/accounts/{name}/video-playlists}: public playlists of an account, all of them for its user. */
@Component(service = AccountPlaylistsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/accounts/{name}/video-playlists")
@Produces(MediaType.APPLICATION_JSON)
public class AccountPlaylistsResource {

    private final PlaylistService playlists;

    /** @param playlists playlists */
    @Activate
    public AccountPlaylistsResource(@Reference PlaylistService playlists) {
        this.playlists = playlists;
    }

    /** @param sc caller @param name whose @param uri start, count, sort, search, playlistType @return the playlists */
    @GET
    public ResultList<VideoPlaylist> list(@Context SecurityContext sc, @PathParam("name") String name, @Context UriInfo uri) {
        return playlists.listForAccount(Rest.caller(sc), name, Queries.of(uri));
    }
}
