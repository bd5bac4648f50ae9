package org.bobine.media.api;

/**
 * One output rendition: H.264 video of the given height (width follows the aspect ratio, even) and AAC
 * audio.
 *
 * @param height        target height in pixels (PeerTube's resolution), 0 for audio only
 * @param fps           target frame rate; 0 keeps the input's
 * @param videoBitrate  target video bit rate in bits per second; 0 lets the engine choose by height
 * @param audioBitrate  audio bit rate in bits per second
 */
public record Rendition(int height, double fps, long videoBitrate, long audioBitrate) {

    /**
     * @param height target height
     * @return a rendition with the engine's default bit rates, keeping the input's frame rate
     */
    public static Rendition of(int height) {
        return new Rendition(height, 0, 0, 128_000);
    }

    /**
     * PeerTube-like target video bit rates by height, for 30 fps content: what engines use when the
     * rendition leaves the bit rate to them.
     *
     * @param height the rendition's height (its PeerTube resolution)
     * @return bits per second
     */
    public static long defaultVideoBitrate(int height) {
        if (height <= 144) {
            return 150_000;
        } else if (height <= 240) {
            return 320_000;
        } else if (height <= 360) {
            return 650_000;
        } else if (height <= 480) {
            return 1_000_000;
        } else if (height <= 720) {
            return 2_200_000;
        } else if (height <= 1080) {
            return 3_800_000;
        } else if (height <= 1440) {
            return 6_000_000;
        }
        return 10_000_000;
    }

    /** @return the video bit rate to aim for: the one given, else {@link #defaultVideoBitrate} */
    public long targetVideoBitrate() {
        return videoBitrate > 0 ? videoBitrate : defaultVideoBitrate(height);
    }
}
