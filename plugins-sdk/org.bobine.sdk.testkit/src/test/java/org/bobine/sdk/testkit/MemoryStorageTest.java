package org.bobine.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.bobine.sdk.plugin.PluginStorage;
import org.junit.jupiter.api.Test;

class MemoryStorageTest {

    private final MemoryStorage storage = new MemoryStorage();

    @Test
    void keepsReplacesAndRemovesValues() {
        storage.put("a", "1");
        storage.put("a", "2");

        assertEquals(Optional.of("2"), storage.get("a"));
        assertEquals(Optional.empty(), storage.get("b"));
        assertEquals(Optional.empty(), storage.get(null));
        assertTrue(storage.remove("a"));
        assertFalse(storage.remove("a"));
        assertFalse(storage.remove(null));
    }

    @Test
    void keysAreSortedAndFilteredByPrefix() {
        for (String k : List.of("video:b", "count", "video:a", "videos", "video:c")) {
            storage.put(k, "x");
        }

        assertEquals(List.of("video:a", "video:b", "video:c"), storage.keys("video:"));
        assertEquals(List.of("count", "video:a", "video:b", "video:c", "videos"), storage.keys(""));
        assertEquals(storage.keys(""), storage.keys(null));
        assertEquals(List.of(), storage.keys("zzz"));
        assertEquals(List.of("count", "video:a", "video:b", "video:c", "videos"), List.copyOf(storage.entries().keySet()));
    }

    @Test
    void keysAndValuesHaveThePlatformsLimits() {
        storage.put("k".repeat(PluginStorage.MAX_KEY_LENGTH), "v".repeat(PluginStorage.MAX_VALUE_LENGTH));
        storage.put("empty", "");

        assertThrows(IllegalArgumentException.class, () -> storage.put("", "v"));
        assertThrows(IllegalArgumentException.class, () -> storage.put(null, "v"));
        assertThrows(IllegalArgumentException.class, () -> storage.put("k".repeat(PluginStorage.MAX_KEY_LENGTH + 1), "v"));
        assertThrows(IllegalArgumentException.class, () -> storage.put("k", null));
        assertThrows(IllegalArgumentException.class, () -> storage.put("k", "v".repeat(PluginStorage.MAX_VALUE_LENGTH + 1)));
        assertEquals(2, storage.keys("").size());
        storage.clear();
        assertTrue(storage.entries().isEmpty());
    }
}
