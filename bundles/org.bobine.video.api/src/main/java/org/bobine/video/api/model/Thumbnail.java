package org.bobine.video.api.model;

/**
 * PeerTube's {@code Thumbnail} (8.1+): one of a video's images with its size.
 *
 * @param width       pixels
 * @param height      pixels
 * @param aspectRatio {@code 16:9}, {@code 4:3}...
 * @param fileUrl     its absolute URL
 */
public record Thumbnail(int width, int height, String aspectRatio, String fileUrl) {
}
