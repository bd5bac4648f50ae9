package org.bobine.core.impl.internal.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bobine.core.api.BobineException;
import org.bobine.core.impl.internal.service.FakeSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageTest {

    @TempDir
    Path data;

    private Storage storage;

    @BeforeEach
    void createStorage() throws Exception {
        storage = new Storage(new FakeSettings(data));
    }

    @Test
    void createsTheDataLayout() {
        for (String dir : new String[] {"storage/web-videos", "storage/torrents", "storage/thumbnails", "tmp"}) {
            assertTrue(Files.isDirectory(data.resolve(dir)), dir);
        }
    }

    @Test
    void resolveAcceptsPlainNamesOnly() {
        assertEquals(storage.webVideos().resolve("abc-0.mp4"), storage.resolve(storage.webVideos(), "abc-0.mp4"));
        for (String bad : Arrays.asList("../x", "a/b", "a\\b", "", null, ".hidden", "..", "a..b", "/etc/passwd",
            "x".repeat(101), "a b", "caf\u00e9")) {
            BobineException e = assertThrows(BobineException.class, () -> storage.resolve(storage.webVideos(), bad),
                String.valueOf(bad));
            assertEquals(404, e.status());
        }
    }

    @Test
    void writeTempThenInstallMovesIntoStorage() throws Exception {
        byte[] content = "video bytes".getBytes(StandardCharsets.UTF_8);
        Path tmp = storage.writeTemp(new ByteArrayInputStream(content));
        assertEquals(storage.tmp(), tmp.getParent());
        assertArrayEquals(content, Files.readAllBytes(tmp));

        Path target = storage.resolve(storage.webVideos(), "abc-0.mp4");
        assertFalse(Files.exists(target));
        storage.install(tmp, target);

        assertArrayEquals(content, Files.readAllBytes(target));
        assertFalse(Files.exists(tmp));
        try (Stream<Path> left = Files.list(storage.webVideos())) {
            assertEquals(1, left.filter(Files::isRegularFile).count(), "no staging copy left behind");
        }
    }

    @Test
    void deleteIgnoresNullsAndMissingFiles() throws Exception {
        Path f = storage.newTempFile();
        storage.delete(null, f, data.resolve("tmp/missing"));
        assertFalse(Files.exists(f));
    }

    @Test
    void sweepRemovesLeftoversAndKeepsWhatIsReferenced() throws Exception {
        Path tmpFile = touch(storage.tmp().resolve("crashed.tmp"));
        // tmp/'s folders are other capabilities' (resumable uploads): theirs to sweep.
        Path part = touch(Files.createDirectories(data.resolve("tmp/uploads")).resolve("live.part"));
        Path video = touch(storage.webVideos().resolve("keep-0.mp4"));
        Path orphanVideo = touch(storage.webVideos().resolve("orphan-0.mp4"));
        Path staged = touch(storage.webVideos().resolve(".orphan-1.mp4.staged"));
        Path torrent = touch(storage.torrents().resolve("keep-0.torrent"));
        Path orphanTorrent = touch(storage.torrents().resolve("orphan-0.torrent"));
        Path thumbnail = touch(storage.thumbnails().resolve("keep.jpg"));
        Path orphanThumbnail = touch(storage.thumbnails().resolve("orphan.jpg"));

        int removed = storage.sweep(Set.of("keep-0.mp4", "keep-0.torrent", "keep.jpg"));

        assertEquals(5, removed);
        for (Path gone : new Path[] {tmpFile, orphanVideo, staged, orphanTorrent, orphanThumbnail}) {
            assertFalse(Files.exists(gone), gone.toString());
        }
        for (Path kept : new Path[] {part, video, torrent, thumbnail}) {
            assertTrue(Files.exists(kept), kept.toString());
        }
        assertEquals(0, storage.sweep(Set.of("keep-0.mp4", "keep-0.torrent", "keep.jpg")));
    }

    private static Path touch(Path p) throws Exception {
        return Files.write(p, new byte[] {1, 2, 3});
    }

    @Test
    void mediaOfPrivateVideosMoveToThePrivateSideAndBack() throws Exception {
        Path pub = touch(storage.webVideo(1, "v-360.mp4"));
        Files.createDirectories(storage.hlsDirectory(1, "uuid-1"));
        touch(storage.hlsDirectory(1, "uuid-1").resolve("master.m3u8"));
        assertEquals(2, storage.place(3, List.of("v-360.mp4"), "uuid-1"));
        assertFalse(Files.exists(pub));
        assertTrue(Files.exists(storage.webVideos().resolve("private/v-360.mp4")));
        assertTrue(Files.exists(storage.hls().resolve("private/uuid-1/master.m3u8")));
        assertEquals(0, storage.place(4, List.of("v-360.mp4"), "uuid-1"), "internal is private too");
        assertEquals(2, storage.place(2, List.of("v-360.mp4"), "uuid-1"), "unlisted is public");
        assertTrue(Files.exists(pub));
        assertEquals(0, storage.sweep(Set.of("v-360.mp4", "uuid-1")),
            "the private folders themselves are never swept");
    }
}
