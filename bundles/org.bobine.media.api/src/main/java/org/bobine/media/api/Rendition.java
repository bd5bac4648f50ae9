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
}
