package org.bobine.social.rest.internal;

import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.bobine.core.rest.support.Rest;
import org.bobine.social.api.CommentService;
import org.bobine.social.api.model.VideoComment;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** PeerTube's {@code /api/v1/videos/{id}/comments/{commentId}}: reply, delete, approve. */
@Component(service = CommentsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/videos/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
public class CommentsResource {

    private final CommentService comments;

    /** @param comments comments */
    @Activate
    public CommentsResource(@Reference CommentService comments) {
        this.comments = comments;
    }

    /** @param sc caller @param id the video @param commentId the comment answered @param body {"text"} @return {"comment"} */
    @POST
    @Path("{commentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, VideoComment> reply(@Context SecurityContext sc, @PathParam("id") String id,
                                           @PathParam("commentId") String commentId, Map<String, Object> body) {
        return Map.of("comment", comments.reply(Rest.caller(sc), id, CommentThreadsResource.id(commentId),
            CommentThreadsResource.text(body)));
    }

    /** @param sc caller @param id the video @param commentId the comment @return 204 */
    @DELETE
    @Path("{commentId}")
    public Response delete(@Context SecurityContext sc, @PathParam("id") String id, @PathParam("commentId") String commentId) {
        comments.delete(Rest.caller(sc), id, CommentThreadsResource.id(commentId));
        return Response.noContent().build();
    }

    /** @param sc caller @param id the video @param commentId a held comment @return 204 */
    @POST
    @Path("{commentId}/approve")
    public Response approve(@Context SecurityContext sc, @PathParam("id") String id, @PathParam("commentId") String commentId) {
        comments.approve(Rest.caller(sc), id, CommentThreadsResource.id(commentId));
        return Response.noContent().build();
    }

}
