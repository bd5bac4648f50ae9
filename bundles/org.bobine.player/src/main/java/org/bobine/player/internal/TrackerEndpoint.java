package org.bobine.player.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.websocket.CloseReason;
import javax.websocket.OnClose;
import javax.websocket.OnError;
import javax.websocket.OnMessage;
import javax.websocket.OnOpen;
import javax.websocket.Session;
import javax.websocket.server.ServerEndpoint;
import org.bobine.core.api.Caller;
import org.bobine.video.api.StaticFileService;
import org.bobine.video.api.VideoService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket tracker at {@code /tracker/socket}, registered with Pax Web's WebSocket whiteboard
 * (service property {@code org.ops4j.pax.web.http.whiteboard.websocket=true}) in a servlet context of its
 * own ({@link TrackerContext}, path {@code /tracker}): adding WebSocket support to a context restarts it, and
 * restarting the root context would lose the JAX-RS endpoints registered there. The container may make an
 * endpoint object per connection, so the swarms live in one {@link Tracker} shared through a static field
 * that this component sets while it is active; without it, connections are closed at once.
 */
@Component(service = Object.class, property = {"org.ops4j.pax.web.http.whiteboard.websocket=true",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=" + TrackerContext.NAME + ")"})
@ServerEndpoint("/socket")
public class TrackerEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(TrackerEndpoint.class);
    private static final int MAX_MESSAGE = 64 * 1024;
    private static volatile Tracker tracker;
    private static final Map<String, Tracker.Connection> CONNECTIONS = new ConcurrentHashMap<>();

    /** For the WebSocket container, which may instantiate endpoints itself. */
    public TrackerEndpoint() {
    }

    /**
     * @param videos which videos have HLS playlists
     * @param files  their master playlists (public and unlisted videos only)
     */
    @Activate
    public TrackerEndpoint(@Reference VideoService videos, @Reference StaticFileService files) {
        tracker = new Tracker(() -> videos.hlsRenditionCounts().keySet(), uuid -> {
            try {
                return Files.readString(files.resolve(Caller.ANONYMOUS, StaticFileService.Kind.HLS,
                    uuid + "/master.m3u8").path());
            } catch (IOException | RuntimeException e) {
                return null;
            }
        });
        LOG.info("P2P tracker listening on /tracker/socket");
    }

    @Deactivate
    void close() {
        tracker = null;
    }

    /** @param session a new peer */
    @OnOpen
    public void open(Session session) throws IOException {
        if (tracker == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "tracker stopping"));
            return;
        }
        session.setMaxTextMessageBufferSize(MAX_MESSAGE);
        session.setMaxIdleTimeout(5 * 60_000);
        CONNECTIONS.put(session.getId(), text -> session.getAsyncRemote().sendText(text));
    }

    /** @param session the peer @param text its message */
    @OnMessage
    public void message(Session session, String text) {
        Tracker t = tracker;
        Tracker.Connection c = CONNECTIONS.get(session.getId());
        if (t != null && c != null) {
            t.onMessage(c, text);
        }
    }

    /** @param session the peer that left */
    @OnClose
    public void closed(Session session) {
        Tracker.Connection c = CONNECTIONS.remove(session.getId());
        Tracker t = tracker;
        if (c != null && t != null) {
            t.onClose(c);
        }
    }

    /** @param session the peer @param error what went wrong with its socket */
    @OnError
    public void error(Session session, Throwable error) {
        LOG.debug("Tracker socket error: {}", error.toString());
        closed(session);
    }
}
