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

/** One tag of a video; a row of its own so lists can filter on tags with an index. */
@Entity
@Table(name = "BOBINE_VIDEO_TAG", indexes = {@Index(name = "IDX_TAG_NAME", columnList = "name")})
public class VideoTagEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "VIDEO_ID")
    private VideoEntity video;

    /** Lower-cased tag, for matching. */
    @Column(nullable = false, length = 30)
    private String name;

    /** The tag as the creator wrote it. */
    @Column(nullable = false, length = 30)
    private String label;

    @Column(nullable = false)
    private int position;

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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
