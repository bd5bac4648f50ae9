package org.bobine.video.api.model;

/** The identifiers of a newly created video, as the upload routes return them. */
public class VideoRef {
    /** Numeric id. */
    public long id;
    /** UUID. */
    public String uuid;
    /** Short UUID. */
    public String shortUUID;

    /** For deserialisation. */
    public VideoRef() {
    }

    /**
     * @param id        numeric id
     * @param uuid      UUID
     * @param shortUUID short UUID
     */
    public VideoRef(long id, String uuid, String shortUUID) {
        this.id = id;
        this.uuid = uuid;
        this.shortUUID = shortUUID;
    }
}
