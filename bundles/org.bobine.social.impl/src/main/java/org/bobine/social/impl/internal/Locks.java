package org.bobine.social.impl.internal;

/**
 * A fixed set of locks picked by id, so that changes of one row's counts (a video's ratings, a channel's
 * followers) run one at a time and their recount cannot be overtaken by an older one.
 */
final class Locks {

    private final Object[] locks = new Object[64];

    Locks() {
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /** @param id a row's id @return its lock */
    Object of(long id) {
        return locks[(int) Math.floorMod(id, (long) locks.length)];
    }
}
