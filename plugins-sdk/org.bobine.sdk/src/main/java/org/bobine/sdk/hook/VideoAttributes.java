package org.bobine.sdk.hook;

import java.util.List;

/**
 * The attributes an uploaded video is about to be stored with, filtered by
 * {@link Hooks#FILTER_UPLOAD_VIDEO_ATTRIBUTES}.
 *
 * @param name        title
 * @param description description, or null
 * @param tags        tags, never null
 * @param nsfw        whether it is flagged as sensitive
 * @param category    category id, or null
 * @param language    language code, or null
 * @param privacy     privacy id
 * @since 1.1
 */
public record VideoAttributes(String name, String description, List<String> tags, boolean nsfw, Integer category,
                              String language, int privacy) {

    /** Copies the list of tags so the record stays immutable. */
    public VideoAttributes {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /**
     * @param flag whether the video is sensitive
     * @return a copy with another nsfw flag
     */
    public VideoAttributes withNsfw(boolean flag) {
        return new VideoAttributes(name, description, tags, flag, category, language, privacy);
    }
}
