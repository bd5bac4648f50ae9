package org.bobine.sdk.hook;

import java.util.List;

/**
 * One page of a video list, filtered by {@link Hooks#FILTER_VIDEOS_LIST_RESULT} and
 * {@link Hooks#FILTER_SEARCH_LOCAL_RESULT}. A filter may drop or reorder videos; videos it adds that were not
 * in the page are ignored (a filter cannot reveal what the viewer may not see). The total is lowered by the
 * number of videos dropped.
 *
 * @param total how many videos match in all pages
 * @param data  this page's videos
 * @since 1.1
 */
public record VideoPage(long total, List<VideoInfo> data) {

    /** Copies the list so the record stays immutable. */
    public VideoPage {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
