package org.bobine.core.impl.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.model.VideoDetails;
import org.bobine.video.api.model.VideoRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads on the real core services and database: what is stored, what is refused, and that a refusal leaves nothing. */
class UploadServiceImplTest {

    @TempDir
    Path dir;

    private CoreFixture core;

    @BeforeEach
    void boot() throws Exception {
        core = new CoreFixture(dir);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void anUploadIsStoredWithItsTorrentAndWithoutAPipelinePublishedAtOnce() {
        CoreFixture.User alice = core.user("alice", null);
        VideoRef ref = core.upload(alice, "First", VideoConstants.PUBLIC, CoreFixture.mp4(4096));
        VideoDetails v = core.videos.get(Caller.ANONYMOUS, ref.uuid);
        assertEquals("First", v.name);
        assertEquals(VideoConstants.STATE_PUBLISHED, v.state.id);
        assertEquals(List.of("unit", "test"), v.tags);
        assertEquals(1, v.files.size());
        assertEquals(4096, v.files.get(0).size);
        assertEquals(1, core.files("storage/web-videos").size());
        assertEquals(1, core.files("storage/torrents").size());
        assertEquals(List.of(), core.files("tmp"), "nothing left in tmp/");
        // Without an engine nothing was probed, so nothing waits for a pipeline.
        assertNull(core.db.tx(em -> em.find(VideoEntity.class, ref.id).getTranscodeRequestedAt()));
    }

    @Test
    void aQuotaTooSmallIsRefusedAndLeavesNothing() {
        CoreFixture.User bob = core.user("bob", 1000L);
        BobineException e = assertThrows(BobineException.class,
            () -> core.upload(bob, "Too big", VideoConstants.PUBLIC, CoreFixture.mp4(4096)));
        assertEquals(413, e.status());
        assertEquals(0, core.rows("VideoEntity"));
        assertEquals(List.of(), core.files("storage/web-videos"));
        assertEquals(List.of(), core.files("tmp"));
    }

    @Test
    void someoneElsesChannelIsRefusedAndLeavesNothing() {
        CoreFixture.User alice = core.user("alice", null);
        CoreFixture.User mallory = core.user("mallory", null);
        BobineException e = assertThrows(BobineException.class, () -> core.upload(
            new CoreFixture.User(mallory.caller(), alice.channelId()), "Not mine", VideoConstants.PUBLIC, CoreFixture.mp4(2048)));
        assertEquals(403, e.status());
        assertEquals(0, core.rows("VideoEntity"));
        assertEquals(List.of(), core.files("storage/web-videos"));
        assertEquals(List.of(), core.files("tmp"));
    }

    @Test
    void aFileThatIsNoVideoIsRefusedWith415() {
        CoreFixture.User alice = core.user("alice", null);
        BobineException e = assertThrows(BobineException.class,
            () -> core.upload(alice, "Text", VideoConstants.PUBLIC, "just some text, not a video".getBytes()));
        assertEquals(415, e.status());
        assertEquals(0, core.rows("VideoEntity"));
        assertEquals(List.of(), core.files("tmp"));
    }

    @Test
    void quotasCountWhatUsersStored() {
        CoreFixture.User carol = core.user("carol", 10_000L);
        core.upload(carol, "One", VideoConstants.PUBLIC, CoreFixture.mp4(4000));
        core.upload(carol, "Two", VideoConstants.PUBLIC, CoreFixture.mp4(4000));
        assertEquals(8000L, core.users.me(carol.caller()).videoQuotaUsed);
        BobineException e = assertThrows(BobineException.class,
            () -> core.upload(carol, "Three", VideoConstants.PUBLIC, CoreFixture.mp4(4000)));
        assertEquals(413, e.status());
        assertTrue(core.files("storage/web-videos").size() == 2);
    }
}
