package org.bobine.sdk.hook;

/**
 * A video-related event passed to action hooks.
 *
 * @param id       the video's numeric id
 * @param uuid     the video's UUID
 * @param name     the video's title
 * @param username the owner's user name
 * @param privacy  PeerTube's privacy id
 */
public record VideoEvent(long id, String uuid, String name, String username, int privacy) {
}
