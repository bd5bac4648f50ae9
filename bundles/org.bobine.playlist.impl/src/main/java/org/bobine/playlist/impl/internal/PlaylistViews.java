package org.bobine.playlist.impl.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bobine.account.api.ChannelService;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.ActorSummary;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.Constant;
import org.bobine.instance.api.InstanceService;
import org.bobine.playlist.api.model.VideoPlaylist;
import org.bobine.playlist.api.model.VideoPlaylistElement;
import org.bobine.playlist.impl.internal.entity.PlaylistElementEntity;
import org.bobine.playlist.impl.internal.entity.PlaylistEntity;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.Thumbnail;
import org.bobine.video.api.model.VideoDetails;

/**
 * Turns rows into PeerTube's JSON for one viewer: the owner and the channel as the core has them now, the
 * thumbnail (the uploaded one, else that of the first element whose video this viewer may see, so a video
 * hidden from them never shows through the playlist), and each element's video only when they may see it.
 * One instance serves one request: it remembers the accounts and channels it looked up.
 */
final class PlaylistViews {

    /** PeerTube's playlist privacies. */
    static final Map<Integer, String> PRIVACIES = Map.of(1, "Public", 2, "Unlisted", 3, "Private");
    /** PeerTube's playlist types. */
    static final Map<Integer, String> TYPES = Map.of(1, "Regular", 2, "Watch later");
    /** Where uploaded thumbnails are served. */
    static final String THUMBNAILS_PATH = "/lazy-static/playlist-thumbnails/";
    /** Uploaded thumbnails' size, as the videos' thumbnails. */
    static final int THUMB_WIDTH = 280;
    static final int THUMB_HEIGHT = 157;
    /** How many elements are tried for an automatic thumbnail. */
    private static final int THUMBNAIL_CANDIDATES = 5;

    private final Caller viewer;
    private final UserService users;
    private final ChannelService channels;
    private final VideoService videos;
    private final InstanceService instance;
    private final Map<String, ActorSummary> accounts = new HashMap<>();
    private final Map<String, ActorSummary> channelCache = new HashMap<>();

    PlaylistViews(Caller viewer, UserService users, ChannelService channels, VideoService videos, InstanceService instance) {
        this.viewer = viewer;
        this.users = users;
        this.channels = channels;
        this.videos = videos;
        this.instance = instance;
    }

    /**
     * @param p          a playlist
     * @param candidates the video ids of its first elements, by position
     * @return its JSON for the viewer
     */
    VideoPlaylist playlist(PlaylistEntity p, List<Long> candidates) {
        VideoPlaylist d = new VideoPlaylist();
        d.id = p.getId();
        d.uuid = p.getUuid();
        d.shortUUID = p.getShortUuid();
        d.url = p.getUrl();
        d.displayName = p.getName();
        d.description = p.getDescription();
        d.privacy = Constant.of(p.getPrivacy(), PRIVACIES);
        d.type = Constant.of(p.getType(), TYPES);
        d.videosLength = p.getVideosLength();
        d.embedPath = "/video-playlists/embed/" + p.getShortUuid();
        d.createdAt = Instant.ofEpochMilli(p.getCreatedAt()).toString();
        d.updatedAt = Instant.ofEpochMilli(p.getUpdatedAt()).toString();
        d.ownerAccount = account(p.getOwnerAccountName());
        d.videoChannelPosition = p.getChannelPosition();
        d.videoChannel = p.getChannelName() == null ? null : channel(p.getChannelName());
        String base = instance.publicUrl();
        if (p.getThumbnailName() != null) {
            d.thumbnailPath = THUMBNAILS_PATH + p.getThumbnailName();
            d.thumbnailUrl = base + d.thumbnailPath;
            d.thumbnails = List.of(new Thumbnail(THUMB_WIDTH, THUMB_HEIGHT, "16:9", d.thumbnailUrl));
        } else {
            for (long videoId : candidates.subList(0, Math.min(THUMBNAIL_CANDIDATES, candidates.size()))) {
                VideoDetails v = visible(videoId);
                if (v != null && !v.blacklisted && v.thumbnailPath != null) {
                    d.thumbnailPath = v.thumbnailPath;
                    d.thumbnailUrl = base + v.thumbnailPath;
                    d.thumbnails = v.thumbnails.stream().filter(t -> t.fileUrl().endsWith(v.thumbnailPath)).toList();
                    break;
                }
            }
        }
        return d;
    }

    /** @param e an element @return its JSON: the video only when the viewer may see it */
    VideoPlaylistElement element(PlaylistElementEntity e) {
        VideoPlaylistElement d = new VideoPlaylistElement();
        d.id = e.getId();
        d.position = e.getPosition();
        d.startTimestamp = e.getStartTimestamp();
        d.stopTimestamp = e.getStopTimestamp();
        try {
            VideoDetails v = videos.get(viewer, String.valueOf(e.getVideoId()));
            if (v.blacklisted) {
                d.type = VideoPlaylistElement.UNAVAILABLE;
            } else {
                d.type = VideoPlaylistElement.REGULAR;
                d.video = v;
            }
        } catch (BobineException ex) {
            // 404: deleted (ids are never reused); 401, 403, 429: hidden from this viewer by its privacy.
            d.type = ex.status() == 404 ? VideoPlaylistElement.DELETED : VideoPlaylistElement.PRIVATE;
        }
        return d;
    }

    /** @param videoId a video @return it when the viewer may see it, else null */
    private VideoDetails visible(long videoId) {
        try {
            return videos.get(viewer, String.valueOf(videoId));
        } catch (BobineException e) {
            return null;
        }
    }

    private ActorSummary account(String name) {
        return accounts.computeIfAbsent(name, n -> {
            try {
                return summary(users.account(n));
            } catch (BobineException e) {
                ActorSummary gone = new ActorSummary();
                gone.name = n;
                gone.displayName = n;
                gone.host = instance.host();
                gone.url = instance.publicUrl() + "/accounts/" + n;
                return gone;
            }
        });
    }

    private ActorSummary channel(String name) {
        if (channelCache.containsKey(name)) {
            return channelCache.get(name);
        }
        ActorSummary s;
        try {
            s = summary(channels.get(name));
        } catch (BobineException e) {
            s = null; // Deleted since: the playlist is shown without it.
        }
        channelCache.put(name, s);
        return s;
    }

    /** PeerTube's AccountSummary and VideoChannelSummary: only the actor's short form. */
    private static ActorSummary summary(ActorSummary a) {
        ActorSummary s = new ActorSummary();
        s.id = a.id;
        s.name = a.name;
        s.displayName = a.displayName;
        s.url = a.url;
        s.host = a.host;
        s.avatars = a.avatars;
        return s;
    }
}
