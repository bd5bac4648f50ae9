package org.bobine.playlist.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * A playlist: its owner (user and account name), optional channel, privacy, type (1 regular, 2 Watch later),
 * UUID and short UUID, its URL for federation, the count of its elements and an uploaded thumbnail's name.
 */
@Entity
@Table(name = "BOBINE_PLAYLIST", uniqueConstraints = {@UniqueConstraint(name = "UQ_PLAYLIST_UUID", columnNames = "UUID"),
    @UniqueConstraint(name = "UQ_PLAYLIST_SHORTUUID", columnNames = "SHORTUUID"),
    @UniqueConstraint(name = "UQ_PLAYLIST_WATCHLATER", columnNames = "WATCHLATERKEY")},
    indexes = {@Index(name = "IDX_PLAYLIST_OWNER", columnList = "ownerUserId"), @Index(name = "IDX_PLAYLIST_CHANNEL", columnList = "channelId")})
public class PlaylistEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(nullable = false, length = 36)
    private String uuid;

    @Column(nullable = false, length = 22)
    private String shortUuid;

    /** {@code <instance>/video-playlists/<uuid>}. */
    @Column(nullable = false, length = 500)
    private String url;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    /** 1 public, 2 unlisted, 3 private. */
    @Column(nullable = false)
    private int privacy;

    /** 1 regular, 2 Watch later. */
    @Column(nullable = false)
    private int type;

    /**
     * {@code watch-later:<user id>} for a user's Watch later, the UUID for other playlists: unique, so a user has
     * one Watch later even when two requests race (OpenJPA makes the columns of a unique key NOT NULL on Derby).
     */
    @Column(nullable = false, length = 60)
    private String watchLaterKey;

    @Column(nullable = false)
    private long ownerUserId;

    /** The owner actor. */
    @Column(nullable = false, length = 100)
    private String ownerAccountName;

    /** The channel (the core's row), or null. */
    @Column
    private Long channelId;

    @Column(length = 100)
    private String channelName;

    /** Its place among the channel's playlists. */
    @Column
    private Integer channelPosition;

    /** How many elements it has, kept here so lists do not count them. */
    @Column(nullable = false)
    private long videosLength;

    /** The uploaded thumbnail's file name, or null (then the first visible element's). */
    @Column(length = 120)
    private String thumbnailName;

    @Column(nullable = false)
    private long createdAt;

    @Column(nullable = false)
    private long updatedAt;

    public long getId() {
        return id;
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

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
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

    public int getPrivacy() {
        return privacy;
    }

    public void setPrivacy(int privacy) {
        this.privacy = privacy;
    }

    public int getType() {
        return type;
    }

    public void setType(int type) {
        this.type = type;
    }

    public String getWatchLaterKey() {
        return watchLaterKey;
    }

    public void setWatchLaterKey(String watchLaterKey) {
        this.watchLaterKey = watchLaterKey;
    }

    public long getOwnerUserId() {
        return ownerUserId;
    }

    public void setOwnerUserId(long ownerUserId) {
        this.ownerUserId = ownerUserId;
    }

    public String getOwnerAccountName() {
        return ownerAccountName;
    }

    public void setOwnerAccountName(String ownerAccountName) {
        this.ownerAccountName = ownerAccountName;
    }

    public Long getChannelId() {
        return channelId;
    }

    public void setChannelId(Long channelId) {
        this.channelId = channelId;
    }

    public String getChannelName() {
        return channelName;
    }

    public void setChannelName(String channelName) {
        this.channelName = channelName;
    }

    public Integer getChannelPosition() {
        return channelPosition;
    }

    public void setChannelPosition(Integer channelPosition) {
        this.channelPosition = channelPosition;
    }

    public long getVideosLength() {
        return videosLength;
    }

    public void setVideosLength(long videosLength) {
        this.videosLength = videosLength;
    }

    public String getThumbnailName() {
        return thumbnailName;
    }

    public void setThumbnailName(String thumbnailName) {
        this.thumbnailName = thumbnailName;
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
}
