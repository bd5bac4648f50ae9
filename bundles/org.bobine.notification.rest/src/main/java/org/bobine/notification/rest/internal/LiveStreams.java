package org.bobine.notification.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.ws.rs.sse.OutboundSseEvent;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;
import org.bobine.account.api.AuthService;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.notification.api.NotificationListener;
import org.bobine.notification.api.NotificationService;
import org.bobine.notification.api.model.UserNotification;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open Server-Sent Events streams of notifications. Each is one live feed of the notification service
 * (which bounds how many are open per user and in all); every {@link #HEARTBEAT_SECONDS} seconds each gets a
 * comment line, which also tells a dead connection, and its bearer token is checked again, so a logout, a
 * block or the token's expiry closes the stream. All close when this component goes.
 */
@Component(service = LiveStreams.class)
public class LiveStreams {

    /** Seconds between two heartbeats (and token checks) of a stream. */
    static final int HEARTBEAT_SECONDS = 15;

    private static final Logger LOG = LoggerFactory.getLogger(LiveStreams.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final NotificationService notifications;
    private final AuthService auth;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bobine-notification-streams");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param notifications the live feeds
     * @param auth          tokens, checked again at every heartbeat
     */
    @Activate
    public LiveStreams(@Reference NotificationService notifications, @Reference AuthService auth) {
        this.notifications = notifications;
        this.auth = auth;
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        heartbeat.shutdownNow();
        open.forEach(Stream::close);
    }

    /**
     * @param caller the user
     * @param token  their access token
     * @param sink   the response's stream
     * @param sse    the event builder
     * @throws BobineException 429 when too many streams are open
     */
    void open(Caller caller, String token, SseEventSink sink, Sse sse) {
        Stream s = new Stream(caller, token, sink, sse);
        s.feed = notifications.listen(caller, s);
        open.add(s);
        s.send(s.event("unread", Map.of("unread", notifications.unreadCount(caller))));
    }

    private void beat() {
        for (Stream s : open) {
            try {
                Caller now = auth.authenticate(s.token);
                if (now.userId() != s.caller.userId()) {
                    s.close();
                } else {
                    s.send(s.sse.newEventBuilder().comment("heartbeat").build());
                }
            } catch (BobineException expired) {
                s.close();
            } catch (RuntimeException e) {
                LOG.debug("A notification stream failed", e);
                s.close();
            }
        }
    }

    /** @return the streams open now */
    int size() {
        return open.size();
    }

    /** One client's stream. */
    private final class Stream implements NotificationListener {
        final Caller caller;
        final String token;
        final SseEventSink sink;
        final Sse sse;
        final AtomicBoolean closed = new AtomicBoolean();
        volatile AutoCloseable feed;

        Stream(Caller caller, String token, SseEventSink sink, Sse sse) {
            this.caller = caller;
            this.token = token;
            this.sink = sink;
            this.sse = sse;
        }

        @Override
        public void changed(UserNotification notification, long unread) {
            if (notification == null) {
                send(event("unread", Map.of("unread", unread)));
            } else {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("notification", notification);
                data.put("unread", unread);
                send(event("notification", data));
            }
        }

        OutboundSseEvent event(String name, Object data) {
            try {
                return sse.newEventBuilder().name(name).data(JSON.writeValueAsString(data)).build();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        void send(OutboundSseEvent e) {
            if (closed.get()) {
                return;
            }
            if (sink.isClosed()) {
                close();
                return;
            }
            sink.send(e).exceptionally(failure -> {
                close();
                return null;
            });
        }

        void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            open.remove(this);
            try {
                AutoCloseable f = feed;
                if (f != null) {
                    f.close();
                }
            } catch (Exception e) {
                LOG.debug("Closing a live feed failed", e);
            }
            try {
                sink.close();
            } catch (RuntimeException e) {
                LOG.debug("Closing a notification stream failed", e);
            }
        }
    }
}
