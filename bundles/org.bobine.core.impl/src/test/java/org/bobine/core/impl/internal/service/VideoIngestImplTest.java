package org.bobine.core.impl.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.model.VideoAttributes;
import org.bobine.video.api.model.VideoDetails;
import org.bobine.video.api.model.VideoRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New videos published on the real core services and database: what is stored, what is refused, and that a
 * refusal leaves nothing (what arrives is checked by the uploads bundle, with its own tests).
 */
class VideoIngestImplTest {

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
    void someoneElsesChannelIsRefusedAndLeavesNothing() {
        CoreFixture.User alice = core.user("alice", null);
        CoreFixture.User mallory = core.user("mallory", null);
        BobineException e = assertThrows(BobineException.class, () -> core.upload(
            new CoreFixture.User(mallory.caller(), alice.channelId()), "Not mine", VideoConstants.PUBLIC, CoreFixture.mp4(2048)));
        assertEquals(403, e.status());
        assertEquals(0, core.rows("VideoEntity"));
        assertEquals(List.of(), core.files("storage/web-videos"));
    }

    @Test
    void invalidAttributesAndStrayPasswordsAreRefusedBeforeAnyByte() {
        CoreFixture.User alice = core.user("alice", null);
        VideoAttributes a = new VideoAttributes();
        a.name = "x";
        a.channelId = alice.channelId();
        assertEquals(400, assertThrows(BobineException.class, () -> core.ingest.check(alice.caller(), a, true)).status());
        a.name = "A fine name";
        a.videoPasswords = List.of("secret-one");
        assertEquals(400, assertThrows(BobineException.class, () -> core.ingest.check(alice.caller(), a, true)).status());
        a.videoPasswords = null;
        assertEquals(core.users.me(alice.caller()).videoChannels.get(0).name, core.ingest.check(alice.caller(), a, true));
    }

    @Test
    void quotasCountWhatUsersStored() {
        CoreFixture.User carol = core.user("carol", 10_000L);
        assertEquals(10_000L, core.ingest.remainingQuota(carol.caller()));
        core.upload(carol, "One", VideoConstants.PUBLIC, CoreFixture.mp4(4000));
        core.upload(carol, "Two", VideoConstants.PUBLIC, CoreFixture.mp4(4000));
        assertEquals(8000L, core.users.me(carol.caller()).videoQuotaUsed);
        assertEquals(2000L, core.ingest.remainingQuota(carol.caller()));
        assertEquals(2, core.files("storage/web-videos").size());
        CoreFixture.User dave = core.user("dave", -1L);
        assertEquals(Long.MAX_VALUE, core.ingest.remainingQuota(dave.caller()), "-1 is no limit");
    }
}
