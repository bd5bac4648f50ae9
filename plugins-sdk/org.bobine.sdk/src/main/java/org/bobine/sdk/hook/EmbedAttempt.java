package org.bobine.sdk.hook;

/**
 * An embed page about to be served, for {@link Hooks#FILTER_EMBED_ALLOWED}.
 *
 * @param video the video
 * @since 1.1
 */
public record EmbedAttempt(VideoInfo video) {
}
