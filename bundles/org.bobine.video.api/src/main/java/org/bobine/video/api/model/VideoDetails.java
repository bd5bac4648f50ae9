package org.bobine.video.api.model;

import java.util.List;
import org.bobine.core.api.model.Constant;

/**
 * A single video with everything a player and a client need (PeerTube's VideoDetails). Its {@code channel}
 * and {@code account} hold the full {@link VideoChannel} and {@link Account}.
 */
public class VideoDetails extends Video {
    /** Support text, Markdown, may be null. */
    public String support;
    /** Comment policy. */
    public Constant<Integer> commentsPolicy;
    /** PeerTube 8's embed policy: 1, embeds allowed everywhere (an allowlist comes with moderation). */
    public Constant<Integer> embedPrivacyPolicy = new Constant<>(1, "All allowed");
    /** Whether downloads are allowed. */
    public boolean downloadEnabled;
    /** Tracker URLs. */
    public List<String> trackerUrls = List.of();
    /** Web-video files, highest resolution first. */
    public List<VideoFile> files = List.of();
    /** HLS playlists (filled by the media pipeline). */
    public List<StreamingPlaylist> streamingPlaylists = List.of();
    /** When the input file last changed. */
    public String inputFileUpdatedAt;
    /** Whether blacklisted. */
    public boolean blacklisted;
    /** Why blacklisted. */
    public String blacklistedReason;
}
