package org.bobine.sdk.helpers;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bobine.sdk.hook.VideoAttributes;
import org.bobine.sdk.hook.VideoInfo;
import org.bobine.sdk.hook.Viewer;
import org.osgi.annotation.versioning.ProviderType;

/** Videos, as the given viewer may see and change them. Provided as a service by the platform. */
@ProviderType
public interface VideoHelpers {

    /**
     * @param viewer who asks
     * @param id     numeric id, UUID or short UUID
     * @return the video, empty when it does not exist or the viewer may not see it
     */
    Optional<VideoInfo> get(Viewer viewer, String id);

    /**
     * @param viewer who asks
     * @param start  offset
     * @param count  page size, at most 100
     * @return the newest videos the viewer may list
     */
    List<VideoInfo> list(Viewer viewer, int start, int count);

    /**
     * Changes a video's title, description, tags, nsfw flag, category and language (not its privacy).
     *
     * @param viewer     who asks; must own the video or be an administrator
     * @param id         the video
     * @param attributes the new attributes
     * @return the video as changed
     * @throws org.bobine.sdk.plugin.PluginException 403 or 404 when not allowed or not found, 400 when invalid
     */
    VideoInfo update(Viewer viewer, String id, VideoAttributes attributes);

    /**
     * Creates a video from a file through the normal upload path (checks, quota, accept hooks, transcoding).
     * The file is copied; the caller deletes its own copy afterwards.
     *
     * @param viewer     the uploader; must be logged in
     * @param channelId  the target channel's id (the viewer's own)
     * @param attributes title, privacy and the rest
     * @param file       the media file, on the instance's disk
     * @param filename   the original file name (for the extension)
     * @return the new video
     * @throws org.bobine.sdk.plugin.PluginException 4xx when refused (quota, format, hooks)
     */
    VideoInfo create(Viewer viewer, long channelId, VideoAttributes attributes, Path file, String filename);
}
