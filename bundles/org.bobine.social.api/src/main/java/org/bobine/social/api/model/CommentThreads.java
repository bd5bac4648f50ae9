package org.bobine.social.api.model;

import java.util.List;

/**
 * PeerTube's answer of {@code GET /videos/{id}/comment-threads}: a page of threads.
 *
 * @param total                   threads the caller may see
 * @param data                    the page
 * @param totalNotDeletedComments comments and replies the caller may see, not deleted
 */
public record CommentThreads(long total, List<VideoComment> data, long totalNotDeletedComments) {
}
