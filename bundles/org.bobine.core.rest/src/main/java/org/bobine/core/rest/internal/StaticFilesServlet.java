package org.bobine.core.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bobine.account.api.AuthService;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.video.api.StaticFileService;
import org.bobine.video.api.StaticFileService.Kind;
import org.bobine.video.api.StoredFile;
import org.bobine.video.api.VideoService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves stored media files at PeerTube's URLs, with single byte ranges (seeking in players, web seeds),
 * validators and cache headers; the {@code /download/} variants add an attachment disposition. Privacy
 * is checked per request by {@link StaticFileService}: files of private and internal videos are served only
 * to callers with a bearer token that may see the video, and never marked cacheable by shared caches.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bobine-static-files")
@HttpWhiteboardServletPattern({"/static/web-videos/*", "/lazy-static/torrents/*", "/lazy-static/thumbnails/*",
    "/lazy-static/previews/*", "/static/streaming-playlists/hls/*", "/download/web-videos/*", "/download/torrents/*"})
public class StaticFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(StaticFilesServlet.class);
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final transient StaticFileService files;
    private final transient AuthService auth;
    private final transient VideoService videos;

    /**
     * @param files file resolution
     * @param auth  token resolution
     * @param videos the download hooks
     */
    @Activate
    public StaticFilesServlet(@Reference StaticFileService files, @Reference AuthService auth,
                              @Reference VideoService videos) {
        this.videos = videos;
        this.files = files;
        this.auth = auth;
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, false);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, true);
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp, boolean body) throws IOException {
        try {
            String prefix = req.getServletPath();
            String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
            Kind kind = switch (prefix) {
                case "/static/web-videos", "/download/web-videos" -> Kind.WEB_VIDEO;
                case "/lazy-static/torrents", "/download/torrents" -> Kind.TORRENT;
                case "/lazy-static/previews" -> Kind.PREVIEW;
                case "/static/streaming-playlists/hls" -> Kind.HLS;
                default -> Kind.THUMBNAIL;
            };
            Caller caller = caller(req);
            StoredFile f = files.resolve(caller, kind, name);
            if (prefix.startsWith("/download/")) {
                String uuid = files.videoOf(kind, name);
                String refusal = uuid == null ? null : videos.downloadRefusal(caller, uuid, name);
                if (refusal != null) {
                    throw BobineException.forbidden(refusal);
                }
            }
            send(req, resp, f, name, prefix.startsWith("/download/"), body);
        } catch (BobineException e) {
            problem(resp, e.status(), e.code(), e.getMessage());
        }
    }

    private Caller caller(HttpServletRequest req) {
        String h = req.getHeader("Authorization");
        Caller caller = Caller.ANONYMOUS;
        if (h != null && !h.isBlank()) {
            if (!h.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new BobineException(401, "invalid_token", "Token is invalid");
            }
            caller = auth.authenticate(h.substring(7).trim());
        }
        return caller.withRequest(req.getHeader("x-peertube-video-password"), req.getRemoteAddr());
    }

    private void send(HttpServletRequest req, HttpServletResponse resp, StoredFile f, String name, boolean download,
                      boolean body) throws IOException {
        long size = Files.size(f.path());
        long modified = Files.getLastModifiedTime(f.path()).toMillis();
        String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified) + "\"";
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", modified);
        resp.setHeader("Accept-Ranges", "bytes");
        resp.setHeader("Cache-Control", f.cacheable() ? "public, max-age=31536000, immutable" : "private, no-store");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setContentType(f.contentType());
        if (download) {
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + name.substring(name.lastIndexOf('/') + 1) + "\"");
        }
        if (etag.equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(304);
            return;
        }
        long start = 0;
        long end = size - 1;
        String range = req.getHeader("Range");
        if (range != null) {
            Matcher m = RANGE.matcher(range.trim());
            boolean ok = m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty());
            if (ok) {
                if (m.group(1).isEmpty()) {
                    start = Math.max(0, size - Long.parseLong(m.group(2)));
                } else {
                    start = Long.parseLong(m.group(1));
                    end = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
                }
                ok = start <= end && start < size;
            }
            if (!ok) {
                resp.setHeader("Content-Range", "bytes */" + size);
                problem(resp, 416, null, "The requested range is not satisfiable");
                return;
            }
            resp.setStatus(206);
            resp.setHeader("Content-Range", "bytes " + start + "-" + end + "/" + size);
        }
        long length = end - start + 1;
        resp.setContentLengthLong(length);
        if (!body) {
            return;
        }
        try (FileChannel ch = FileChannel.open(f.path(), StandardOpenOption.READ);
             InputStream in = Channels.newInputStream(ch.position(start))) {
            OutputStream out = resp.getOutputStream();
            byte[] buf = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int r = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (r < 0) {
                    break;
                }
                out.write(buf, 0, r);
                left -= r;
            }
        } catch (IOException e) {
            LOG.debug("Client went away while reading {}", name, e);
        }
    }

    private static void problem(HttpServletResponse resp, int status, String code, String detail) throws IOException {
        resp.setStatus(status);
        resp.setContentType(Problems.PROBLEM_JSON);
        resp.setHeader("Cache-Control", "no-store");
        byte[] json = JsonProvider.MAPPER.writeValueAsBytes(Problems.body(status, code, detail));
        resp.setContentLength(json.length);
        resp.getOutputStream().write(json);
    }
}
