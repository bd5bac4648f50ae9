package org.bobine.feed.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.bobine.core.api.event.BobineEvents;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The built feeds, by their parameters. Aggregators ask often and feeds change rarely, so a feed's bytes are
 * served again for {@code cacheSeconds} (PeerTube keeps them 15 minutes) with their {@code ETag} and
 * {@code Last-Modified} — but never once what they show changed. Two things say so, as the core's list cache
 * does with its generation: an event of another capability (a video published, a comment written or approved,
 * on Event Admin) moves this cache's generation forward; and every request gives the fingerprint of what the
 * feed would list now (the ids and update times of the videos or comments, from the core's own cached lists),
 * so a video deleted, edited or made private is gone from the next answer. One request per feed builds it
 * while the others asking for the same feed wait for its result.
 */
@Component(service = {FeedCache.class, EventHandler.class},
    property = EventConstants.EVENT_TOPIC + "=" + BobineEvents.PREFIX + "*")
public class FeedCache implements EventHandler {

    private static final int MAX_ENTRIES = 2_000;

    /** A built feed. */
    record Built(byte[] bytes, String etag, long lastModified, boolean cached) {
    }

    private record Entry(long generation, String fingerprint, long expiresAt, byte[] bytes, String etag, long lastModified) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    @Override
    public void handleEvent(Event event) {
        generation.incrementAndGet();
    }

    /**
     * @param key         the feed's parameters, normalised
     * @param fingerprint what the feed lists now
     * @param ttlSeconds  how long bytes are served again (0: never)
     * @param build       builds the bytes
     * @return the bytes, from the cache when nothing changed
     */
    Built get(String key, String fingerprint, int ttlSeconds, Supplier<byte[]> build) {
        Entry e = fresh(key, fingerprint);
        if (e != null) {
            return new Built(e.bytes(), e.etag(), e.lastModified(), true);
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            e = fresh(key, fingerprint);
            if (e != null) {
                return new Built(e.bytes(), e.etag(), e.lastModified(), true);
            }
            long gen = generation.get();
            byte[] bytes = build.get();
            String etag = etag(bytes);
            Entry old = entries.get(key);
            long now = System.currentTimeMillis();
            // Seconds, as HTTP dates have them; the same bytes keep the date they were first made.
            long lastModified = old != null && old.etag().equals(etag) ? old.lastModified() : now / 1000 * 1000;
            if (ttlSeconds > 0) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                    locks.clear();
                }
                entries.put(key, new Entry(gen, fingerprint, now + ttlSeconds * 1000L, bytes, etag, lastModified));
            }
            return new Built(bytes, etag, lastModified, false);
        }
    }

    private Entry fresh(String key, String fingerprint) {
        Entry e = entries.get(key);
        if (e != null && e.generation() == generation.get() && e.fingerprint().equals(fingerprint)
            && e.expiresAt() > System.currentTimeMillis()) {
            return e;
        }
        return null;
    }

    /** Forgets every built feed (the settings changed). */
    void clear() {
        entries.clear();
        generation.incrementAndGet();
    }

    /** @param bytes a feed @return its strong validator */
    static String etag(byte[] bytes) {
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(bytes)).substring(0, 27) + "\"";
    }

    /** @param text anything @return a short digest of it */
    static String digest(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
