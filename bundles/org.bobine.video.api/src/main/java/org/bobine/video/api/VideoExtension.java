package org.bobine.video.api;

import java.util.Collection;
import java.util.Map;
import org.bobine.core.api.Caller;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a capability adds to the videos a logged-in user is answered, about that user (PeerTube's
 * {@code userHistory}: where they stopped). Registered as a whiteboard service; the REST layer asks every one
 * for the videos of each answer to a logged-in caller and adds the fields to that answer only (lists are
 * shared by everyone and never changed).
 */
@ConsumerType
public interface VideoExtension {

    /**
     * Must be quick: it runs on every answer to a logged-in user, with one query for all the videos at most.
     *
     * @param caller   a logged-in user
     * @param videoIds the videos answered
     * @return for the videos that have any, the fields to add (name to a JSON-serialisable value)
     */
    Map<Long, Map<String, Object>> fields(Caller caller, Collection<Long> videoIds);
}
