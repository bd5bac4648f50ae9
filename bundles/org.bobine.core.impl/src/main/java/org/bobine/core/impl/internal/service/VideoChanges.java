package org.bobine.core.impl.internal.service;

import java.util.concurrent.atomic.AtomicLong;
import org.bobine.core.api.event.BobineEvents;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * A counter every component that changes what a video list shows (videos, their tags and files, channel
 * and account names) moves forward, so caches of lists know at once that they are stale. In-process only,
 * like the caches it serves. It also tells other capabilities, through Event Admin, when a video becomes
 * visible beyond its owner ({@link BobineEvents#VIDEO_PUBLISHED}).
 */
@Component(service = VideoChanges.class)
public class VideoChanges {

    private final AtomicLong generation = new AtomicLong();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** Records that something listed has changed. */
    public void changed() {
        generation.incrementAndGet();
    }

    /** @return the current generation; a cached value made at another one is stale */
    public long generation() {
        return generation.get();
    }

    /**
     * @param v          the video, just published and not private (in its transaction)
     * @param transcoded whether the pipeline published it after the upload waited for it
     * @return {@link BobineEvents#VIDEO_PUBLISHED}, to {@link #post} once the transaction committed
     */
    static Event published(VideoEntity v, boolean transcoded) {
        return BobineEvents.event(BobineEvents.VIDEO_PUBLISHED, BobineEvents.VIDEO_ID, v.getId(), BobineEvents.VIDEO_UUID,
            v.getUuid(), BobineEvents.VIDEO_NAME, v.getName(), BobineEvents.PRIVACY, v.getPrivacy(),
            BobineEvents.CHANNEL_ID, v.getChannel().getId(), BobineEvents.OWNER, v.getChannel().getAccount().getName(),
            BobineEvents.TRANSCODED, transcoded);
    }

    /** @param event an event of a committed change, or null for none */
    void post(Event event) {
        EventAdmin admin = events;
        if (admin != null && event != null) {
            admin.postEvent(event);
        }
    }
}
