package org.bobine.transcoding.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.transcoding.api.Job;
import org.bobine.transcoding.api.JobService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** PeerTube's jobs routes, for administrators: what the queue is doing and why a job failed. */
@Component(service = JobsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    private final JobService jobs;

    /** @param jobs the job queue */
    @Activate
    public JobsResource(@Reference JobService jobs) {
        this.jobs = jobs;
    }

    /** @param sc caller @param start offset @param count size @return all jobs */
    @GET
    public ResultList<Job> all(@Context SecurityContext sc, @QueryParam("start") String start,
                               @QueryParam("count") String count) {
        return jobs.list(Rest.caller(sc), null, Params.start(start), Params.count(count));
    }

    /** @param sc caller @param state waiting, active, completed or failed @param start offset @param count size @return jobs */
    @GET
    @Path("{state}")
    public ResultList<Job> byState(@Context SecurityContext sc, @PathParam("state") String state,
                                   @QueryParam("start") String start, @QueryParam("count") String count) {
        return jobs.list(Rest.caller(sc), state, Params.start(start), Params.count(count));
    }
}
