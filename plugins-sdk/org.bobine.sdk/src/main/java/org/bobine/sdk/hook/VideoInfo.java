package org.bobine.sdk.hook;

import java.util.List;

/**
 * A video as plugins see it.
 *
 * @param id          numeric id
 * @param uuid        UUID
 * @param name        title
 * @param description description (Markdown), or null
 * @param privacy     PeerTube's privacy id (1 public, 2 unlisted, 3 private, 4 internal, 5 password protected)
 * @param nsfw        whether it is flagged as sensitive
 * @param tags        tags, never null
 * @param category    PeerTube's category id, or null
 * @param language    language code, or null
 * @param owner       the owner's user name
 * @param channel     the channel's handle (name)
 * @since 1.1
 */
public record VideoInfo(long id, String uuid, String name, String description, int privacy, boolean nsfw,
                        List<String> tags, Integer category, String language, String owner, String channel) {

    /** Copies the list of tags so the record stays immutable. */
    public VideoInfo {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /**
     * @param newName the title to show
     * @return a copy with another title
     */
    public VideoInfo withName(String newName) {
        return new VideoInfo(id, uuid, newName, description, privacy, nsfw, tags, category, language, owner, channel);
    }

    /**
     * @param newDescription the description to show
     * @return a copy with another description
     */
    public VideoInfo withDescription(String newDescription) {
        return new VideoInfo(id, uuid, name, newDescription, privacy, nsfw, tags, category, language, owner, channel);
    }

    /**
     * @param flag whether the video is sensitive
     * @return a copy with another nsfw flag
     */
    public VideoInfo withNsfw(boolean flag) {
        return new VideoInfo(id, uuid, name, description, privacy, flag, tags, category, language, owner, channel);
    }
}
