package org.bobine.transcoding.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** One rendition of a transcoding job handed to remote runners, in PeerTube's runner protocol. */
@Entity
@Table(name = "BOBINE_RUNNER_JOB", indexes = {@Index(name = "IDX_RUNNER_JOB_STATE", columnList = "state,priority"),
    @Index(name = "IDX_RUNNER_JOB_PARENT", columnList = "parentJobId")})
public class RunnerJobEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid;

    /** vod-hls-transcoding, vod-web-video-transcoding or vod-audio-merge-transcoding. */
    @Column(nullable = false, length = 40)
    private String type;

    /** PeerTube's RunnerJobState: 1 pending, 2 processing, 3 completed, 4 errored, 6 cancelled, 7 parent errored. */
    @Column(nullable = false)
    private int state;

    /** The video's transcoding job (BOBINE_JOB) this is part of. */
    @Column(nullable = false)
    private long parentJobId;

    @Column(nullable = false)
    private long videoId;

    @Column(nullable = false, length = 36)
    private String videoUuid;

    @Column(nullable = false)
    private int resolution;

    @Column(nullable = false)
    private int fps;

    /** The runner working on it, while processing. */
    private Long runnerId;

    /** SHA-256 of the job token given at accept, hex. */
    @Column(length = 64)
    private String jobTokenHash;

    /** 0 to 100. */
    @Column(nullable = false)
    private int progress;

    @Column(nullable = false)
    private int failures;

    @Column(length = 2000)
    private String error;

    @Column(nullable = false)
    private int priority;

    @Column(nullable = false)
    private long createdAt;

    /** Also the last news from its runner while processing. */
    @Column(nullable = false)
    private long updatedAt;

    private Long startedAt;

    private Long finishedAt;

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

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public int getState() {
        return state;
    }

    public void setState(int state) {
        this.state = state;
    }

    public long getParentJobId() {
        return parentJobId;
    }

    public void setParentJobId(long parentJobId) {
        this.parentJobId = parentJobId;
    }

    public long getVideoId() {
        return videoId;
    }

    public void setVideoId(long videoId) {
        this.videoId = videoId;
    }

    public String getVideoUuid() {
        return videoUuid;
    }

    public void setVideoUuid(String videoUuid) {
        this.videoUuid = videoUuid;
    }

    public int getResolution() {
        return resolution;
    }

    public void setResolution(int resolution) {
        this.resolution = resolution;
    }

    public int getFps() {
        return fps;
    }

    public void setFps(int fps) {
        this.fps = fps;
    }

    public Long getRunnerId() {
        return runnerId;
    }

    public void setRunnerId(Long runnerId) {
        this.runnerId = runnerId;
    }

    public String getJobTokenHash() {
        return jobTokenHash;
    }

    public void setJobTokenHash(String jobTokenHash) {
        this.jobTokenHash = jobTokenHash;
    }

    public int getProgress() {
        return progress;
    }

    public void setProgress(int progress) {
        this.progress = progress;
    }

    public int getFailures() {
        return failures;
    }

    public void setFailures(int failures) {
        this.failures = failures;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    public int getPriority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
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

    public Long getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Long startedAt) {
        this.startedAt = startedAt;
    }

    public Long getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Long finishedAt) {
        this.finishedAt = finishedAt;
    }
}
