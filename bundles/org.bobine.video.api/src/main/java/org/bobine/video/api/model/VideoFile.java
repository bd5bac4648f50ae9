package org.bobine.video.api.model;

import org.bobine.core.api.model.Constant;

/** A playable file of a video, with its torrent (PeerTube's VideoFile). */
public class VideoFile {
    /** Numeric id. */
    public long id;
    /** Resolution, e.g. {720, "720p"}. */
    public Constant<Integer> resolution;
    /** Size in bytes. */
    public long size;
    /** Width in pixels, when known. */
    public Integer width;
    /** Height in pixels, when known. */
    public Integer height;
    /** Frames per second, -1 when unknown. */
    public int fps = -1;
    /** Absolute URL of the {@code .torrent}. */
    public String torrentUrl;
    /** Absolute URL to download the {@code .torrent} as an attachment. */
    public String torrentDownloadUrl;
    /** Absolute URL of the file. */
    public String fileUrl;
    /** Absolute URL to download the file as an attachment. */
    public String fileDownloadUrl;
    /** Magnet URI, null without torrent. */
    public String magnetUri;
    /** Metadata URL. */
    public String metadataUrl;
    /** Whether the file has an audio stream, when known. */
    public Boolean hasAudio;
    /** Whether the file has a video stream, when known. */
    public Boolean hasVideo;
    /** For a file of an HLS playlist: the URL of its own playlist. */
    public String playlistUrl;
    /** Storage: 0 file system. */
    public int storage;
}
