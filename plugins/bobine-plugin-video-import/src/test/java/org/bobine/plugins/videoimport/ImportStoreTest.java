package org.bobine.plugins.videoimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bobine.sdk.imports.ImportInfo;
import org.bobine.sdk.testkit.MemoryStorage;
import org.junit.jupiter.api.Test;

class ImportStoreTest {

    private final MemoryStorage storage = new MemoryStorage();
    private final ImportStore store = new ImportStore(storage);

    @Test
    void givesIdsFromACounterAndIndexesPerUserNewestFirst() {
        ImportInfo a = store.create("alice", "https://example.com/1.mp4", 1000);
        ImportInfo b = store.create("bob", "https://example.com/2.mp4", 2000);
        ImportInfo c = store.create("alice", "https://example.com/3.mp4", 3000);
        assertEquals(List.of(1L, 2L, 3L), List.of(a.id(), b.id(), c.id()));
        assertEquals("3", storage.get("next-id").orElseThrow());
        assertEquals(List.of(3L, 1L), store.index("alice"));
        assertEquals(List.of(2L), store.index("bob"));
        assertEquals(List.of(1L, 2L, 3L), store.unfinished());
        assertEquals(ImportInfo.PENDING, store.load(1).orElseThrow().info().state());
    }

    @Test
    void recordsRoundTrip() {
        ImportInfo a = store.create("alice", "https://example.com/1.mp4?a=\"b\"", 1000);
        ImportInfo done = new ImportInfo(a.id(), a.targetUrl(), ImportInfo.FAILED, 42, "Line one\nline \"two\"", null,
            "alice", 1000, 5000);
        store.save(done, "/tmp/x");
        ImportStore.Entry e = store.load(a.id()).orElseThrow();
        assertEquals(done, e.info());
        assertEquals("/tmp/x", e.workDir());
        store.finished(a.id());
        assertEquals(List.of(), store.unfinished());
        assertTrue(storage.get("unfinished").isEmpty());
    }

    @Test
    void damagedRecordsAreSkipped() {
        storage.put("import:7", "{not json");
        assertTrue(store.load(7).isEmpty());
        assertTrue(store.load(8).isEmpty());
    }

    @Test
    void longNamesGetAHashedIndexKey() {
        String name = "u".repeat(300);
        store.create(name, "https://example.com/1.mp4", 1);
        assertEquals(List.of(1L), store.index(name));
        assertTrue(storage.keys("index:").stream().allMatch(k -> k.length() <= 200));
    }
}
