package org.bobine.core.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.bobine.account.api.AuthService;
import org.bobine.account.api.UserExtension;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.TokenResponse;
import org.bobine.account.api.model.User;
import org.bobine.account.api.model.UserCreate;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.ErrorCodes;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.video.api.ImportService;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.Video;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Users: tokens (PeerTube's OAuth endpoints live here), create (administrators), register, me, my videos, list, block. */
@Component(service = UsersResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    private final UserService users;
    private final AuthService auth;
    private final VideoService videos;
    private final ImportService imports;
    /** What capabilities keep of users beyond the account (history switch, notification settings, playlists). */
    private final List<UserExtension> extensions = new CopyOnWriteArrayList<>();

    /**
     * @param users  users
     * @param auth   tokens
     * @param videos videos
     */
    @Activate
    public UsersResource(@Reference UserService users, @Reference AuthService auth, @Reference VideoService videos,
                         @Reference ImportService imports) {
        this.imports = imports;
        this.users = users;
        this.auth = auth;
        this.videos = videos;
    }

    /** @param sc caller @param start offset @param count size @return users */
    @GET
    public ResultList<User> list(@Context SecurityContext sc, @QueryParam("start") String start,
                                 @QueryParam("count") String count) {
        return users.list(Rest.caller(sc), Params.start(start), Params.count(count));
    }

    /** @param sc caller @param body user @return ids */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> create(@Context SecurityContext sc, UserCreate body) {
        requireBody(body);
        User u = users.create(Rest.caller(sc), body);
        return Map.of("user", Map.of("id", u.id, "account", Map.of("id", u.account.id)));
    }

    /** @param body registration @return 204 */
    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(UserCreate body) {
        requireBody(body);
        users.register(body);
        return Response.noContent().build();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExtension(UserExtension e) {
        extensions.add(e);
    }

    void removeExtension(UserExtension e) {
        extensions.remove(e);
    }

    /** @param sc caller @return the caller, with what each capability keeps of them */
    @GET
    @Path("me")
    public User me(@Context SecurityContext sc) {
        Caller caller = Rest.caller(sc);
        User me = users.me(caller);
        for (UserExtension e : extensions) {
            e.complete(caller, me);
        }
        return me;
    }

    /**
     * PeerTube's {@code PUT /users/me}: each field goes to the capability that keeps it; every field is checked
     * before any is stored, and a field no capability keeps is refused rather than silently dropped.
     *
     * @param sc   caller
     * @param body fields to change
     * @return 204
     */
    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateMe(@Context SecurityContext sc, Map<String, Object> body) {
        Caller caller = Rest.caller(sc);
        users.me(caller);
        if (body == null || body.isEmpty()) {
            throw BobineException.badRequest("Nothing to change");
        }
        List<UserExtension> now = List.copyOf(extensions);
        for (String field : body.keySet()) {
            if (now.stream().noneMatch(e -> e.fields().contains(field))) {
                throw BobineException.badRequest(field + ": cannot be changed on this instance");
            }
        }
        for (UserExtension e : now) {
            e.check(body);
        }
        for (UserExtension e : now) {
            e.update(caller, body);
        }
        return Response.noContent().build();
    }

    /** @param sc caller @param uri query @return the caller's videos */
    @GET
    @Path("me/videos")
    public ResultList<Video> myVideos(@Context SecurityContext sc, @Context UriInfo uri) {
        return videos.listMine(Rest.caller(sc), Params.videoQuery(uri));
    }

    /**
     * @param sc    caller
     * @param start offset
     * @param count page size
     * @return the caller's imports by URL, newest first, with their state and progress
     */
    @GET
    @Path("me/videos/imports")
    public ResultList<Map<String, Object>> myImports(@Context SecurityContext sc, @QueryParam("start") @DefaultValue("0") int start,
                                                     @QueryParam("count") @DefaultValue("15") int count) {
        return imports.mine(Rest.caller(sc), start, count);
    }

    /** @param sc caller @param id user @param body reason @return 204 */
    @POST
    @Path("{id}/block")
    public Response block(@Context SecurityContext sc, @PathParam("id") String id, Map<String, String> body) {
        users.setBlocked(Rest.caller(sc), Params.longValue("id", id), true, body == null ? null : body.get("reason"));
        return Response.noContent().build();
    }

    /** @param sc caller @param id user @return 204 */
    @POST
    @Path("{id}/unblock")
    public Response unblock(@Context SecurityContext sc, @PathParam("id") String id) {
        users.setBlocked(Rest.caller(sc), Params.longValue("id", id), false, null);
        return Response.noContent().build();
    }

    /**
     * @param form    the form
     * @param request the request, for the client's address
     * @return a token pair
     */
    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(MultivaluedMap<String, String> form, @Context HttpServletRequest request) {
        String grant = form.getFirst("grant_type");
        TokenResponse t;
        if ("password".equals(grant)) {
            t = auth.passwordGrant(form.getFirst("client_id"), form.getFirst("client_secret"),
                form.getFirst("username"), form.getFirst("password"), request.getRemoteAddr());
        } else if ("refresh_token".equals(grant)) {
            t = auth.refreshGrant(form.getFirst("client_id"), form.getFirst("client_secret"),
                form.getFirst("refresh_token"));
        } else {
            throw new BobineException(400, ErrorCodes.UNSUPPORTED_GRANT_TYPE,
                "Unsupported grant type: grant_type is invalid");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token_type", t.tokenType());
        body.put("access_token", t.accessToken());
        body.put("refresh_token", t.refreshToken());
        body.put("expires_in", t.expiresIn());
        body.put("refresh_token_expires_in", t.refreshTokenExpiresIn());
        return Response.ok(body).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    /**
     * @param authorization the bearer token to revoke
     * @return success
     */
    @POST
    @Path("revoke-token")
    public Map<String, Object> revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new BobineException(401, ErrorCodes.INVALID_TOKEN, "Token is invalid");
        }
        auth.revoke(authorization.substring(7).trim());
        return Map.of("success", true);
    }

    static void requireBody(Object body) {
        if (body == null) {
            throw BobineException.badRequest("A JSON body is required");
        }
    }
}
