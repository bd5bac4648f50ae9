package org.bobine.core.api.event;

import java.util.HashMap;
import java.util.Map;
import org.osgi.service.event.Event;

/**
 * The topics capabilities post on Event Admin, and the names of their properties. Every event is posted once
 * its change is committed, so a handler that reads the database sees it. Usernames are local accounts' names;
 * ids are the numeric ids of PeerTube's API.
 */
public final class BobineEvents {

    /** Prefix of every topic: {@code org/bobine/*} subscribes to all of them. */
    public static final String PREFIX = "org/bobine/";

    /**
     * A video was published: at upload, by the pipeline after the upload waited for transcoding
     * ({@link #TRANSCODED}), or when its owner made it public, unlisted, internal or password-protected from
     * private. Posted whatever its privacy: handlers decide who may see it. Properties: {@link #VIDEO_ID}, {@link #VIDEO_UUID},
     * {@link #VIDEO_NAME}, {@link #PRIVACY}, {@link #CHANNEL_ID}, {@link #OWNER}, {@link #TRANSCODED}.
     */
    public static final String VIDEO_PUBLISHED = PREFIX + "video/PUBLISHED";

    /**
     * An import by URL ended. Properties: {@link #IMPORT_ID}, {@link #OWNER} (who imported),
     * {@link #TARGET_URL}, {@link #SUCCESS}, and {@link #VIDEO_UUID} / {@link #VIDEO_NAME} on success or
     * {@link #ERROR} otherwise.
     */
    public static final String IMPORT_ENDED = PREFIX + "video/IMPORT_ENDED";

    /**
     * A comment was written (a thread or a reply). Properties: {@link #COMMENT_ID}, {@link #THREAD_ID},
     * {@link #VIDEO_ID}, {@link #VIDEO_UUID}, {@link #VIDEO_NAME}, {@link #PRIVACY}, {@link #OWNER} (the
     * video's), {@link #ACTOR} (the author), {@link #IN_REPLY_TO} (the answered comment's author, for a reply),
     * {@link #MENTIONS} (local usernames mentioned), {@link #HELD} (waiting for the owner's approval).
     */
    public static final String COMMENT_CREATED = PREFIX + "social/COMMENT_CREATED";

    /**
     * A held comment was approved, so it is now visible. Properties as {@link #COMMENT_CREATED}.
     */
    public static final String COMMENT_APPROVED = PREFIX + "social/COMMENT_APPROVED";

    /**
     * A user subscribed to a channel. Properties: {@link #CHANNEL_ID}, {@link #CHANNEL_NAME},
     * {@link #OWNER} (the channel's account), {@link #ACTOR} (the subscriber).
     */
    public static final String CHANNEL_FOLLOWED = PREFIX + "social/CHANNEL_FOLLOWED";

    /** {@code Long}. */
    public static final String VIDEO_ID = "videoId";
    /** {@code String}. */
    public static final String VIDEO_UUID = "videoUuid";
    /** {@code String}. */
    public static final String VIDEO_NAME = "videoName";
    /** {@code Integer}: PeerTube's privacy (1 public, 2 unlisted, 3 private, 4 internal, 5 password). */
    public static final String PRIVACY = "privacy";
    /** {@code Long}. */
    public static final String CHANNEL_ID = "channelId";
    /** {@code String}: the channel's handle name. */
    public static final String CHANNEL_NAME = "channelName";
    /** {@code String}: the username of the account owning the object. */
    public static final String OWNER = "owner";
    /** {@code String}: the username of who acted. */
    public static final String ACTOR = "actor";
    /** {@code Boolean}: the video waited for the transcoding pipeline, which published it. */
    public static final String TRANSCODED = "transcoded";
    /** {@code Long}. */
    public static final String COMMENT_ID = "commentId";
    /** {@code Long}: the thread's first comment. */
    public static final String THREAD_ID = "threadId";
    /** {@code String}: username, absent when the answered comment's author is gone. */
    public static final String IN_REPLY_TO = "inReplyTo";
    /** {@code String[]}: usernames. */
    public static final String MENTIONS = "mentions";
    /** {@code Boolean}. */
    public static final String HELD = "held";
    /** {@code Long}. */
    public static final String IMPORT_ID = "importId";
    /** {@code String}. */
    public static final String TARGET_URL = "targetUrl";
    /** {@code Boolean}. */
    public static final String SUCCESS = "success";
    /** {@code String}: why it failed, in words for the user. */
    public static final String ERROR = "error";

    private BobineEvents() {
    }

    /**
     * @param topic      one of this class's topics
     * @param properties name, value, name, value... (null values are left out)
     * @return the event
     */
    public static Event event(String topic, Object... properties) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i + 1 < properties.length; i += 2) {
            if (properties[i + 1] != null) {
                map.put((String) properties[i], properties[i + 1]);
            }
        }
        return new Event(topic, map);
    }

    /**
     * @param event an event
     * @param name  a property
     * @return the property as a string, or null
     */
    public static String string(Event event, String name) {
        Object v = event.getProperty(name);
        return v == null ? null : v.toString();
    }

    /**
     * @param event an event
     * @param name  a numeric property
     * @return its value, or 0 when absent
     */
    public static long number(Event event, String name) {
        return event.getProperty(name) instanceof Number n ? n.longValue() : 0L;
    }

    /**
     * @param event an event
     * @param name  a boolean property
     * @return whether it is true
     */
    public static boolean flag(Event event, String name) {
        return Boolean.TRUE.equals(event.getProperty(name));
    }
}
