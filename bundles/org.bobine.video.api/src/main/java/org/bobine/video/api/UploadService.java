package org.bobine.video.api;

import java.io.InputStream;
import org.bobine.core.api.Caller;
import org.bobine.video.api.model.UploadProgress;
import org.bobine.video.api.model.VideoAttributes;
import org.bobine.video.api.model.VideoRef;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Receiving video files: in one request (PeerTube's legacy upload) or resumable in chunks. A file is
 * written to a temporary file and moved into storage atomically once complete and accepted; a failed or
 * refused upload leaves neither file nor row. Quotas are enforced with 413 and PeerTube's codes.
 */
@ProviderType
public interface UploadService {

    /**
     * Receives the bytes of a one-request upload into a temporary file, enforcing the caller's quotas while
     * they arrive. Nothing is visible until {@link #upload} succeeds; {@link #discard} removes it.
     *
     * @param caller  the uploader
     * @param content the file's bytes
     * @return the staged file
     * @throws BobineException 401 when anonymous, 413 quota_reached when over quota
     */
    StagedUpload stage(Caller caller, InputStream content);

    /**
     * Turns a staged file into a video: checks attributes, content and plugins' accept hooks, then moves the
     * file into storage and writes the rows. The staged file is consumed or removed, whatever happens.
     *
     * @param caller    the uploader
     * @param attrs     the video's attributes (name and channelId required)
     * @param filename  the client's file name (only its extension is used)
     * @param staged    from {@link #stage}
     * @param thumbnail optional thumbnail image bytes, may be null
     * @return the new video
     */
    VideoRef upload(Caller caller, VideoAttributes attrs, String filename, StagedUpload staged, byte[] thumbnail);

    /**
     * Removes a staged file that will not be used.
     *
     * @param staged from {@link #stage}, may be null
     */
    void discard(StagedUpload staged);

    /**
     * Opens a resumable upload session, which survives a restart of the server.
     *
     * @param caller   the uploader
     * @param attrs    the video's attributes, with {@code filename}
     * @param size     the total size announced by the client
     * @return the session's state, nothing received yet
     */
    UploadProgress startResumable(Caller caller, VideoAttributes attrs, long size);

    /**
     * Appends a chunk. The first byte must be exactly the next one expected.
     *
     * @param caller   the uploader who opened the session
     * @param uploadId the session
     * @param first    index of the chunk's first byte
     * @param last     index of its last byte
     * @param total    the total size, as announced
     * @param chunk    the bytes
     * @return the state; complete with the video after the last chunk
     */
    UploadProgress appendResumable(Caller caller, String uploadId, long first, long last, long total,
                                   InputStream chunk);

    /**
     * @param caller   the uploader
     * @param uploadId the session
     * @return how much arrived
     */
    UploadProgress resumableStatus(Caller caller, String uploadId);

    /**
     * Cancels a session and deletes what it received.
     *
     * @param caller   the uploader
     * @param uploadId the session
     */
    void cancelResumable(Caller caller, String uploadId);
}
