package org.bobine.video.api.ingest;

import java.nio.file.Path;
import org.bobine.video.api.model.VideoAttributes;

/**
 * A new video, its files ready in the ingest's temporary folder ({@link VideoIngest#tempFolder()}).
 *
 * @param attributes         its attributes, checked ({@link VideoIngest#check})
 * @param file               the media file, published as the video's first web-video file
 * @param extension          its extension, with the dot ({@code .mp4})
 * @param media              what probing it found, or null when no media engine runs
 * @param thumbnail          its thumbnail, or null
 * @param thumbnailExtension the thumbnail's extension, with the dot (null without one)
 * @param preview            its preview image, or null
 */
public record NewVideo(VideoAttributes attributes, Path file, String extension, Probe media, Path thumbnail,
                       String thumbnailExtension, Path preview) {

    /**
     * What a media engine found in the file.
     *
     * @param durationSeconds its duration
     * @param width           its picture's width (0 without a video stream)
     * @param height          its picture's height (0 without a video stream)
     * @param fps             its frame rate
     * @param resolution      PeerTube's resolution (the smaller side; 0 for audio)
     * @param hasVideo        whether it has a video stream
     * @param hasAudio        whether it has an audio stream
     */
    public record Probe(double durationSeconds, int width, int height, double fps, int resolution, boolean hasVideo,
                        boolean hasAudio) {
    }
}
