package org.bobine.feed.internal;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.bobine.core.api.BobineException;
import org.bobine.core.rest.support.Rest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * PeerTube's feed routes under {@code /feeds}: videos, comments, subscriptions and the podcast, in the format
 * the extension names. Thin: {@link Feeds} and {@link CommentFeeds} build them; this maps the switch (off:
 * 404), the validators ({@code ETag}, {@code Last-Modified}, answering 304) and the headers. Errors are the
 * platform's RFC 7807 problems.
 */
@Component(service = FeedsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.SELECT_JSON, Rest.SELECT_PROBLEMS})
@Path("/feeds")
public class FeedsResource {

    private final Feeds feeds;
    private final CommentFeeds comments;
    private final FeedSettings settings;

    /**
     * @param feeds    video feeds
     * @param comments comment feeds
     * @param settings the switch
     */
    @Activate
    public FeedsResource(@Reference Feeds feeds, @Reference CommentFeeds comments, @Reference FeedSettings settings) {
        this.feeds = feeds;
        this.comments = comments;
        this.settings = settings;
    }

    /** @param format xml, rss, atom, json @param uri the filters @param request validators @return the feed */
    @GET
    @Path("videos.{format}")
    public Response videos(@PathParam("format") String format, @Context UriInfo uri, @Context Request request) {
        Map<String, String> q = open(uri);
        return send(feeds.videos(Feeds.format(format, q.get("format")), q), request, true);
    }

    /** @param format xml, rss, atom, json @param uri videoId or a channel or account @param request validators @return the feed */
    @GET
    @Path("video-comments.{format}")
    public Response comments(@PathParam("format") String format, @Context UriInfo uri, @Context Request request) {
        Map<String, String> q = open(uri);
        return send(comments.comments(Feeds.format(format, q.get("format")), q), request, true);
    }

    /** @param format xml, rss, atom, json @param uri accountId, token and filters @param request validators @return the feed */
    @GET
    @Path("subscriptions.{format}")
    public Response subscriptions(@PathParam("format") String format, @Context UriInfo uri, @Context Request request) {
        Map<String, String> q = open(uri);
        return send(feeds.subscriptions(Feeds.format(format, q.get("format")), q), request, false);
    }

    /** @param uri videoChannelId @param request validators @return the podcast */
    @GET
    @Path("podcast/videos.xml")
    public Response podcast(@Context UriInfo uri, @Context Request request) {
        return send(feeds.podcast(open(uri)), request, true);
    }

    /** @return the query's first values, once the switch says feeds are on */
    private Map<String, String> open(UriInfo uri) {
        if (!settings.now().enabled()) {
            throw BobineException.notFound("Feeds are turned off on this instance");
        }
        Map<String, String> q = new HashMap<>();
        uri.getQueryParameters().forEach((k, v) -> {
            List<String> values = v;
            if (!values.isEmpty()) {
                q.put(k, values.get(0));
            }
        });
        return q;
    }

    private static Response send(Feeds.Answer a, Request request, boolean shared) {
        EntityTag tag = new EntityTag(a.etag().substring(1, a.etag().length() - 1));
        Date modified = new Date(a.lastModified());
        // Readers revalidate each time (cheaply, 304): a new video shows at once, not when a max-age runs out.
        String cacheControl = (shared ? "public" : "private") + ", max-age=0, must-revalidate";
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        if (notModified != null) {
            return notModified.header("Cache-Control", cacheControl).build();
        }
        Response.ResponseBuilder ok = Response.ok(a.bytes(), a.contentType()).tag(tag).lastModified(modified)
            .header("Cache-Control", cacheControl).header("X-Content-Type-Options", "nosniff")
            .header("Access-Control-Allow-Origin", "*");
        if (a.cached()) {
            ok.header("X-Api-Cache-Cached", "true");
        }
        return ok.build();
    }
}
