package org.bobine.core.impl.internal.service;

import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Component;

/**
 * A counter every component that changes what a video list shows (videos, their tags and files, channel
 * and account names) moves forward, so caches of lists know at once that they are stale. In-process only,
 * like the caches it serves.
 */
@Component(service = VideoChanges.class)
public class VideoChanges {

    private final AtomicLong generation = new AtomicLong();

    /** Records that something listed has changed. */
    public void changed() {
        generation.incrementAndGet();
    }

    /** @return the current generation; a cached value made at another one is stale */
    public long generation() {
        return generation.get();
    }
}
