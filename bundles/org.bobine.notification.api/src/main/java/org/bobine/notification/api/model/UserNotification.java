package org.bobine.notification.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * PeerTube's {@code UserNotification}: one thing that happened for a user. Only the parts its type uses are
 * set; the others are left out of the JSON, as PeerTube does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class UserNotification {
    /** Id. */
    public long id;
    /** PeerTube's {@code UserNotificationType} (see {@link org.bobine.notification.api.NotificationTypes}). */
    public int type;
    /** Whether the user read it. */
    public boolean read;
    /** PeerTube 8's {@code data}: empty for every type this instance sends. */
    public Map<String, Object> data = Map.of();
    /** The video (new video from a subscription, my video published). */
    public VideoInfo video;
    /** The import (import finished or failed). */
    public VideoImportInfo videoImport;
    /** The comment (comment on my video, reply or mention). */
    public CommentInfo comment;
    /** The follow (new follower of my channel). */
    public ActorFollowInfo actorFollow;
    /** ISO-8601. */
    public String createdAt;
    /** ISO-8601. */
    public String updatedAt;
}
