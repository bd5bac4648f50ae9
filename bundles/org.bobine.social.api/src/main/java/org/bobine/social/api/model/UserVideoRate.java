package org.bobine.social.api.model;

/**
 * PeerTube's {@code UserVideoRate}: what a user thinks of a video.
 *
 * @param videoId the video's id
 * @param rating  {@code like}, {@code dislike} or {@code none}
 */
public record UserVideoRate(long videoId, String rating) {
}
