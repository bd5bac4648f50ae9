package org.bobine.core.impl.internal.service;

import org.bobine.core.api.BobineException;

/** PeerTube's pagination limits: start 0 or more, count 0 to 100. */
final class Paging {

    static final int MAX_COUNT = 100;

    private Paging() {
    }

    static void check(int start, int count) {
        if (start < 0) {
            throw BobineException.badRequest("start must be 0 or more");
        }
        if (count < 0 || count > MAX_COUNT) {
            throw BobineException.badRequest("count must be between 0 and " + MAX_COUNT);
        }
    }
}
