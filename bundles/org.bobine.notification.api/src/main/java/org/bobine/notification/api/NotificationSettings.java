package org.bobine.notification.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PeerTube's {@code UserNotificationSetting}: the setting names and their defaults (those of PeerTube's
 * {@code createDefaultUserNotificationSettings}). A value is a set of bits: {@link #WEB}, {@link #EMAIL}.
 */
public final class NotificationSettings {

    /** Neither in the page nor by e-mail. */
    public static final int NONE = 0;
    /** In the page (the notifications list and the badge). */
    public static final int WEB = 1;
    /** By e-mail. */
    public static final int EMAIL = 2;

    /** Every setting of PeerTube's model, in its order, with its default. */
    public static final Map<String, Integer> DEFAULTS;

    static {
        Map<String, Integer> d = new LinkedHashMap<>();
        d.put("abuseAsModerator", WEB | EMAIL);
        d.put("videoAutoBlacklistAsModerator", WEB | EMAIL);
        d.put("newUserRegistration", WEB);
        d.put("newVideoFromSubscription", WEB);
        d.put("blacklistOnMyVideo", WEB | EMAIL);
        d.put("myVideoPublished", WEB);
        d.put("myVideoImportFinished", WEB);
        d.put("commentMention", WEB);
        d.put("newCommentOnMyVideo", WEB);
        d.put("newFollow", WEB);
        d.put("newInstanceFollower", WEB);
        d.put("autoInstanceFollowing", WEB);
        d.put("abuseStateChange", WEB | EMAIL);
        d.put("abuseNewMessage", WEB | EMAIL);
        d.put("newPeerTubeVersion", WEB | EMAIL);
        d.put("newPluginVersion", WEB);
        d.put("myVideoStudioEditionFinished", WEB);
        d.put("myVideoTranscriptionGenerated", WEB);
        DEFAULTS = Collections.unmodifiableMap(d);
    }

    private NotificationSettings() {
    }
}
