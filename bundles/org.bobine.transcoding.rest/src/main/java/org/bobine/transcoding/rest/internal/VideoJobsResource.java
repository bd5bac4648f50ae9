package org.bobine.transcoding.rest.internal;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.Rest;
import org.bobine.transcoding.api.Job;
import org.bobine.transcoding.api.JobService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/v1/videos/{id}/jobs}: a video's transcoding jobs with their progress, for its creator (a
 * Bobine addition; PeerTube has none). Its own resource, so the route comes and goes with the pipeline; its
 * longer literal path wins over the core's {@code /api/v1/videos} resource.
 */
@Component(service = VideoJobsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/videos/{id}/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class VideoJobsResource {

    private final JobService jobs;

    /** @param jobs the job queue */
    @Activate
    public VideoJobsResource(@Reference JobService jobs) {
        this.jobs = jobs;
    }

    /**
     * @param sc caller (the video's owner or a moderator)
     * @param id the video's id, UUID or short UUID
     * @return {@code {"total", "data"}} as the admin job list
     */
    @GET
    public ResultList<Job> jobs(@Context SecurityContext sc, @PathParam("id") String id) {
        List<Job> list = jobs.forVideo(Rest.caller(sc), id);
        return new ResultList<>(list.size(), list);
    }
}
