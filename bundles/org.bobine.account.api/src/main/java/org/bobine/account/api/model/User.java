package org.bobine.account.api.model;

import java.util.List;
import java.util.Map;
import org.bobine.core.api.model.Constant;

/** A user as they see themselves at {@code /api/v1/users/me}, or as administrators see them (PeerTube's User). */
public class User {
    /** Numeric id. */
    public long id;
    /** Login name. */
    public String username;
    /** E-mail address. */
    public String email;
    /** Pending new e-mail, unused. */
    public String pendingEmail;
    /** Whether the e-mail was verified (no mail support yet: true for users made by an admin). */
    public boolean emailVerified;
    /** Whether others see the e-mail. */
    public boolean emailPublic;
    /** How NSFW videos are shown: do_not_list, warn, blur or display. */
    public String nsfwPolicy = "do_not_list";
    /** NSFW flags shown. */
    public int nsfwFlagsDisplayed;
    /** NSFW flags hidden. */
    public int nsfwFlagsHidden;
    /** NSFW flags blurred. */
    public int nsfwFlagsBlurred;
    /** NSFW flags warned. */
    public int nsfwFlagsWarned;
    /** Admin flags bit set. */
    public int adminFlags;
    /** Player preference. */
    public boolean autoPlayVideo = true;
    /** Player preference. */
    public boolean autoPlayNextVideo;
    /** Player preference. */
    public boolean autoPlayNextVideoPlaylist = true;
    /** Whether P2P is used by the player. */
    public boolean p2pEnabled = true;
    /** Whether watch history is kept. */
    public boolean videosHistoryEnabled = true;
    /** Preferred video languages, null for all. */
    public List<String> videoLanguages;
    /** Interface language, null for the instance default. */
    public String language;
    /** Role. */
    public Constant<Integer> role;
    /** Total quota in bytes, -1 unlimited. */
    public long videoQuota;
    /** Daily quota in bytes, -1 unlimited. */
    public long videoQuotaDaily;
    /** Bytes used. */
    public Long videoQuotaUsed;
    /** Bytes used in the last 24 hours. */
    public Long videoQuotaUsedDaily;
    /** Number of videos. */
    public Long videosCount;
    /** Theme. */
    public String theme = "instance-default";
    /** The user's account. */
    public Account account;
    /** The user's channels. */
    public List<VideoChannel> videoChannels;
    /** Whether blocked. */
    public boolean blocked;
    /** Why blocked. */
    public String blockedReason;
    /** Modal flags. */
    public boolean noInstanceConfigWarningModal;
    /** Modal flags. */
    public boolean noWelcomeModal;
    /** Modal flags. */
    public boolean noAccountSetupWarningModal;
    /** Creation date. */
    public String createdAt;
    /** Plugin that authenticated this user, null for local passwords. */
    public String pluginAuth;
    /** Last login. */
    public String lastLoginDate;
    /** Two-factor auth (not supported yet). */
    public boolean twoFactorEnabled;
    /** Feature info read. */
    public int newFeaturesInfoRead;
    /** Built-in playlists ({@code id}, {@code name}, {@code type}: 2 for Watch later). */
    public List<Object> specialPlaylists = List.of();
    /** Per notification type: 0 none, 1 web, 2 e-mail, 3 both (PeerTube's UserNotificationSetting). */
    public Map<String, Integer> notificationSettings;
}
