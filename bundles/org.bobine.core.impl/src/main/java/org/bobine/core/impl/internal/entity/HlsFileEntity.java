package org.bobine.core.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** One rendition of an HLS playlist: its playlist file and its single fragmented MP4. */
@Entity
@Table(name = "BOBINE_HLS_FILE")
public class HlsFileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PLAYLIST_ID")
    private StreamingPlaylistEntity playlist;

    @Column(nullable = false)
    private int resolution;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false)
    private int fps;

    private Integer width;

    private Integer height;

    @Column(nullable = false, length = 100)
    private String playlistFilename;

    @Column(nullable = false, length = 100)
    private String segmentsFilename;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public StreamingPlaylistEntity getPlaylist() {
        return playlist;
    }

    public void setPlaylist(StreamingPlaylistEntity playlist) {
        this.playlist = playlist;
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

    public String getPlaylistFilename() {
        return playlistFilename;
    }

    public void setPlaylistFilename(String playlistFilename) {
        this.playlistFilename = playlistFilename;
    }

    public String getSegmentsFilename() {
        return segmentsFilename;
    }

    public void setSegmentsFilename(String segmentsFilename) {
        this.segmentsFilename = segmentsFilename;
    }
}
