package org.bobine.core.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** A video's HLS playlist: a folder storage/streaming-playlists/hls/{video uuid}/ with master and renditions. */
@Entity
@Table(name = "BOBINE_STREAMING_PLAYLIST")
public class StreamingPlaylistEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "VIDEO_ID")
    private VideoEntity video;

    /** PeerTube's playlist type: 1 HLS. */
    @Column(nullable = false)
    private int type;

    /** The folder name below storage/streaming-playlists/hls/. */
    @Column(nullable = false, unique = true, length = 64)
    private String directory;

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

    public int getType() {
        return type;
    }

    public void setType(int type) {
        this.type = type;
    }

    public String getDirectory() {
        return directory;
    }

    public void setDirectory(String directory) {
        this.directory = directory;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }
}
