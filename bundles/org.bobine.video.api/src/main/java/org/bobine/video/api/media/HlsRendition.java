package org.bobine.video.api.media;

/**
 * One HLS rendition in a folder handed to {@link VideoMediaService#publish}.
 *
 * @param resolution       its height as named in PeerTube (e.g. 720)
 * @param width            pixels
 * @param height           pixels
 * @param fps              frames per second
 * @param playlistFilename its media playlist, e.g. {@code 720.m3u8}
 * @param segmentsFilename its fragmented MP4, e.g. {@code 720-fragmented.mp4}
 */
public record HlsRendition(int resolution, int width, int height, double fps, String playlistFilename,
                           String segmentsFilename) {
}
