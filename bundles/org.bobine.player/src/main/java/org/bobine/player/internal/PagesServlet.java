package org.bobine.player.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.instance.api.ConfigSection;
import org.bobine.instance.api.InstanceService;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.VideoDetails;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web front end on the API's port: every page route answers the same small HTML shell, which the
 * browser code ({@code /client/app.js}) fills from the REST API; watch and embed pages also carry the
 * video's OpenGraph and Twitter-card tags and an oEmbed link, so chat apps and Mastodon show a preview.
 * Serves the front end's files under {@code /client/} and the oEmbed endpoint {@code /services/oembed}.
 * Everything comes from this instance: the Content-Security-Policy allows no other host.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bobine-pages")
@HttpWhiteboardServletPattern({"/w/*", "/videos/*", "/c/*", "/a/*", "/search", "/login", "/my-videos", "/my-library/*", "/my-account/*",
    "/upload", "/admin/*", "/about", "/privacy", "/client/*", "/services/oembed"})
public class PagesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PagesServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WATCH = Pattern.compile("/(?:w|videos/watch|videos/embed)/([A-Za-z0-9-]{1,64})");
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
        + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self' ws: wss:; font-src 'self'; "
        + "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

    private final transient VideoService videos;
    private final transient InstanceService instance;
    private final transient Assets assets = new Assets(PagesServlet.class.getClassLoader());

    /** The feeds' section of the public configuration, while the feeds run: their links in the head. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, target = FeedLinks.TARGET)
    private transient volatile ConfigSection feeds;

    /**
     * @param videos   to describe watch pages
     * @param instance the instance's name and public URL
     */
    @Activate
    public PagesServlet(@Reference VideoService videos, @Reference InstanceService instance) {
        this.videos = videos;
        this.instance = instance;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        if (path.startsWith("/client/")) {
            asset(req, resp, path.substring("/client/".length()));
        } else if (path.equals("/services/oembed")) {
            oembed(req, resp);
        } else {
            page(req, resp, path);
        }
    }

    private void asset(HttpServletRequest req, HttpServletResponse resp, String name) throws IOException {
        Assets.Asset a = assets.get(name);
        if (a == null) {
            resp.sendError(404);
            return;
        }
        resp.setHeader("ETag", a.etag());
        // Names are stable (no hash in them): browsers revalidate after 5 minutes, cheaply with the ETag.
        resp.setHeader("Cache-Control", "public, max-age=300");
        if (a.etag().equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(304);
            return;
        }
        resp.setContentType(a.contentType());
        resp.setContentLength(a.bytes().length);
        resp.getOutputStream().write(a.bytes());
    }

    private void page(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        Assets.Asset shell = assets.get("index.html");
        if (shell == null) {
            resp.sendError(500);
            return;
        }
        boolean embed = path.startsWith("/videos/embed/");
        String title = instance.name();
        StringBuilder meta = new StringBuilder();
        Matcher m = WATCH.matcher(path);
        if (embed && m.matches()) {
            String refusal = embedRefusal(m.group(1));
            if (refusal != null) {
                byte[] body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + Html.escape(instance.name())
                    + "</title></head><body style=\"font-family:sans-serif;background:#000;color:#eee;display:flex;"
                    + "align-items:center;justify-content:center;height:100vh;margin:0\"><p>" + Html.escape(refusal)
                    + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
                resp.setStatus(403);
                resp.setContentType("text/html; charset=utf-8");
                resp.setHeader("Cache-Control", "no-cache");
                resp.setHeader("Content-Security-Policy", csp(true));
                resp.getOutputStream().write(body);
                return;
            }
        }
        String feedVideo = null;
        if (m.matches()) {
            VideoDetails v = publicVideo(m.group(1));
            if (v != null) {
                title = v.name + " - " + instance.name();
                meta.append(videoMeta(v));
                feedVideo = v.privacy != null && Integer.valueOf(1).equals(v.privacy.id) ? v.uuid : null;
            }
        }
        meta.append("<meta property=\"og:site_name\" content=\"").append(Html.escape(instance.name())).append("\">\n");
        String lang = language(req);
        meta.append(FeedLinks.tags(feeds, instance.publicUrl(), path, feedVideo, lang));
        byte[] bytes = shell(shell.bytes(), title, meta.toString(), embed, lang);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Language", lang);
        resp.setHeader("Vary", "Accept-Language, Cookie");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("Content-Security-Policy", csp(embed));
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private String language(HttpServletRequest req) {
        String cookie = null;
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (Languages.COOKIE.equals(c.getName())) {
                    cookie = c.getValue();
                }
            }
        }
        return Languages.forPage(cookie, req.getHeader("Accept-Language"), assets, instance);
    }

    /** The page's Content-Security-Policy: the embed page may be framed by any site, the others only here. */
    static String csp(boolean embed) {
        return CSP + "; frame-ancestors " + (embed ? "*" : "'self'");
    }

    /** The shell with its title, meta tags and body class filled in. */
    static byte[] shell(byte[] template, String title, String meta, boolean embed, String lang) {
        return new String(template, StandardCharsets.UTF_8)
            .replace("<html lang=\"en\">", "<html lang=\"" + lang + "\">")
            .replace("<title>Bobine</title>", "<title>" + Html.escape(title) + "</title>")
            .replace("<!-- meta -->", meta)
            .replace("<body>", embed ? "<body class=\"embed\">" : "<body>")
            .getBytes(StandardCharsets.UTF_8);
    }

    /** The video as an anonymous visitor sees it, or null (private, missing): no preview leaks it. */
    /** @return why a plugin refuses the embed page of a video, or null (also when the video is not public: the page says so) */
    private String embedRefusal(String id) {
        try {
            return videos.embedRefusal(Caller.ANONYMOUS, id);
        } catch (BobineException e) {
            return null;
        }
    }

    private VideoDetails publicVideo(String id) {
        try {
            return videos.get(Caller.ANONYMOUS, id);
        } catch (BobineException e) {
            return null;
        } catch (RuntimeException e) {
            LOG.warn("Could not describe video {} for its page", id, e);
            return null;
        }
    }

    private String videoMeta(VideoDetails v) {
        String base = instance.publicUrl();
        String url = base + "/w/" + v.shortUUID;
        String embed = base + "/videos/embed/" + v.uuid;
        String description = Html.plainExcerpt(v.description, 200);
        StringBuilder m = new StringBuilder();
        meta(m, "property", "og:type", "video.other");
        meta(m, "property", "og:title", v.name);
        meta(m, "property", "og:url", url);
        meta(m, "property", "og:description", description);
        if (v.previewPath != null) {
            meta(m, "property", "og:image", base + v.previewPath);
            meta(m, "property", "og:image:width", "850");
            meta(m, "property", "og:image:height", "480");
        }
        meta(m, "property", "og:video:url", embed);
        meta(m, "property", "og:video:secure_url", embed);
        meta(m, "property", "og:video:type", "text/html");
        meta(m, "property", "og:video:width", "1280");
        meta(m, "property", "og:video:height", "720");
        meta(m, "name", "description", description);
        meta(m, "name", "twitter:card", "player");
        meta(m, "name", "twitter:title", v.name);
        meta(m, "name", "twitter:description", description);
        meta(m, "name", "twitter:player", embed);
        meta(m, "name", "twitter:player:width", "1280");
        meta(m, "name", "twitter:player:height", "720");
        if (v.previewPath != null) {
            meta(m, "name", "twitter:image", base + v.previewPath);
        }
        m.append("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"")
            .append(Html.escape(base + "/services/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)))
            .append("\" title=\"").append(Html.escape(v.name)).append("\">\n");
        m.append("<link rel=\"canonical\" href=\"").append(Html.escape(url)).append("\">\n");
        return m.toString();
    }

    private static void meta(StringBuilder m, String attr, String key, String value) {
        m.append("<meta ").append(attr).append("=\"").append(key).append("\" content=\"").append(Html.escape(value))
            .append("\">\n");
    }

    /** oEmbed (https://oembed.com) for this instance's watch URLs, JSON only. */
    private void oembed(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String url = req.getParameter("url");
        String format = req.getParameter("format");
        if (format != null && !format.equals("json")) {
            resp.sendError(501, "Only the json format is served");
            return;
        }
        String base = instance.publicUrl();
        Matcher m = url == null ? null : WATCH.matcher(pathOf(url, base));
        VideoDetails v = m != null && m.matches() ? publicVideo(m.group(1)) : null;
        if (v == null) {
            resp.sendError(404, "No public video at that URL on this instance");
            return;
        }
        int width = bounded(req.getParameter("maxwidth"), 560);
        int height = bounded(req.getParameter("maxheight"), 315);
        String src = base + "/videos/embed/" + v.uuid;
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "video");
        o.put("version", "1.0");
        o.put("title", v.name);
        o.put("author_name", v.channel == null ? null : v.channel.displayName);
        o.put("author_url", v.channel == null ? null : v.channel.url);
        o.put("provider_name", instance.name());
        o.put("provider_url", base);
        o.put("html", "<iframe width=\"" + width + "\" height=\"" + height + "\" sandbox=\"allow-same-origin "
            + "allow-scripts allow-popups allow-forms\" title=\"" + Html.escape(v.name) + "\" src=\"" + Html.escape(src)
            + "\" style=\"border: 0px;\" allowfullscreen></iframe>");
        o.put("width", width);
        o.put("height", height);
        if (v.thumbnailPath != null) {
            o.put("thumbnail_url", base + v.thumbnailPath);
            o.put("thumbnail_width", 280);
            o.put("thumbnail_height", 157);
        }
        resp.setContentType("application/json");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        JSON.writeValue(resp.getOutputStream(), o);
    }

    /** The path of a URL on this instance, or "" for another host. */
    private static String pathOf(String url, String base) {
        try {
            URI u = URI.create(url);
            URI b = URI.create(base);
            if (u.getHost() == null || !u.getHost().equalsIgnoreCase(b.getHost()) || u.getPort() != b.getPort()) {
                return "";
            }
            return u.getPath() == null ? "" : u.getPath();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static int bounded(String value, int max) {
        try {
            int v = Integer.parseInt(value);
            return v > 0 ? Math.min(v, max) : max;
        } catch (NumberFormatException e) {
            return max;
        }
    }
}
