package org.bobine.notification.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The import of PeerTube's notification ({@code videoImport}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class VideoImportInfo {
    /** Id. */
    public long id;
    /** The imported video, on success. */
    public VideoInfo video;
    /** What was imported. */
    public String targetUrl;
}
