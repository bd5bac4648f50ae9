package org.bobine.playlist.rest.internal;

import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.UriInfo;
import org.bobine.core.rest.support.Params;
import org.bobine.playlist.api.model.PlaylistQuery;

/** PeerTube's query of a playlist list: start, count, sort, search, playlistType. */
final class Queries {

    private Queries() {
    }

    /** @param uri the request @return its query */
    static PlaylistQuery of(UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        PlaylistQuery query = new PlaylistQuery();
        query.start = Params.start(q.getFirst("start"));
        query.count = Params.count(q.getFirst("count"));
        query.sort = q.getFirst("sort");
        query.search = q.getFirst("search");
        query.playlistType = Params.integer("playlistType", q.getFirst("playlistType"));
        return query;
    }
}
