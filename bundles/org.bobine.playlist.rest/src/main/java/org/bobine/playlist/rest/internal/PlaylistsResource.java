package org.bobine.playlist.rest.internal;

import java.io.InputStream;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
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
import org.bobine.core.api.BobineException;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.MultipartForm;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.playlist.api.PlaylistService;
import org.bobine.playlist.api.model.PlaylistChange;
import org.bobine.playlist.api.model.VideoPlaylist;
import org.bobine.playlist.api.model.VideoPlaylistElement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * PeerTube's {@code /api/v1/video-playlists} routes: playlists (created and changed with JSON or, as PeerTube's
 * clients send them, multipart forms with a {@code thumbnailfile}) and their elements.
 */
@Component(service = PlaylistsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/video-playlists")
@Produces(MediaType.APPLICATION_JSON)
public class PlaylistsResource {

    /** The largest form field (a description is at most 1,000 characters). */
    private static final int FIELD_MAX = 16 * 1024;
    /** The largest thumbnail accepted, checked again by the service. */
    private static final int IMAGE_MAX = 8 * 1024 * 1024;

    private final PlaylistService playlists;

    /** @param playlists playlists */
    @Activate
    public PlaylistsResource(@Reference PlaylistService playlists) {
        this.playlists = playlists;
    }

    /** @return PeerTube's privacies of playlists */
    @GET
    @Path("privacies")
    public Map<Integer, String> privacies() {
        return playlists.privacies();
    }

    /** @param sc caller @param uri start, count, sort, playlistType @return public playlists */
    @GET
    public ResultList<VideoPlaylist> list(@Context SecurityContext sc, @Context UriInfo uri) {
        return playlists.list(Rest.caller(sc), Queries.of(uri));
    }

    /** @param sc caller @param body displayName, description, privacy, videoChannelId @return the new playlist's ids */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> create(@Context SecurityContext sc, Map<String, Object> body) {
        return created(playlists.create(Rest.caller(sc), Bodies.playlist(body)));
    }

    /** @param sc caller @param request a multipart form with PeerTube's fields and thumbnailfile @return the ids */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Map<String, Object> createForm(@Context SecurityContext sc, @Context HttpServletRequest request) {
        Rest.caller(sc).requireUser();
        return created(playlists.create(Rest.caller(sc), form(request)));
    }

    private static Map<String, Object> created(VideoPlaylist p) {
        return Map.of("videoPlaylist", Map.of("id", p.id, "uuid", p.uuid, "shortUUID", p.shortUUID));
    }

    private static PlaylistChange form(HttpServletRequest request) {
        PlaylistChange c = new PlaylistChange();
        MultipartForm.read(request, FIELD_MAX, new MultipartForm.Parts() {
            @Override
            public void field(String name, String value) {
                Bodies.playlistField(c, name, value);
            }

            @Override
            public void file(String name, String filename, InputStream in) throws java.io.IOException {
                if (name.equals("thumbnailfile")) {
                    c.thumbnail = MultipartForm.bounded(in, IMAGE_MAX, "thumbnailfile");
                }
            }
        });
        return c;
    }

    /** @param sc caller @param id id, UUID or short UUID @return the playlist */
    @GET
    @Path("{id}")
    public VideoPlaylist get(@Context SecurityContext sc, @PathParam("id") String id) {
        return playlists.get(Rest.caller(sc), id);
    }

    /** @param sc caller @param id playlist @param body fields to change @return 204 */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Context SecurityContext sc, @PathParam("id") String id, Map<String, Object> body) {
        playlists.update(Rest.caller(sc), id, Bodies.playlist(body));
        return Response.noContent().build();
    }

    /** @param sc caller @param id playlist @param request a multipart form @return 204 */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response updateForm(@Context SecurityContext sc, @PathParam("id") String id, @Context HttpServletRequest request) {
        Rest.caller(sc).requireUser();
        playlists.update(Rest.caller(sc), id, form(request));
        return Response.noContent().build();
    }

    /** @param sc caller @param id playlist @return 204 */
    @DELETE
    @Path("{id}")
    public Response delete(@Context SecurityContext sc, @PathParam("id") String id) {
        playlists.delete(Rest.caller(sc), id);
        return Response.noContent().build();
    }

    /** @param sc caller @param id playlist @param start offset @param count page size @return its elements */
    @GET
    @Path("{id}/videos")
    public ResultList<VideoPlaylistElement> elements(@Context SecurityContext sc, @PathParam("id") String id,
                                                     @QueryParam("start") String start, @QueryParam("count") String count) {
        return playlists.elements(Rest.caller(sc), id, Params.start(start), Params.count(count));
    }

    /** @param sc caller @param id playlist @param body videoId, startTimestamp, stopTimestamp @return the element's id */
    @POST
    @Path("{id}/videos")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> add(@Context SecurityContext sc, @PathParam("id") String id, Map<String, Object> body) {
        long element = playlists.addVideo(Rest.caller(sc), id, Bodies.element(body, true));
        return Map.of("videoPlaylistElement", Map.of("id", element));
    }

    /** @param sc caller @param id playlist @param body startPosition, insertAfterPosition, reorderLength @return 204 */
    @POST
    @Path("{id}/videos/reorder")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reorder(@Context SecurityContext sc, @PathParam("id") String id, Map<String, Object> body) {
        if (body == null) {
            throw BobineException.badRequest("A JSON object is expected");
        }
        Integer start = Bodies.integer(body.get("startPosition"), "startPosition");
        Integer after = Bodies.integer(body.get("insertAfterPosition"), "insertAfterPosition");
        Integer length = Bodies.integer(body.get("reorderLength"), "reorderLength");
        if (start == null || after == null) {
            throw BobineException.badRequest("startPosition and insertAfterPosition are required");
        }
        playlists.reorder(Rest.caller(sc), id, start, after, length == null ? 1 : length);
        return Response.noContent().build();
    }

    /** @param sc caller @param id playlist @param element element @param body startTimestamp, stopTimestamp @return 204 */
    @PUT
    @Path("{id}/videos/{element}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateElement(@Context SecurityContext sc, @PathParam("id") String id, @PathParam("element") String element,
                                  Map<String, Object> body) {
        playlists.updateElement(Rest.caller(sc), id, elementId(element), Bodies.element(body, false));
        return Response.noContent().build();
    }

    /** @param sc caller @param id playlist @param element element @return 204 */
    @DELETE
    @Path("{id}/videos/{element}")
    public Response removeElement(@Context SecurityContext sc, @PathParam("id") String id, @PathParam("element") String element) {
        playlists.removeElement(Rest.caller(sc), id, elementId(element));
        return Response.noContent().build();
    }

    private static long elementId(String s) {
        Long id = Params.longValue("playlistElementId", s);
        if (id == null || id < 1) {
            throw BobineException.badRequest("playlistElementId must be a positive integer");
        }
        return id;
    }
}
