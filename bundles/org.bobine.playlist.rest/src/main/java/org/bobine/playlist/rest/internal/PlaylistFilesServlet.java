package org.bobine.playlist.rest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bobine.playlist.api.PlaylistService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves playlists' uploaded thumbnails ({@code /lazy-static/playlist-thumbnails/<name>}, each name new and
 * random, so it is cached for a year), and sends browsers that open a playlist's URL
 * ({@code /video-playlists/<uuid>}, what federation will dereference) to its page.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bobine-playlist-files")
@HttpWhiteboardServletPattern({"/lazy-static/playlist-thumbnails/*", "/video-playlists/*"})
public class PlaylistFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final transient PlaylistService playlists;

    /** @param playlists where the thumbnails are */
    @Activate
    public PlaylistFilesServlet(@Reference PlaylistService playlists) {
        this.playlists = playlists;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (req.getServletPath().equals("/video-playlists")) {
            if (UUID_FORM.matcher(name).matches()) {
                resp.sendRedirect("/videos/watch/playlist/" + name);
            } else {
                resp.sendError(404);
            }
            return;
        }
        Path file = playlists.thumbnailFile(name);
        if (file == null) {
            resp.sendError(404);
            return;
        }
        resp.setContentType(name.endsWith(".webp") ? "image/webp" : "image/jpeg");
        resp.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        resp.setContentLengthLong(Files.size(file));
        Files.copy(file, resp.getOutputStream());
    }
}
