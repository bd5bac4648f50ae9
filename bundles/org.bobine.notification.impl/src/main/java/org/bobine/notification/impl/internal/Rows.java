package org.bobine.notification.impl.internal;

import java.time.Instant;
import org.bobine.account.api.model.ActorSummary;
import org.bobine.notification.api.NotificationTypes;
import org.bobine.notification.api.model.ActorFollowInfo;
import org.bobine.notification.api.model.ActorInfo;
import org.bobine.notification.api.model.CommentInfo;
import org.bobine.notification.api.model.UserNotification;
import org.bobine.notification.api.model.VideoImportInfo;
import org.bobine.notification.api.model.VideoInfo;
import org.bobine.notification.impl.internal.entity.NotificationEntity;
import org.bobine.video.api.model.VideoDetails;

/** A notification's row as PeerTube's {@code UserNotification}, with the video as the recipient sees it now. */
final class Rows {

    private Rows() {
    }

    /**
     * @param n     the row
     * @param video its video as the recipient may see it now, or null when it has none
     * @param host  this instance's host
     * @return the notification
     */
    static UserNotification dto(NotificationEntity n, VideoDetails video, String host) {
        UserNotification u = new UserNotification();
        u.id = n.getId();
        u.type = n.getType();
        u.read = n.isReadFlag();
        u.createdAt = Instant.ofEpochMilli(n.getCreatedAt()).toString();
        u.updatedAt = Instant.ofEpochMilli(n.getUpdatedAt()).toString();
        switch (n.getType()) {
            case NotificationTypes.NEW_VIDEO_FROM_SUBSCRIPTION, NotificationTypes.MY_VIDEO_PUBLISHED -> {
                u.video = video(n, video);
                u.video.channel = video == null ? null : actor(video.channel, host);
            }
            case NotificationTypes.NEW_COMMENT_ON_MY_VIDEO, NotificationTypes.COMMENT_MENTION -> {
                CommentInfo c = new CommentInfo();
                c.id = n.getCommentId() == null ? 0 : n.getCommentId();
                c.threadId = n.getThreadId() == null ? c.id : n.getThreadId();
                c.account = actor(n.getActorAccountId(), n.getActorName(), n.getActorDisplayName(), host);
                c.video = video(n, video);
                c.heldForReview = n.isHeld();
                u.comment = c;
            }
            case NotificationTypes.MY_VIDEO_IMPORT_SUCCESS, NotificationTypes.MY_VIDEO_IMPORT_ERROR -> {
                VideoImportInfo i = new VideoImportInfo();
                i.id = n.getImportId() == null ? 0 : n.getImportId();
                i.targetUrl = n.getTargetUrl();
                i.video = n.getVideoId() == null ? null : video(n, video);
                u.videoImport = i;
            }
            case NotificationTypes.NEW_FOLLOW -> {
                ActorFollowInfo f = new ActorFollowInfo();
                f.id = n.getChannelId() == null ? 0 : n.getChannelId();
                f.follower = actor(n.getActorAccountId(), n.getActorName(), n.getActorDisplayName(), host);
                f.following = new ActorFollowInfo.Following();
                f.following.name = n.getChannelName();
                f.following.displayName = n.getChannelDisplayName();
                f.following.host = host;
                u.actorFollow = f;
            }
            default -> {
                // A type this version does not produce: its common fields only.
            }
        }
        return u;
    }

    private static VideoInfo video(NotificationEntity n, VideoDetails v) {
        VideoInfo i = new VideoInfo();
        i.id = v != null ? v.id : n.getVideoId() == null ? 0 : n.getVideoId();
        i.uuid = v != null ? v.uuid : n.getVideoUuid();
        i.shortUUID = v != null ? v.shortUUID : null;
        i.name = v != null ? v.name : n.getVideoName();
        i.state = v != null ? v.state : null;
        return i;
    }

    private static ActorInfo actor(ActorSummary a, String host) {
        if (a == null) {
            return null;
        }
        return actor(a.id, a.name, a.displayName, a.host == null ? host : a.host);
    }

    private static ActorInfo actor(Long id, String name, String displayName, String host) {
        ActorInfo a = new ActorInfo();
        a.id = id == null ? 0 : id;
        a.name = name;
        a.displayName = displayName == null ? name : displayName;
        a.host = host;
        return a;
    }
}
