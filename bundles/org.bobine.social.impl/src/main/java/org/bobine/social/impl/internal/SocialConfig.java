package org.bobine.social.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the social capability, PID {@code org.bobine.social} (etc/org.bobine.social.cfg). A change
 * applies at once, without restarting anything.
 */
@ObjectClassDefinition(name = "Bobine social", description = "Comments, ratings and views")
public @interface SocialConfig {

    @AttributeDefinition(description = "Whether videos may be commented on this instance (each video's policy applies within)")
    boolean commentsEnabled() default true;

    @AttributeDefinition(description = "Whether everyone sees how many dislikes a video has; when false only its owner does")
    boolean dislikesPublic() default true;

    @AttributeDefinition(description = "Seconds a viewer must watch before a view counts (half of a shorter video is enough)")
    int countViewAfterSeconds() default 10;

    @AttributeDefinition(description = "Minutes during which one viewer counts once per video")
    int viewExpirationMinutes() default 60;

    @AttributeDefinition(description = "Seconds between two writes of counted views (a crash loses at most this window)")
    int viewFlushSeconds() default 10;

    @AttributeDefinition(description = "Days of views that make a video's place in Trending (1 to 30)")
    int trendingDays() default 2;
}
