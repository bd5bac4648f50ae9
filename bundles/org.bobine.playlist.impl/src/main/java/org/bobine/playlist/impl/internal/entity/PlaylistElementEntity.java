package org.bobine.playlist.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * A video at a position of a playlist, played from its start to its stop time, with its URL
 * ({@code <playlist url>/videos/<id>}). The video is the core's row, referred to by id: once deleted, the element
 * stays and reads as deleted, as in PeerTube.
 */
@Entity
@Table(name = "BOBINE_PLAYLIST_ELEMENT", indexes = {@Index(name = "IDX_PLAYLIST_ELEMENT_PLAYLIST", columnList = "playlistId,position"),
    @Index(name = "IDX_PLAYLIST_ELEMENT_VIDEO", columnList = "videoId")})
public class PlaylistElementEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(nullable = false)
    private long playlistId;

    @Column(nullable = false)
    private long videoId;

    /** 1-based. */
    @Column(nullable = false)
    private int position;

    @Column
    private Integer startTimestamp;

    @Column
    private Integer stopTimestamp;

    @Column(length = 500)
    private String url;

    @Column(nullable = false)
    private long createdAt;

    @Column(nullable = false)
    private long updatedAt;

    public long getId() {
        return id;
    }

    public long getPlaylistId() {
        return playlistId;
    }

    public void setPlaylistId(long playlistId) {
        this.playlistId = playlistId;
    }

    public long getVideoId() {
        return videoId;
    }

    public void setVideoId(long videoId) {
        this.videoId = videoId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public Integer getStartTimestamp() {
        return startTimestamp;
    }

    public void setStartTimestamp(Integer startTimestamp) {
        this.startTimestamp = startTimestamp;
    }

    public Integer getStopTimestamp() {
        return stopTimestamp;
    }

    public void setStopTimestamp(Integer stopTimestamp) {
        this.stopTimestamp = stopTimestamp;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
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
