package org.bobine.sdk.hook;

/**
 * The parameters of a video list or local search, filtered by {@link Hooks#FILTER_VIDEOS_LIST_PARAMS} and
 * {@link Hooks#FILTER_SEARCH_LOCAL_PARAMS} before the query runs.
 *
 * @param viewer who asks
 * @param start  offset of the first video
 * @param count  page size
 * @param sort   PeerTube's sort ("-publishedAt", "name", ...), or null for the default
 * @param nsfw   "true" (sensitive only), "false" (none), "both", or null for the viewer's own policy
 * @param search the searched words, or null for lists
 * @since 1.1
 */
public record ListParams(Viewer viewer, int start, int count, String sort, String nsfw, String search) {

    /**
     * @param value "true", "false", "both", or null
     * @return a copy with another sensitive-content filter
     */
    public ListParams withNsfw(String value) {
        return new ListParams(viewer, start, count, sort, value, search);
    }
}
