package org.bobine.transcoding.api;

import java.util.Map;

/** A background job as administrators see it (PeerTube's Job). */
public class Job {
    /** Numeric id. */
    public long id;
    /** waiting, active, completed or failed. */
    public String state;
    /** e.g. "video-transcoding". */
    public String type;
    /** What the job works on, e.g. {"videoUUID": ...}. */
    public Map<String, Object> data;
    /** Why it failed, null otherwise. */
    public String error;
    /** Percentage done. */
    public int progress;
    /** Attempts so far. */
    public int attempts;
    /** Creation date. */
    public String createdAt;
    /** When it last started. */
    public String processedOn;
    /** When it ended. */
    public String finishedOn;
}
