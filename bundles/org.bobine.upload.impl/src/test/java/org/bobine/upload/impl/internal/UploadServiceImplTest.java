package org.bobine.upload.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.UserRole;
import org.bobine.hook.impl.internal.HookRunner;
import org.bobine.persistence.impl.internal.TestUnits;
import org.bobine.video.api.StagedUpload;
import org.bobine.video.api.model.UploadProgress;
import org.bobine.video.api.model.VideoAttributes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads on their real persistence unit (an embedded Derby of their own) and a real data directory, against
 * an in-memory core ({@link FakeIngest}) and no media engine: what is handed to the core, what is refused, and
 * that a refusal or an interrupted chunk leaves nothing behind.
 */
class UploadServiceImplTest {

    private static final Caller ALICE = new Caller(7, "alice", UserRole.USER);

    @TempDir
    Path dir;

    private TestUnits.TestUnit unit;
    private FakeIngest ingest;
    private UploadServiceImpl uploads;

    @BeforeEach
    void boot() throws Exception {
        unit = TestUnits.open(dir, "bobine-upload", "upload", UploadDatabase.STEPS);
        ingest = new FakeIngest(dir.resolve("data"));
        uploads = start();
    }

    private UploadServiceImpl start() throws IOException {
        return new UploadServiceImpl(new UploadDatabase(unit), ingest, new HookRunner(), new Engines());
    }

    @AfterEach
    void close() {
        unit.close();
    }

    /** @return bytes an MP4 starts with, and some more: enough for the sniffer, no engine reads it */
    private static byte[] mp4(int size) {
        byte[] b = new byte[size];
        byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    private static VideoAttributes attrs(String name) {
        VideoAttributes a = new VideoAttributes();
        a.name = name;
        a.channelId = 1L;
        a.filename = "clip.mp4";
        return a;
    }

    private List<String> tmpFiles() throws IOException {
        try (Stream<Path> s = Files.walk(ingest.tmp)) {
            return s.filter(Files::isRegularFile).map(p -> ingest.tmp.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void anUploadIsStagedThenHandedToTheCoreAndLeavesNothingInTmp() throws Exception {
        StagedUpload staged = uploads.stage(ALICE, new ByteArrayInputStream(mp4(4096)));
        assertEquals(4096, staged.size());
        uploads.upload(ALICE, attrs("First"), "clip.mp4", staged, null);
        assertEquals(1, ingest.published.size());
        assertEquals(".mp4", ingest.published.get(0).extension());
        assertNull(ingest.published.get(0).media(), "no engine: nothing probed");
        assertEquals(4096, Files.size(ingest.storage.resolve("video-0.mp4")));
        assertEquals(List.of(), tmpFiles());
    }

    @Test
    void beyondTheQuotaTheUploadStopsWith413AndLeavesNothing() throws Exception {
        ingest.remaining = 1000;
        BobineException e = assertThrows(BobineException.class,
            () -> uploads.stage(ALICE, new ByteArrayInputStream(mp4(4096))));
        assertEquals(413, e.status());
        assertEquals(List.of(), tmpFiles());
        assertEquals(413, assertThrows(BobineException.class,
            () -> uploads.startResumable(ALICE, attrs("Too big"), 4096)).status());
    }

    @Test
    void whatIsNoVideoOrHasAnotherExtensionIsRefusedWith415AndLeavesNothing() throws Exception {
        StagedUpload text = uploads.stage(ALICE, new ByteArrayInputStream("just some text, not a video".getBytes()));
        assertEquals(415, assertThrows(BobineException.class,
            () -> uploads.upload(ALICE, attrs("Text"), "clip.mp4", text, null)).status());
        StagedUpload avi = uploads.stage(ALICE, new ByteArrayInputStream(mp4(2048)));
        assertEquals(415, assertThrows(BobineException.class,
            () -> uploads.upload(ALICE, attrs("Avi"), "clip.avi", avi, null)).status());
        StagedUpload path = uploads.stage(ALICE, new ByteArrayInputStream(mp4(2048)));
        assertEquals(400, assertThrows(BobineException.class,
            () -> uploads.upload(ALICE, attrs("Path"), "../clip.mp4", path, null)).status());
        assertEquals(0, ingest.published.size());
        assertEquals(List.of(), tmpFiles());
    }

    @Test
    void anInvalidThumbnailIsRefusedAndAValidOneIsHandedOver() throws Exception {
        StagedUpload staged = uploads.stage(ALICE, new ByteArrayInputStream(mp4(2048)));
        assertEquals(400, assertThrows(BobineException.class,
            () -> uploads.upload(ALICE, attrs("Thumb"), "clip.mp4", staged, "not an image".getBytes())).status());
        // A WebP the JDK cannot fit is kept as sent.
        byte[] webp = Arrays.copyOf("RIFF\0\0\0\0WEBPVP8 ".getBytes(), 64);
        StagedUpload again = uploads.stage(ALICE, new ByteArrayInputStream(mp4(2048)));
        uploads.upload(ALICE, attrs("Thumb"), "clip.mp4", again, webp);
        assertEquals(".webp", ingest.published.get(0).thumbnailExtension());
        assertEquals(List.of(), tmpFiles(), "the thumbnail's temporary file is gone too");
    }

    @Test
    void aResumableUploadTakesChunksInOrderAndPublishesOnTheLast() throws Exception {
        byte[] content = mp4(3000);
        UploadProgress p = uploads.startResumable(ALICE, attrs("Resumed"), content.length);
        assertEquals(0, p.received());
        assertEquals(1000, uploads.appendResumable(ALICE, p.uploadId(), 0, 999, 3000,
            new ByteArrayInputStream(content, 0, 1000)).received());
        // A chunk that does not start where the last ended is refused and changes nothing.
        assertEquals(400, assertThrows(BobineException.class, () -> uploads.appendResumable(ALICE, p.uploadId(), 1500,
            1999, 3000, new ByteArrayInputStream(content, 1500, 500))).status());
        // A chunk shorter than announced is cut off again.
        assertEquals(400, assertThrows(BobineException.class, () -> uploads.appendResumable(ALICE, p.uploadId(), 1000,
            1999, 3000, new ByteArrayInputStream(content, 1000, 10))).status());
        assertEquals(1000, uploads.resumableStatus(ALICE, p.uploadId()).received());
        // Another user cannot see or touch it.
        Caller bob = new Caller(8, "bob", UserRole.USER);
        assertEquals(404, assertThrows(BobineException.class, () -> uploads.resumableStatus(bob, p.uploadId())).status());
        UploadProgress done = uploads.appendResumable(ALICE, p.uploadId(), 1000, 2999, 3000,
            new ByteArrayInputStream(content, 1000, 2000));
        assertNotNull(done.video());
        assertEquals("Resumed", ingest.published.get(0).attributes().name);
        assertEquals(3000, Files.size(ingest.storage.resolve("video-0.mp4")));
        assertEquals(List.of(), tmpFiles());
        assertEquals(404, assertThrows(BobineException.class, () -> uploads.resumableStatus(ALICE, p.uploadId())).status(),
            "the session is gone once published");
    }

    @Test
    void aRestartKeepsOpenSessionsAndSweepsPartsWithoutOne() throws Exception {
        UploadProgress p = uploads.startResumable(ALICE, attrs("Kept"), 3000);
        uploads.appendResumable(ALICE, p.uploadId(), 0, 999, 3000, new ByteArrayInputStream(mp4(1000)));
        Path orphan = Files.write(ingest.tmp.resolve("uploads/0123456789abcdef0123456789abcdef.part"), new byte[10]);
        uploads = start();
        assertEquals(1000, uploads.resumableStatus(ALICE, p.uploadId()).received());
        assertEquals(List.of("uploads/" + p.uploadId() + ".part"), tmpFiles(), "the orphan part is gone: " + orphan);
        uploads.cancelResumable(ALICE, p.uploadId());
        assertEquals(List.of(), tmpFiles());
    }
}
