package org.bobine.video.api.media;

import java.nio.file.Path;

/**
 * A web-video file (a faststart MP4) handed to {@link VideoMediaService}: the core names it, makes its
 * torrent and installs both.
 *
 * @param file       where the pipeline wrote it (below the data directory, so it can be moved in one rename)
 * @param resolution its height as named in PeerTube
 * @param width      pixels
 * @param height     pixels
 * @param fps        frames per second
 * @param hasAudio   whether it has sound
 */
public record WebVideoRendition(Path file, int resolution, int width, int height, double fps, boolean hasAudio) {
}
