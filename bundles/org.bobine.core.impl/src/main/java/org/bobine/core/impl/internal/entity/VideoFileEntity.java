package org.bobine.core.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** A web-video file of a video, with its torrent. */
@Entity
@Table(name = "BOBINE_VIDEO_FILE")
public class VideoFileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "VIDEO_ID")
    private VideoEntity video;

    /** Height in pixels; 0 for an original not probed yet. */
    @Column(nullable = false)
    private int resolution;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false)
    private int fps;

    /** Whether the file has an audio stream, null until probed (nullable: columns added later must be). */
    private Boolean hasAudio;

    /** Width in pixels as displayed, null until probed. */
    private Integer width;

    /** Height in pixels as displayed, null until probed. */
    private Integer height;

    /** Public file name under web-videos/. */
    @Column(nullable = false, unique = true, length = 100)
    private String filename;

    /** Public file name under torrents/, null when none. */
    @Column(unique = true, length = 100)
    private String torrentFilename;

    @Column(length = 40)
    private String infoHash;

    @Column(nullable = false)
    private long createdAt;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public VideoEntity getVideo() {
        return video;
    }

    public void setVideo(VideoEntity video) {
        this.video = video;
    }

    public int getResolution() {
        return resolution;
    }

    public void setResolution(int resolution) {
        this.resolution = resolution;
    }

    public long getSize() {
        return size;
    }

    public void setSize(long size) {
        this.size = size;
    }

    public int getFps() {
        return fps;
    }

    public void setFps(int fps) {
        this.fps = fps;
    }

    public String getFilename() {
        return filename;
    }

    public void setFilename(String filename) {
        this.filename = filename;
    }

    public String getTorrentFilename() {
        return torrentFilename;
    }

    public void setTorrentFilename(String torrentFilename) {
        this.torrentFilename = torrentFilename;
    }

    public String getInfoHash() {
        return infoHash;
    }

    public void setInfoHash(String infoHash) {
        this.infoHash = infoHash;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public Integer getWidth() {
        return width;
    }

    public void setWidth(Integer width) {
        this.width = width;
    }

    public Integer getHeight() {
        return height;
    }

    public void setHeight(Integer height) {
        this.height = height;
    }

    public Boolean getHasAudio() {
        return hasAudio;
    }

    public void setHasAudio(Boolean hasAudio) {
        this.hasAudio = hasAudio;
    }
}
