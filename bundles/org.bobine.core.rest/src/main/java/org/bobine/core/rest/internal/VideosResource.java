package org.bobine.core.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.bobine.core.api.Caller;
import org.bobine.core.rest.support.MultipartForm;
import org.bobine.core.rest.support.Params;
import org.bobine.core.rest.support.Rest;
import org.bobine.core.rest.support.VideoExtras;
import org.bobine.instance.api.InstanceService;
import org.bobine.video.api.ImportService;
import org.bobine.video.api.StagedUpload;
import org.bobine.video.api.UploadService;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.UploadProgress;
import org.bobine.video.api.model.VideoAttributes;
import org.bobine.video.api.model.VideoRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Videos: list, get, update, delete, the constant tables, and both upload protocols. */
@Component(service = VideosResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_AUTH, Rest.SELECT_PROBLEMS})
@Path("/api/v1/videos")
@Produces(MediaType.APPLICATION_JSON)
public class VideosResource {

    private static final Pattern RANGE = Pattern.compile("bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18})");
    private static final Pattern RANGE_QUERY = Pattern.compile("bytes \\*/(\\d{1,18})");
    private static final Pattern TAG_FIELD = Pattern.compile("tags\\[(\\d{1,2})]");
    /** videoPasswords[0], videoPasswords[1]... or repeated videoPasswords / videoPasswords[]. */
    private static final Pattern PASSWORD_FIELD = Pattern.compile("videoPasswords(?:\\[(\\d{1,3})?\\])?");
    private static final int FIELD_MAX = 20_000;
    private static final int IMAGE_MAX = 8 * 1024 * 1024;

    private final VideoService videos;
    private final UploadService uploads;
    private final InstanceService instance;

    /** The caller's own fields on the videos answered (where they stopped watching). */
    @Reference
    private VideoExtras extras;
    private final ViewerKeys viewerKeys = new ViewerKeys();
    private final ImportService imports;

    /**
     * @param videos   videos
     * @param uploads  uploads
     * @param instance the instance, for upload URLs
     */
    @Activate
    public VideosResource(@Reference VideoService videos, @Reference UploadService uploads,
                          @Reference InstanceService instance,
                          @Reference ImportService imports) {
        this.imports = imports;
        this.videos = videos;
        this.uploads = uploads;
        this.instance = instance;
    }

    /**
     * PeerTube's view report ({@code currentTime}, optional {@code viewEvent}): runs the
     * {@code action:api.video.viewed} hooks and tells who counts views, with a key of the viewer that is
     * derived from nothing stored ({@link ViewerKeys}).
     *
     * @param sc      caller (may be anonymous)
     * @param request the client's address and user agent, for the viewer's key only
     * @param id      the video
     * @param body    {"currentTime": seconds, "viewEvent": "seek" | "watch"}
     * @return 204
     */
    @POST
    @Path("{id}/views")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response viewed(@Context SecurityContext sc, @Context HttpServletRequest request, @PathParam("id") String id,
                           Map<String, Object> body) {
        Object t = body == null ? null : body.get("currentTime");
        if (!(t instanceof Number n)) {
            throw BobineException.badRequest("currentTime is required: a number of seconds");
        }
        Object event = body.get("viewEvent");
        if (event != null && !(event instanceof String)) {
            throw BobineException.badRequest("viewEvent must be seek or watch");
        }
        Caller caller = Rest.caller(sc);
        videos.viewed(caller, id, n.doubleValue(), (String) event,
            viewerKeys.key(caller, request.getRemoteAddr(), request.getHeader("User-Agent")));
        return Response.noContent().build();
    }

    /**
     * PeerTube's import by URL, as JSON ({@code targetUrl}, {@code channelId}, {@code name}, ...).
     *
     * @param sc   caller
     * @param body the import
     * @return the import (PeerTube's VideoImport), 200
     */
    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> importJson(@Context SecurityContext sc, Map<String, Object> body) {
        if (body == null) {
            throw BobineException.badRequest("A body is required");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        body.forEach((k, v) -> {
            if (v != null && !(v instanceof Map) && !(v instanceof List)) {
                fields.put(k, String.valueOf(v));
            }
        });
        VideoAttributes a = attributes(fields);
        if (body.get("tags") instanceof List<?> tags) {
            a.tags = tags.stream().map(String::valueOf).toList();
        }
        return imports.start(Rest.caller(sc), fields.get("targetUrl"), a);
    }

    /**
     * PeerTube's import by URL as a multipart form (what the web client and peertube-cli send).
     *
     * @param sc      caller
     * @param request the form
     * @return the import
     */
    @POST
    @Path("imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Map<String, Object> importForm(@Context SecurityContext sc, @Context HttpServletRequest request) {
        Caller caller = Rest.caller(sc);
        caller.requireUser();
        VideoForm form = new VideoForm(null);
        MultipartForm.read(request, FIELD_MAX, form);
        return imports.start(caller, form.fields.get("targetUrl"), form.attributes());
    }

    /** @param sc caller @param uri query @return videos */
    @GET
    public Object list(@Context SecurityContext sc, @Context UriInfo uri) {
        Caller caller = Rest.caller(sc);
        return extras.page(caller, videos.list(caller, Params.videoQuery(uri)));
    }

    /** @return categories */
    @GET
    @Path("categories")
    public Map<String, String> categories() {
        return stringKeys(VideoConstants.CATEGORIES);
    }

    /** @return licences */
    @GET
    @Path("licences")
    public Map<String, String> licences() {
        return stringKeys(VideoConstants.LICENCES);
    }

    /** @return languages */
    @GET
    @Path("languages")
    public Map<String, String> languages() {
        return VideoConstants.LANGUAGES;
    }

    /** @return privacies; "Password protected" only while a plugin guards such videos */
    @GET
    @Path("privacies")
    public Map<String, String> privacies() {
        Map<String, String> all = stringKeys(VideoConstants.PRIVACIES);
        if (!videos.passwordProtectionAvailable()) {
            all.remove(String.valueOf(VideoConstants.PASSWORD_PROTECTED));
        }
        return all;
    }

    private static Map<String, String> stringKeys(Map<Integer, String> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** @param sc caller @param id id, UUID or short UUID @return the video */
    @GET
    @Path("{id}")
    public Object get(@Context SecurityContext sc, @PathParam("id") String id) {
        Caller caller = Rest.caller(sc);
        return extras.video(caller, videos.get(caller, id));
    }

    /** @param sc caller @param id video @param body changes @return 204 */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Context SecurityContext sc, @PathParam("id") String id, VideoAttributes body) {
        UsersResource.requireBody(body);
        videos.update(Rest.caller(sc), id, body);
        return Response.noContent().build();
    }

    /**
     * PeerTube's update with images: the same fields as multipart form fields, plus {@code thumbnailfile} and
     * {@code previewfile}. Images are checked before anything changes.
     *
     * @param sc      caller
     * @param id      video
     * @param request the raw request
     * @return 204
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response updateWithImages(@Context SecurityContext sc, @PathParam("id") String id,
                                     @Context HttpServletRequest request) {
        Caller caller = Rest.caller(sc);
        caller.requireUser();
        VideoForm form = new VideoForm(null);
        MultipartForm.read(request, FIELD_MAX, form);
        videos.update(caller, id, form.hasAttributes() ? form.attributes() : null, form.thumbnail, form.preview);
        return Response.noContent().build();
    }

    /** @param sc caller @param id video @return 204 */
    @DELETE
    @Path("{id}")
    public Response delete(@Context SecurityContext sc, @PathParam("id") String id) {
        videos.delete(Rest.caller(sc), id);
        return Response.noContent().build();
    }

    /**
     * PeerTube's legacy upload: one multipart request with the fields, then the file.
     *
     * @param sc      caller
     * @param request the raw request, read as a stream
     * @return the new video's ids, 200 as PeerTube answers
     */
    @POST
    @Path("upload")
    public Map<String, Object> upload(@Context SecurityContext sc, @Context HttpServletRequest request) {
        Caller caller = Rest.caller(sc);
        caller.requireUser();
        StagedUpload[] staged = {null};
        String[] filename = {null};
        boolean handedOver = false;
        try {
            VideoForm form = new VideoForm((name, file, in) -> {
                if (!name.equals("videofile")) {
                    return false;
                }
                if (staged[0] != null) {
                    throw BobineException.badRequest("Only one videofile is allowed");
                }
                filename[0] = file;
                staged[0] = uploads.stage(caller, in);
                return true;
            });
            MultipartForm.read(request, FIELD_MAX, form);
            if (staged[0] == null) {
                throw BobineException.badRequest("videofile is required");
            }
            VideoAttributes attrs = form.attributes();
            handedOver = true;
            VideoRef ref = uploads.upload(caller, attrs, filename[0], staged[0],
                form.thumbnail != null ? form.thumbnail : form.preview);
            return Map.of("video", ref);
        } finally {
            if (!handedOver) {
                uploads.discard(staged[0]);
            }
        }
    }

    /**
     * The form PeerTube clients send to upload or update a video: its fields, tags as {@code tags[i]} (or
     * repeated {@code tags}), {@code thumbnailfile} and {@code previewfile}; other files go to {@code files}
     * or are skipped.
     */
    private static final class VideoForm implements MultipartForm.Parts {
        /** Takes a file part it wants (returns true) or leaves it (false). */
        interface Files {
            boolean take(String name, String filename, InputStream in) throws IOException;
        }

        private final Files files;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final TreeMap<Integer, String> tags = new TreeMap<>();
        private final TreeMap<Integer, String> passwords = new TreeMap<>();
        private final Map<String, String> pluginData = new LinkedHashMap<>();
        private byte[] thumbnail;
        private byte[] preview;

        VideoForm(Files files) {
            this.files = files;
        }

        @Override
        public void field(String name, String value) {
            Matcher m = TAG_FIELD.matcher(name);
            if (m.matches()) {
                tags.put(Integer.valueOf(m.group(1)), value);
            } else if (name.equals("tags") || name.equals("tags[]")) {
                tags.put(tags.isEmpty() ? 0 : tags.lastKey() + 1, value);
            } else if (name.startsWith("pluginData[") && name.endsWith("]")) {
                pluginData.put(name.substring("pluginData[".length(), name.length() - 1), value);
            } else if (PASSWORD_FIELD.matcher(name).matches()) {
                Matcher pm = PASSWORD_FIELD.matcher(name);
                pm.matches();
                passwords.put(pm.group(1) != null ? Integer.valueOf(pm.group(1))
                    : passwords.isEmpty() ? 0 : passwords.lastKey() + 1, value);
            } else {
                fields.put(name, value);
            }
        }

        @Override
        public void file(String name, String filename, InputStream in) throws IOException {
            if (name.equals("thumbnailfile")) {
                thumbnail = MultipartForm.bounded(in, IMAGE_MAX, name);
            } else if (name.equals("previewfile")) {
                preview = MultipartForm.bounded(in, IMAGE_MAX, name);
            } else if (files == null || !files.take(name, filename, in)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }

        boolean hasAttributes() {
            return !fields.isEmpty() || !tags.isEmpty() || !passwords.isEmpty();
        }

        VideoAttributes attributes() {
            VideoAttributes a = VideosResource.attributes(fields);
            if (!tags.isEmpty()) {
                a.tags = new ArrayList<>(tags.values());
            }
            if (!passwords.isEmpty()) {
                a.videoPasswords = new ArrayList<>(passwords.values());
            }
            if (!pluginData.isEmpty()) {
                a.pluginData = pluginData;
            }
            return a;
        }
    }

    static VideoAttributes attributes(Map<String, String> f) {
        VideoAttributes a = new VideoAttributes();
        a.name = f.get("name");
        a.channelId = Params.longValue("channelId", f.get("channelId"));
        a.privacy = Params.integer("privacy", f.get("privacy"));
        a.category = Params.integer("category", f.get("category"));
        a.licence = Params.integer("licence", f.get("licence"));
        a.language = emptyToNull(f.get("language"));
        a.description = emptyToNull(f.get("description"));
        a.support = emptyToNull(f.get("support"));
        a.commentsPolicy = Params.integer("commentsPolicy", f.get("commentsPolicy"));
        a.commentsEnabled = Params.bool("commentsEnabled", f.get("commentsEnabled"));
        a.downloadEnabled = Params.bool("downloadEnabled", f.get("downloadEnabled"));
        a.nsfw = Params.bool("nsfw", f.get("nsfw"));
        a.waitTranscoding = Params.bool("waitTranscoding", f.get("waitTranscoding"));
        a.originallyPublishedAt = emptyToNull(f.get("originallyPublishedAt"));
        return a;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * Opens a resumable upload (PeerTube's protocol).
     *
     * @param sc     caller
     * @param length X-Upload-Content-Length
     * @param body   the video's attributes, with filename
     * @return 201 with the session's Location
     */
    @POST
    @Path("upload-resumable")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startResumable(@Context SecurityContext sc, @HeaderParam("X-Upload-Content-Length") String length,
                                   VideoAttributes body) {
        UsersResource.requireBody(body);
        Long size = Params.longValue("X-Upload-Content-Length", length);
        if (size == null) {
            throw BobineException.badRequest("X-Upload-Content-Length is required");
        }
        UploadProgress p = uploads.startResumable(Rest.caller(sc), body, size);
        URI location = URI.create("//" + instance.host() + "/api/v1/videos/upload-resumable?upload_id=" + p.uploadId());
        return Response.status(201).location(location).header("Content-Length", 0).build();
    }

    /**
     * Receives a chunk, or answers where a session stands ({@code Content-Range: bytes *}/total).
     *
     * @param sc       caller
     * @param uploadId the session
     * @param range    Content-Range
     * @param body     the chunk
     * @return 308 with Range until the last chunk, then 200 with the video
     */
    @PUT
    @Path("upload-resumable")
    @Consumes(MediaType.WILDCARD)
    public Response putChunk(@Context SecurityContext sc, @QueryParam("upload_id") String uploadId,
                             @HeaderParam("Content-Range") String range, InputStream body) {
        Caller caller = Rest.caller(sc);
        caller.requireUser();
        UploadProgress p;
        if (range == null || RANGE_QUERY.matcher(range.trim()).matches()) {
            p = uploads.resumableStatus(caller, uploadId);
        } else {
            Matcher m = RANGE.matcher(range.trim());
            if (!m.matches()) {
                throw BobineException.badRequest("Content-Range must be 'bytes first-last/total'");
            }
            p = uploads.appendResumable(caller, uploadId, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)), body);
        }
        if (p.complete()) {
            return Response.ok(Map.of("video", p.video())).build();
        }
        Response.ResponseBuilder r = Response.status(308);
        if (p.received() > 0) {
            r.header("Range", "bytes=0-" + (p.received() - 1));
        }
        return r.header("Content-Length", 0).build();
    }

    /**
     * @param sc       caller
     * @param uploadId the session
     * @return 204
     */
    @DELETE
    @Path("upload-resumable")
    public Response cancel(@Context SecurityContext sc, @QueryParam("upload_id") String uploadId) {
        uploads.cancelResumable(Rest.caller(sc), uploadId);
        return Response.noContent().build();
    }
}
