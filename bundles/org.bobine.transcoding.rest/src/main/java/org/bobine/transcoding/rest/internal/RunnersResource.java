package org.bobine.transcoding.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.MultipartForm;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.transcoding.api.RunnerService;
import org.bobine.video.api.StoredFile;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * PeerTube's runner routes: registration tokens and runners for administrators, and the protocol runners
 * speak (register, request, accept, update, error, abort, success, input files). Runners authenticate with
 * the tokens in their JSON (or multipart) bodies, not with OAuth.
 */
@Component(service = RunnersResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/runners")
@Produces(MediaType.APPLICATION_JSON)
public class RunnersResource {

    private static final int FIELD_MAX = 10_000;
    private static final Pattern PAYLOAD_FILE = Pattern.compile("payload\\[(\\w{1,40})]");

    private final RunnerService runners;

    /** @param runners the runner protocol */
    @Activate
    public RunnersResource(@Reference RunnerService runners) {
        this.runners = runners;
    }

    // Administrators

    /** @param sc caller @return 204 */
    @POST
    @Path("registration-tokens/generate")
    public Response generateToken(@Context SecurityContext sc) {
        runners.generateRegistrationToken(Rest.caller(sc));
        return Response.noContent().build();
    }

    /** @param sc caller @param start offset @param count size @return tokens */
    @GET
    @Path("registration-tokens")
    public ResultList<Map<String, Object>> tokens(@Context SecurityContext sc, @QueryParam("start") String start,
                                                  @QueryParam("count") String count) {
        return runners.registrationTokens(Rest.caller(sc), Params.start(start), Params.count(count));
    }

    /** @param sc caller @param id token @return 204 */
    @DELETE
    @Path("registration-tokens/{id}")
    public Response deleteToken(@Context SecurityContext sc, @PathParam("id") String id) {
        runners.deleteRegistrationToken(Rest.caller(sc), id(id));
        return Response.noContent().build();
    }

    /** @param sc caller @param start offset @param count size @return runners */
    @GET
    public ResultList<Map<String, Object>> list(@Context SecurityContext sc, @QueryParam("start") String start,
                                                @QueryParam("count") String count) {
        return runners.runners(Rest.caller(sc), Params.start(start), Params.count(count));
    }

    /** @param sc caller @param id runner @return 204 */
    @DELETE
    @Path("{id: [0-9]+}")
    public Response deleteRunner(@Context SecurityContext sc, @PathParam("id") String id) {
        runners.deleteRunner(Rest.caller(sc), id(id));
        return Response.noContent().build();
    }

    /** @param sc caller @param uri query (start, count, stateOneOf) @return runner jobs */
    @GET
    @Path("jobs")
    public ResultList<Map<String, Object>> jobs(@Context SecurityContext sc, @Context UriInfo uri) {
        var q = uri.getQueryParameters();
        List<Integer> states = Params.intList(q, "stateOneOf");
        return runners.jobs(Rest.caller(sc), states, Params.start(q.getFirst("start")), Params.count(q.getFirst("count")));
    }

    /** @param sc caller @param uuid job @return 204 */
    @POST
    @Path("jobs/{uuid}/cancel")
    public Response cancel(@Context SecurityContext sc, @PathParam("uuid") String uuid) {
        runners.cancelJob(Rest.caller(sc), uuid);
        return Response.noContent().build();
    }

    /** The same, with the verb PeerTube's reference lists. @param sc caller @param uuid job @return 204 */
    @GET
    @Path("jobs/{uuid}/cancel")
    public Response cancelWithGet(@Context SecurityContext sc, @PathParam("uuid") String uuid) {
        return cancel(sc, uuid);
    }

    /** @param sc caller @param uuid job @return 204 */
    @DELETE
    @Path("jobs/{uuid}")
    public Response deleteJob(@Context SecurityContext sc, @PathParam("uuid") String uuid) {
        runners.deleteJob(Rest.caller(sc), uuid);
        return Response.noContent().build();
    }

    // Runners

    /** @param body {registrationToken, name, description, version} @param request for the address @return {id, runnerToken} */
    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> register(Map<String, Object> body, @Context HttpServletRequest request) {
        Map<String, Object> b = body(body);
        return runners.register(string(b, "registrationToken"), string(b, "name"), string(b, "description"),
            string(b, "version"), request.getRemoteAddr());
    }

    /** @param body {runnerToken} @return 204 */
    @POST
    @Path("unregister")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response unregister(Map<String, Object> body) {
        runners.unregister(string(body(body), "runnerToken"));
        return Response.noContent().build();
    }

    /** @param body {runnerToken, jobTypes} @param request for the address @return {availableJobs} */
    @POST
    @Path("jobs/request")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> request(Map<String, Object> body, @Context HttpServletRequest request) {
        Map<String, Object> b = body(body);
        List<String> types = new ArrayList<>();
        Object t = b.get("jobTypes");
        if (t instanceof List<?> l) {
            for (Object o : l) {
                types.add(String.valueOf(o));
            }
        } else if (t != null) {
            throw BobineException.badRequest("jobTypes must be a list");
        }
        return runners.request(string(b, "runnerToken"), types, request.getRemoteAddr());
    }

    /** @param uuid job @param body {runnerToken} @param request for the address @return {job} */
    @POST
    @Path("jobs/{uuid}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> accept(@PathParam("uuid") String uuid, Map<String, Object> body,
                                      @Context HttpServletRequest request) {
        return runners.accept(string(body(body), "runnerToken"), uuid, request.getRemoteAddr());
    }

    /** @param uuid job @param body {runnerToken, jobToken, progress} @return 204 */
    @POST
    @Path("jobs/{uuid}/update")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("uuid") String uuid, Map<String, Object> body) {
        Map<String, Object> b = body(body);
        Object p = b.get("progress");
        Integer progress;
        if (p == null) {
            progress = null;
        } else if (p instanceof Number n) {
            progress = (int) Math.round(n.doubleValue());
        } else {
            progress = Params.integer("progress", String.valueOf(p));
        }
        runners.update(string(b, "runnerToken"), uuid, string(b, "jobToken"), progress);
        return Response.noContent().build();
    }

    /** @param uuid job @param body {runnerToken, jobToken, message} @return 204 */
    @POST
    @Path("jobs/{uuid}/error")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response error(@PathParam("uuid") String uuid, Map<String, Object> body) {
        Map<String, Object> b = body(body);
        runners.error(string(b, "runnerToken"), uuid, string(b, "jobToken"), string(b, "message"));
        return Response.noContent().build();
    }

    /** @param uuid job @param body {runnerToken, jobToken, reason} @return 204 */
    @POST
    @Path("jobs/{uuid}/abort")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response abort(@PathParam("uuid") String uuid, Map<String, Object> body) {
        Map<String, Object> b = body(body);
        runners.abort(string(b, "runnerToken"), uuid, string(b, "jobToken"), string(b, "reason"));
        return Response.noContent().build();
    }

    /**
     * The result: a multipart body with {@code runnerToken} and {@code jobToken} first, then the files as
     * {@code payload[videoFile]} and {@code payload[resolutionPlaylistFile]}; files are streamed to disk.
     *
     * @param uuid    job
     * @param request the raw request
     * @return 204
     */
    @POST
    @Path("jobs/{uuid}/success")
    public Response success(@PathParam("uuid") String uuid, @Context HttpServletRequest request) {
        String[] tokens = {null, null};
        MultipartForm.read(request, FIELD_MAX, new MultipartForm.Parts() {
            @Override
            public void field(String name, String value) {
                if (name.equals("runnerToken")) {
                    tokens[0] = value;
                } else if (name.equals("jobToken")) {
                    tokens[1] = value;
                }
            }

            @Override
            public void file(String name, String filename, InputStream in) throws IOException {
                Matcher m = PAYLOAD_FILE.matcher(name);
                if (!m.matches()) {
                    throw BobineException.badRequest("Unexpected file field " + name);
                }
                if (tokens[0] == null || tokens[1] == null) {
                    throw BobineException.badRequest("runnerToken and jobToken must come before the files");
                }
                runners.receiveResult(tokens[0], uuid, tokens[1], m.group(1), in);
            }
        });
        String runnerToken = tokens[0];
        String jobToken = tokens[1];
        runners.success(runnerToken, uuid, jobToken);
        return Response.noContent().build();
    }

    /** @param uuid job @param videoId the job's video @param body tokens @return the video file to transcode */
    @POST
    @Path("jobs/{uuid}/files/videos/{videoId}/max-quality")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    public Response videoFile(@PathParam("uuid") String uuid, @PathParam("videoId") String videoId,
                              Map<String, Object> body) {
        Map<String, Object> b = body(body);
        return file(runners.input(string(b, "runnerToken"), uuid, string(b, "jobToken"), videoId, "max-quality"));
    }

    /** @param uuid job @param videoId the job's video @param body tokens @return the still image of an audio merge */
    @POST
    @Path("jobs/{uuid}/files/videos/{videoId}/previews/max-quality")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    public Response previewFile(@PathParam("uuid") String uuid, @PathParam("videoId") String videoId,
                                Map<String, Object> body) {
        Map<String, Object> b = body(body);
        return file(runners.input(string(b, "runnerToken"), uuid, string(b, "jobToken"), videoId, "preview"));
    }

    private static Response file(StoredFile f) {
        long size;
        try {
            size = Files.size(f.path());
        } catch (IOException e) {
            throw BobineException.notFound("The file is not available");
        }
        StreamingOutput out = os -> Files.copy(f.path(), os);
        return Response.ok(out, f.contentType()).header("Content-Length", size).build();
    }

    private static Map<String, Object> body(Map<String, Object> body) {
        if (body == null) {
            throw BobineException.badRequest("A JSON body is required");
        }
        return body;
    }

    private static String string(Map<String, Object> b, String field) {
        Object v = b.get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw BobineException.badRequest(field + " must be a string");
        }
        return s;
    }

    private static long id(String s) {
        Long id = Params.longValue("id", s);
        if (id == null) {
            throw BobineException.notFound("Not found");
        }
        return id;
    }
}
