package org.bobine.social.rest.internal;

import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.bobine.core.api.BobineException;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.social.api.CommentService;
import org.bobine.social.api.model.CommentThreadTree;
import org.bobine.social.api.model.CommentThreads;
import org.bobine.social.api.model.VideoComment;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** PeerTube's {@code /api/v1/videos/{id}/comment-threads}: threads of a video, a new one, one whole. */
@Component(service = CommentThreadsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/videos/{id}/comment-threads")
@Produces(MediaType.APPLICATION_JSON)
public class CommentThreadsResource {

    private final CommentService comments;

    /** @param comments comments */
    @Activate
    public CommentThreadsResource(@Reference CommentService comments) {
        this.comments = comments;
    }

    /**
     * @param sc    caller
     * @param id    the video
     * @param start offset
     * @param count page size
     * @param sort  -createdAt, createdAt or -totalReplies
     * @return the threads
     */
    @GET
    public CommentThreads list(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("start") String start,
                               @QueryParam("count") String count, @QueryParam("sort") String sort) {
        return comments.threads(Rest.caller(sc), id, Params.start(start), Params.count(count), sort);
    }

    /** @param sc caller @param id the video @param body {"text": "..."} @return {"comment": ...} */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, VideoComment> create(@Context SecurityContext sc, @PathParam("id") String id, Map<String, Object> body) {
        return Map.of("comment", comments.comment(Rest.caller(sc), id, text(body)));
    }

    /** @param sc caller @param id the video @param threadId the thread @return the thread's tree */
    @GET
    @Path("{threadId}")
    public CommentThreadTree thread(@Context SecurityContext sc, @PathParam("id") String id,
                                    @PathParam("threadId") String threadId) {
        return comments.thread(Rest.caller(sc), id, id(threadId));
    }

    static String text(Map<String, Object> body) {
        Object t = body == null ? null : body.get("text");
        if (!(t instanceof String s)) {
            throw BobineException.badRequest("text is required");
        }
        return s;
    }

    static long id(String value) {
        Long id = Params.longValue("commentId", value);
        if (id == null || id <= 0) {
            throw BobineException.badRequest("commentId must be a positive number");
        }
        return id;
    }

}
