package org.bobine.core.api.model;

import java.util.List;

/**
 * A page of results and the total number of results the query matches (PeerTube's {@code ResultList}).
 *
 * @param <T> the element type
 */
public class ResultList<T> {
    /** How many results match, over all pages. */
    public long total;
    /** This page. */
    public List<T> data;

    /** For deserialisation. */
    public ResultList() {
    }

    /**
     * @param total total matches
     * @param data  this page
     */
    public ResultList(long total, List<T> data) {
        this.total = total;
        this.data = data;
    }
}
