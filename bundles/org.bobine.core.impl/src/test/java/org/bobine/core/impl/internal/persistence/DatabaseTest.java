package org.bobine.core.impl.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void deadlocksAndLockTimeoutsAreRetried() {
        assertTrue(Database.lockConflict(new OptimisticLockException("lost")));
        assertTrue(Database.lockConflict(new PersistenceException(new SQLException("deadlock", "40001"))));
        assertTrue(Database.lockConflict(new RuntimeException(new SQLException("timeout", "40XL1"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(Database.lockConflict(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(Database.lockConflict(new IllegalStateException("bug")));
    }
}
