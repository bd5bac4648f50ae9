package org.bobine.video.api.ingest;

import java.nio.file.Path;
import java.util.List;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.video.api.model.VideoAttributes;
import org.bobine.video.api.model.VideoRef;
import org.osgi.annotation.versioning.ProviderType;

/** The core's side of a new video: the checks that are the catalogue's, and publishing it. */
@ProviderType
public interface VideoIngest {

    /**
     * Checks a new video before any of its bytes is kept: its attributes, its video passwords (only for a
     * password-protected video, and only when a plugin guards them) and its channel, which must be the
     * caller's.
     *
     * @param caller   who publishes
     * @param attrs    the attributes
     * @param complete whether the attributes must be complete (a name and a channel), as for an upload
     * @return the channel's name
     * @throws BobineException 400 for invalid attributes, 403 for another's channel
     */
    String check(Caller caller, VideoAttributes attrs, boolean complete);

    /**
     * Checks attributes only, as {@link #check} does (for attributes a plugin rewrote).
     *
     * @param attrs    the attributes
     * @param complete whether a name and a channel are required
     * @throws BobineException 400 when invalid
     */
    void validate(VideoAttributes attrs, boolean complete);

    /**
     * @param caller a user
     * @return the bytes they may still store: the smaller of what is left of their total and daily quotas
     */
    long remainingQuota(Caller caller);

    /** @return the file extensions accepted now, with their dot (more while the transcoding pipeline runs) */
    List<String> acceptedExtensions();

    /**
     * @return the folder for files on their way into storage, on the same file system (so publishing moves
     * them atomically); regular files left in it are removed when the core starts
     */
    Path tempFolder();

    /**
     * Publishes a new video: its files are moved into storage, then its rows are written in one transaction,
     * then list caches, the transcoding pipeline (which takes it when it runs), the video-password guard and the
     * plugins' {@code action:api.video.uploaded} hooks are told. On failure nothing of it is left in storage;
     * the files not moved yet stay with the caller.
     *
     * @param caller who publishes (the channel's owner)
     * @param video  the video
     * @return the new video
     * @throws BobineException when refused
     */
    VideoRef publish(Caller caller, NewVideo video);
}
