package org.bobine.sdk.imports;

/**
 * An import and where it stands, shaped like PeerTube's VideoImport.
 *
 * @param id        the import's id, unique on the instance
 * @param targetUrl the source URL
 * @param state     PeerTube's VideoImportState: 1 pending, 2 success, 3 failed, 4 rejected, 5 cancelled, 6 processing
 * @param progress  percent downloaded, 0 to 100, or -1 when unknown
 * @param error     why it failed, or null
 * @param videoUuid the created video's UUID once it exists, or null
 * @param username  who asked
 * @param createdAt epoch milliseconds
 * @param updatedAt epoch milliseconds
 */
public record ImportInfo(long id, String targetUrl, int state, int progress, String error, String videoUuid,
                         String username, long createdAt, long updatedAt) {

    /** Waiting for a worker. */
    public static final int PENDING = 1;
    /** Done: the video exists and goes through transcoding. */
    public static final int SUCCESS = 2;
    /** Failed: see {@link #error()}. */
    public static final int FAILED = 3;
    /** Refused by a hook or a limit. */
    public static final int REJECTED = 4;
    /** Cancelled. */
    public static final int CANCELLED = 5;
    /** Downloading. */
    public static final int PROCESSING = 6;
}
