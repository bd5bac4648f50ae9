package org.bobine.social.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** Views a video had on one day (UTC): what "Trending" sums. Nothing about the viewers. */
@Entity
@Table(name = "BOBINE_VIDEO_VIEW_DAY", uniqueConstraints = @UniqueConstraint(name = "UQ_VIEW_DAY", columnNames = {"VIDEOID", "EPOCHDAY"}))
public class VideoViewDayEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(nullable = false)
    private long videoId;

    /** Days since 1970-01-01, UTC. */
    @Column(nullable = false)
    private long epochDay;

    @Column(nullable = false)
    private long views;

    public long getVideoId() {
        return videoId;
    }

    public void setVideoId(long videoId) {
        this.videoId = videoId;
    }

    public long getEpochDay() {
        return epochDay;
    }

    public void setEpochDay(long epochDay) {
        this.epochDay = epochDay;
    }

    public long getViews() {
        return views;
    }

    public void setViews(long views) {
        this.views = views;
    }
}
