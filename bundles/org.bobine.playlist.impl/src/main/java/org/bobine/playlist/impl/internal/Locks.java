package org.bobine.playlist.impl.internal;

/**
 * A fixed set of locks picked by id, so that the changes of one playlist's elements (positions, count) run one
 * at a time, and a user's Watch later is made once.
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
