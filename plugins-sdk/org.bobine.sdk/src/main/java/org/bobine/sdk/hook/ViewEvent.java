package org.bobine.sdk.hook;

/**
 * A view reported by a player, for {@link Hooks#ACTION_VIDEO_VIEWED}.
 *
 * @param video       the video
 * @param viewer      who watches
 * @param currentTime the position reported, in seconds
 * @since 1.1
 */
public record ViewEvent(VideoInfo video, Viewer viewer, double currentTime) {
}
