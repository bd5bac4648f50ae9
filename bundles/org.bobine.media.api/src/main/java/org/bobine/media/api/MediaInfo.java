package org.bobine.media.api;

/**
 * What a probe found in a media file.
 *
 * @param durationSeconds duration, 0 when unknown
 * @param width           width in pixels of the first video stream as displayed (rotation applied), 0 without video
 * @param height          height in pixels as displayed, 0 without video
 * @param fps             frames per second, 0 without video
 * @param rotation        rotation in degrees from the stream's display matrix (0, 90, 180, 270)
 * @param videoCodec      codec of the first video stream, null without video
 * @param audioCodec      codec of the first audio stream, null without audio
 * @param formatName      the container as the engine names it
 * @param bitRate         overall bit rate in bits per second, 0 when unknown
 */
public record MediaInfo(double durationSeconds, int width, int height, double fps, int rotation, String videoCodec,
                        String audioCodec, String formatName, long bitRate) {

    /** @return true when there is a decodable video stream (not just a cover picture) */
    public boolean hasVideo() {
        return videoCodec != null && width > 0 && height > 0;
    }

    /** @return true when there is an audio stream */
    public boolean hasAudio() {
        return audioCodec != null;
    }

    /** @return PeerTube's resolution of this file: the smaller side, 0 for audio only */
    public int resolution() {
        return hasVideo() ? Math.min(width, height) : 0;
    }
}
