package org.bobine.feed.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the feeds, PID {@code org.bobine.feed} (etc/org.bobine.feed.cfg). A change applies at once,
 * without restarting anything; {@code BOBINE_FEEDS_ENABLED} wins over {@link #enabled()}.
 */
@ObjectClassDefinition(name = "Bobine feeds", description = "RSS, Atom, JSON and podcast feeds of videos and comments")
@interface FeedConfig {

    @AttributeDefinition(description = "Whether /feeds/* answers; off: 404 there, and the pages drop their feed links")
    boolean enabled() default true;

    @AttributeDefinition(description = "Videos in a video feed (1 to 100)")
    int videosCount() default 20;

    @AttributeDefinition(description = "Comments in a comment feed (1 to 100)")
    int commentsCount() default 20;

    @AttributeDefinition(description = "Seconds a built feed is served again while nothing it shows changed (0: not cached)")
    int cacheSeconds() default 900;
}
