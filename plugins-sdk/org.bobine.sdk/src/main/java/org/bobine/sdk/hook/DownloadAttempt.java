package org.bobine.sdk.hook;

/**
 * A download about to be served, for {@link Hooks#FILTER_DOWNLOAD_ALLOWED}.
 *
 * @param viewer who asks
 * @param video  the video
 * @param file   the requested file's name
 * @since 1.1
 */
public record DownloadAttempt(Viewer viewer, VideoInfo video, String file) {
}
