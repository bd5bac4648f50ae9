package org.bobine.core.impl.internal.service;

import java.util.ArrayList;
import java.util.List;
import org.bobine.account.api.model.Account;
import org.bobine.account.api.model.ActorSummary;
import org.bobine.account.api.model.User;
import org.bobine.account.api.model.VideoChannel;
import org.bobine.core.api.UserRole;
import org.bobine.core.api.model.Constant;
import org.bobine.core.impl.internal.entity.AccountEntity;
import org.bobine.core.impl.internal.entity.ChannelEntity;
import org.bobine.core.impl.internal.entity.HlsFileEntity;
import org.bobine.core.impl.internal.entity.StreamingPlaylistEntity;
import org.bobine.core.impl.internal.entity.UserEntity;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.core.impl.internal.entity.VideoFileEntity;
import org.bobine.core.impl.internal.storage.Storage;
import org.bobine.core.impl.internal.util.Dates;
import org.bobine.instance.api.InstanceService;
import org.bobine.media.files.Torrents;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.model.StreamingPlaylist;
import org.bobine.video.api.model.Thumbnail;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoDetails;
import org.bobine.video.api.model.VideoFile;

/** Turns entities into PeerTube-shaped DTOs, with absolute URLs built from the public URL. */
public final class Dtos {

    private final InstanceService settings;

    /** @param settings the instance settings */
    public Dtos(InstanceService settings) {
        this.settings = settings;
    }

    /** @return tracker URLs announced in torrents and magnets */
    public List<String> trackers() {
        String base = settings.publicUrl();
        String ws = base.replaceFirst("^http", "ws");
        return List.of(ws + "/tracker/socket", base + "/tracker/announce");
    }

    /** @param a account @return its full DTO */
    public Account account(AccountEntity a) {
        Account d = new Account();
        summary(d, a.getId(), a.getName(), a.getDisplayName(), "/accounts/");
        d.description = a.getDescription();
        d.createdAt = Dates.iso(a.getCreatedAt());
        d.updatedAt = Dates.iso(a.getUpdatedAt());
        d.userId = a.getUser().getId();
        d.followersCount = a.getFollowersCount();
        return d;
    }

    /** @param a account @return its summary */
    public ActorSummary accountSummary(AccountEntity a) {
        return summary(new ActorSummary(), a.getId(), a.getName(), a.getDisplayName(), "/accounts/");
    }

    /** @param c channel @param withOwner whether to include the owner @return its DTO */
    public VideoChannel channel(ChannelEntity c, boolean withOwner) {
        VideoChannel d = new VideoChannel();
        summary(d, c.getId(), c.getName(), c.getDisplayName(), "/video-channels/");
        d.description = c.getDescription();
        d.support = c.getSupport();
        d.createdAt = Dates.iso(c.getCreatedAt());
        d.updatedAt = Dates.iso(c.getUpdatedAt());
        d.followersCount = c.getFollowersCount();
        if (withOwner) {
            d.ownerAccount = account(c.getAccount());
        } else {
            d.ownerAccountId = c.getAccount().getId();
        }
        return d;
    }

    /** @param c channel @return its summary */
    public ActorSummary channelSummary(ChannelEntity c) {
        return summary(new ActorSummary(), c.getId(), c.getName(), c.getDisplayName(), "/video-channels/");
    }

    private <T extends ActorSummary> T summary(T d, long id, String name, String displayName, String path) {
        d.id = id;
        d.name = name;
        d.displayName = displayName;
        d.url = settings.publicUrl() + path + name;
        d.host = settings.host();
        return d;
    }

    /** @param u user @param account its account @param channels its channels @return the DTO */
    public User user(UserEntity u, AccountEntity account, List<ChannelEntity> channels) {
        User d = new User();
        d.id = u.getId();
        d.username = u.getUsername();
        d.email = u.getEmail();
        d.emailVerified = u.isEmailVerified();
        d.nsfwPolicy = u.getNsfwPolicy();
        UserRole role = UserRole.ofId(u.getRole());
        d.role = new Constant<>(role.id(), role.label());
        d.videoQuota = u.getVideoQuota();
        d.videoQuotaDaily = u.getVideoQuotaDaily();
        d.blocked = u.isBlocked();
        d.blockedReason = u.getBlockedReason();
        d.createdAt = Dates.iso(u.getCreatedAt());
        d.lastLoginDate = Dates.iso(u.getLastLoginDate());
        d.account = account(account);
        if (channels != null) {
            List<VideoChannel> cs = new ArrayList<>();
            for (ChannelEntity c : channels) {
                cs.add(channel(c, false));
            }
            d.videoChannels = cs;
        }
        return d;
    }

    /** @param v video @param tags its tags @return the list DTO */
    public Video video(VideoEntity v, List<String> tags) {
        return fill(new Video(), v, tags, true);
    }

    /**
     * @param v     video
     * @param tags  its tags
     * @param files its files
     * @return the details DTO
     */
    public VideoDetails details(VideoEntity v, List<String> tags, List<VideoFileEntity> files) {
        return details(v, tags, files, null, List.of());
    }

    /**
     * @param v        video
     * @param tags     its tags
     * @param files    its web-video files
     * @param playlist its HLS playlist, or null
     * @param hls      the playlist's files
     * @return the details DTO
     */
    public VideoDetails details(VideoEntity v, List<String> tags, List<VideoFileEntity> files,
                                StreamingPlaylistEntity playlist, List<HlsFileEntity> hls) {
        VideoDetails d = fill(new VideoDetails(), v, tags, false);
        d.support = v.getSupport();
        d.channel = channel(v.getChannel(), true);
        d.account = account(v.getChannel().getAccount());
        d.commentsPolicy = Constant.of(v.getCommentsPolicy(), VideoConstants.COMMENT_POLICIES);
        d.downloadEnabled = v.isDownloadEnabled();
        d.trackerUrls = trackers();
        List<VideoFile> fs = new ArrayList<>();
        for (VideoFileEntity f : files) {
            fs.add(file(v, f));
        }
        d.files = fs;
        d.inputFileUpdatedAt = Dates.iso(v.getCreatedAt());
        if (playlist != null) {
            String base = settings.publicUrl() + "/static/streaming-playlists/hls/" + privateSegment(v) + playlist.getDirectory() + "/";
            StreamingPlaylist p = new StreamingPlaylist();
            p.id = playlist.getId();
            p.type = playlist.getType();
            p.playlistUrl = base + "master.m3u8";
            p.segmentsSha256Url = base + "segments-sha256.json";
            List<VideoFile> pf = new ArrayList<>();
            for (HlsFileEntity h : hls) {
                VideoFile f = new VideoFile();
                f.id = h.getId();
                f.resolution = new Constant<>(h.getResolution(), h.getResolution() + "p");
                f.size = h.getSize();
                f.fps = h.getFps();
                f.width = h.getWidth();
                f.height = h.getHeight();
                f.playlistUrl = base + h.getPlaylistFilename();
                f.fileUrl = base + h.getSegmentsFilename();
                f.fileDownloadUrl = f.fileUrl;
                f.hasVideo = true;
                pf.add(f);
            }
            p.files = pf;
            d.streamingPlaylists = List.of(p);
        }
        return d;
    }

    private <T extends Video> T fill(T d, VideoEntity v, List<String> tags, boolean truncate) {
        d.id = v.getId();
        d.uuid = v.getUuid();
        d.shortUUID = v.getShortUuid();
        d.url = settings.publicUrl() + "/videos/watch/" + v.getUuid();
        d.name = v.getName();
        d.category = Constant.of(v.getCategory(), VideoConstants.CATEGORIES);
        d.licence = Constant.of(v.getLicence(), VideoConstants.LICENCES);
        d.language = Constant.of(v.getLanguage(), VideoConstants.LANGUAGES);
        d.privacy = Constant.of(v.getPrivacy(), VideoConstants.PRIVACIES);
        String desc = v.getDescription();
        String truncated = desc == null || desc.length() <= 250 ? desc : desc.substring(0, 247) + "...";
        d.description = truncate ? truncated : desc;
        d.truncatedDescription = truncated;
        d.duration = v.getDuration();
        d.thumbnailPath = v.getThumbnailFilename() == null ? null : "/lazy-static/thumbnails/" + v.getThumbnailFilename();
        d.previewPath = v.getPreviewFilename() == null ? d.thumbnailPath : "/lazy-static/previews/" + v.getPreviewFilename();
        d.thumbnails = d.thumbnailPath == null ? List.of() : List.of(
            new Thumbnail(280, 157, "16:9", settings.publicUrl() + d.thumbnailPath),
            new Thumbnail(850, 480, "16:9", settings.publicUrl() + d.previewPath));
        d.aspectRatio = v.getAspectRatio();
        d.embedPath = "/videos/embed/" + v.getUuid();
        d.views = v.getViews();
        d.likes = v.getLikes();
        d.dislikes = v.getDislikes();
        d.comments = v.getComments();
        d.nsfw = v.isNsfw();
        d.createdAt = Dates.iso(v.getCreatedAt());
        d.updatedAt = Dates.iso(v.getUpdatedAt());
        d.publishedAt = Dates.iso(v.getPublishedAt());
        d.originallyPublishedAt = Dates.iso(v.getOriginallyPublishedAt());
        d.state = Constant.of(v.getState(), VideoConstants.STATES);
        d.waitTranscoding = v.isWaitTranscoding();
        d.account = accountSummary(v.getChannel().getAccount());
        d.channel = channelSummary(v.getChannel());
        d.tags = tags;
        return d;
    }

    /** @param v a video @return "private/" when its media files are served below the private path, else "" */
    public static String privateSegment(VideoEntity v) {
        return Storage.isPrivate(v.getPrivacy()) ? Storage.PRIVATE + "/" : "";
    }

    /** @param v video @param f file @return the file DTO */
    public VideoFile file(VideoEntity v, VideoFileEntity f) {
        String base = settings.publicUrl();
        VideoFile d = new VideoFile();
        d.id = f.getId();
        d.resolution = new Constant<>(f.getResolution(), f.getResolution() == 0
            ? (f.getHeight() == null ? "Original" : "Audio only") : f.getResolution() + "p");
        d.size = f.getSize();
        d.fps = f.getFps();
        d.width = f.getWidth();
        d.height = f.getHeight();
        if (f.getHeight() != null) {
            d.hasVideo = f.getResolution() > 0;
            d.hasAudio = f.getHasAudio();
        }
        d.fileUrl = base + "/static/web-videos/" + privateSegment(v) + f.getFilename();
        d.fileDownloadUrl = base + "/download/web-videos/" + privateSegment(v) + f.getFilename();
        if (f.getTorrentFilename() != null) {
            d.torrentUrl = base + "/lazy-static/torrents/" + f.getTorrentFilename();
            d.torrentDownloadUrl = base + "/download/torrents/" + f.getTorrentFilename();
            d.magnetUri = Torrents.magnet(f.getInfoHash(), v.getName(), d.torrentUrl, d.fileUrl, trackers());
        }
        d.metadataUrl = base + "/api/v1/videos/" + v.getId() + "/metadata/" + f.getId();
        return d;
    }
}
