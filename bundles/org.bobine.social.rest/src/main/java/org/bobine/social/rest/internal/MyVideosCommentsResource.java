package org.bobine.social.rest.internal;

import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.social.api.CommentService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** PeerTube's {@code GET /api/v1/videos/comments}: comments of the caller's videos, to moderate them. */
@Component(service = MyVideosCommentsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/videos/comments")
@Produces(MediaType.APPLICATION_JSON)
public class MyVideosCommentsResource {

    private final CommentService comments;

    /** @param comments comments */
    @Activate
    public MyVideosCommentsResource(@Reference CommentService comments) {
        this.comments = comments;
    }

    /**
     * @param sc            caller
     * @param start         offset
     * @param count         page size
     * @param heldForReview true, false or absent for both
     * @return comments of the caller's videos (of every video for moderators)
     */
    @GET
    public ResultList<Map<String, Object>> list(@Context SecurityContext sc, @QueryParam("start") String start,
                                                @QueryParam("count") String count,
                                                @QueryParam("isHeldForReview") String heldForReview) {
        return comments.ofMyVideos(Rest.caller(sc), Params.start(start), Params.count(count),
            Params.bool("isHeldForReview", heldForReview));
    }

}
