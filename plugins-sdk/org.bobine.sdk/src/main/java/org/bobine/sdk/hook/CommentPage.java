package org.bobine.sdk.hook;

import java.util.List;

/**
 * One page of a video's comment threads, filtered by {@link Hooks#FILTER_THREADS_LIST_RESULT} (the input is
 * the {@link Viewer}). A filter may drop or reorder threads; threads it adds or changes are ignored (a filter
 * cannot reveal what the viewer may not see). The total is lowered by the number of threads dropped.
 *
 * @param total how many threads the video has for this viewer, in all pages
 * @param data  this page's threads (their first comments)
 * @since 1.3
 */
public record CommentPage(long total, List<CommentInfo> data) {

    /** Copies the list so the record stays immutable. */
    public CommentPage {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
