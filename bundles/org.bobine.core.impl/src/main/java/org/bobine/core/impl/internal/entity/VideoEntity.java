package org.bobine.core.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** A local video. Tags and files are rows of their own that point here. */
@Entity
@Table(name = "BOBINE_VIDEO", indexes = {
    @Index(name = "IDX_VIDEO_LIST", columnList = "privacy,state,publishedAt"),
    @Index(name = "IDX_VIDEO_CHANNEL", columnList = "CHANNEL_ID")})
public class VideoEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid;

    @Column(nullable = false, unique = true, length = 22)
    private String shortUuid;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 10000)
    private String description;

    @Column(length = 1000)
    private String support;

    @Column(nullable = false)
    private int privacy;

    @Column(nullable = false)
    private boolean nsfw;

    private Integer category;

    private Integer licence;

    @Column(length = 16)
    private String language;

    @Column(nullable = false)
    private boolean downloadEnabled;

    @Column(nullable = false)
    private int commentsPolicy;

    @Column(nullable = false)
    private boolean waitTranscoding;

    @Column(nullable = false)
    private int state;

    @Column(nullable = false)
    private long duration;

    @Column(nullable = false)
    private long views;

    @Column(nullable = false)
    private long likes;

    /** Added in 0.2: null in older rows, read as 0. */
    private Long dislikes = 0L;

    /** Comments everyone who may see the video sees, kept by the social capability; added in 0.2 (null: 0). */
    private Long comments = 0L;

    /** Its views over the last days (the social capability's trending score); added in 0.2 (null: 0). */
    private Long trending = 0L;

    @Column(length = 200)
    private String thumbnailFilename;

    @Column(length = 200)
    private String previewFilename;

    /** Width / height of the video as displayed, null until probed. */
    private Double aspectRatio;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CHANNEL_ID")
    private ChannelEntity channel;

    @Column(nullable = false)
    private long createdAt;

    @Column(nullable = false)
    private long updatedAt;

    @Column(nullable = false)
    private long publishedAt;

    private Long originallyPublishedAt;

    /** When the video began waiting for a transcoding pipeline (epoch ms), null when it does not wait. */
    private Long transcodeRequestedAt;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getUuid() {
        return uuid;
    }

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    public String getShortUuid() {
        return shortUuid;
    }

    public void setShortUuid(String shortUuid) {
        this.shortUuid = shortUuid;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSupport() {
        return support;
    }

    public void setSupport(String support) {
        this.support = support;
    }

    public int getPrivacy() {
        return privacy;
    }

    public void setPrivacy(int privacy) {
        this.privacy = privacy;
    }

    public boolean isNsfw() {
        return nsfw;
    }

    public void setNsfw(boolean nsfw) {
        this.nsfw = nsfw;
    }

    public Integer getCategory() {
        return category;
    }

    public void setCategory(Integer category) {
        this.category = category;
    }

    public Integer getLicence() {
        return licence;
    }

    public void setLicence(Integer licence) {
        this.licence = licence;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isDownloadEnabled() {
        return downloadEnabled;
    }

    public void setDownloadEnabled(boolean downloadEnabled) {
        this.downloadEnabled = downloadEnabled;
    }

    public int getCommentsPolicy() {
        return commentsPolicy;
    }

    public void setCommentsPolicy(int commentsPolicy) {
        this.commentsPolicy = commentsPolicy;
    }

    public boolean isWaitTranscoding() {
        return waitTranscoding;
    }

    public void setWaitTranscoding(boolean waitTranscoding) {
        this.waitTranscoding = waitTranscoding;
    }

    public int getState() {
        return state;
    }

    public void setState(int state) {
        this.state = state;
    }

    public long getDuration() {
        return duration;
    }

    public void setDuration(long duration) {
        this.duration = duration;
    }

    public long getViews() {
        return views;
    }

    public void setViews(long views) {
        this.views = views;
    }

    public long getLikes() {
        return likes;
    }

    public void setLikes(long likes) {
        this.likes = likes;
    }

    public long getDislikes() {
        return dislikes == null ? 0 : dislikes;
    }

    public void setDislikes(long dislikes) {
        this.dislikes = dislikes;
    }

    public long getComments() {
        return comments == null ? 0 : comments;
    }

    public void setComments(long comments) {
        this.comments = comments;
    }

    public long getTrending() {
        return trending == null ? 0 : trending;
    }

    public void setTrending(long trending) {
        this.trending = trending;
    }

    public String getThumbnailFilename() {
        return thumbnailFilename;
    }

    public void setThumbnailFilename(String thumbnailFilename) {
        this.thumbnailFilename = thumbnailFilename;
    }

    public ChannelEntity getChannel() {
        return channel;
    }

    public void setChannel(ChannelEntity channel) {
        this.channel = channel;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }

    public long getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(long publishedAt) {
        this.publishedAt = publishedAt;
    }

    public Long getOriginallyPublishedAt() {
        return originallyPublishedAt;
    }

    public void setOriginallyPublishedAt(Long originallyPublishedAt) {
        this.originallyPublishedAt = originallyPublishedAt;
    }

    public String getPreviewFilename() {
        return previewFilename;
    }

    public void setPreviewFilename(String previewFilename) {
        this.previewFilename = previewFilename;
    }

    public Double getAspectRatio() {
        return aspectRatio;
    }

    public void setAspectRatio(Double aspectRatio) {
        this.aspectRatio = aspectRatio;
    }

    public Long getTranscodeRequestedAt() {
        return transcodeRequestedAt;
    }

    public void setTranscodeRequestedAt(Long transcodeRequestedAt) {
        this.transcodeRequestedAt = transcodeRequestedAt;
    }
}
