package org.bobine.video.api.media;

import java.nio.file.Path;

/**
 * A video's media as it is now.
 *
 * @param id         the video's id
 * @param uuid       its UUID (the name of its HLS folder)
 * @param privacy    its privacy (which side of storage its files are on)
 * @param state      its state (VideoConstants.STATE_*)
 * @param original   its original file (the first web video), or null when it has none
 * @param stillImage its preview, else its thumbnail, or null: what an audio-only upload is shown with
 */
public record VideoMedia(long id, String uuid, int privacy, int state, Path original, Path stillImage) {
}
