package org.bobine.core.impl.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoAttributes;
import org.bobine.video.api.model.VideoQuery;
import org.bobine.video.api.model.VideoRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue on the real core services and database: who sees which video, and changes to them. */
class VideoServiceImplTest {

    @TempDir
    Path dir;

    private CoreFixture core;
    private CoreFixture.User alice;
    private CoreFixture.User bob;

    @BeforeEach
    void boot() throws Exception {
        core = new CoreFixture(dir);
        alice = core.user("alice", null);
        bob = core.user("bob", null);
    }

    @AfterEach
    void close() {
        core.close();
    }

    private List<String> listed(Caller caller) {
        VideoQuery q = new VideoQuery();
        q.count = 100;
        return core.videos.list(caller, q).data.stream().map((Video v) -> v.name).sorted().toList();
    }

    @Test
    void privacyDecidesWhoSeesAndWhoLists() {
        VideoRef pub = core.upload(alice, "Public", VideoConstants.PUBLIC, CoreFixture.mp4(1024));
        VideoRef unlisted = core.upload(alice, "Unlisted", VideoConstants.UNLISTED, CoreFixture.mp4(1024));
        VideoRef priv = core.upload(alice, "Private", VideoConstants.PRIVATE, CoreFixture.mp4(1024));
        VideoRef internal = core.upload(alice, "Internal", VideoConstants.INTERNAL, CoreFixture.mp4(1024));

        assertEquals(List.of("Public"), listed(Caller.ANONYMOUS));
        assertEquals(List.of("Internal", "Public"), listed(bob.caller()), "logged-in users list internal videos");
        assertEquals("Unlisted", core.videos.get(Caller.ANONYMOUS, unlisted.uuid).name, "reachable by its id");
        assertEquals(401, assertThrows(BobineException.class, () -> core.videos.get(Caller.ANONYMOUS, priv.uuid)).status());
        assertEquals(403, assertThrows(BobineException.class, () -> core.videos.get(bob.caller(), priv.uuid)).status());
        assertEquals("Private", core.videos.get(alice.caller(), priv.uuid).name, "its owner sees it");
        assertEquals("Private", core.videos.get(core.root, priv.uuid).name, "so do administrators");
        assertEquals(401, assertThrows(BobineException.class, () -> core.videos.get(Caller.ANONYMOUS, internal.uuid)).status());
        assertEquals("Public", core.videos.get(Caller.ANONYMOUS, pub.shortUUID).name, "by short UUID too");
    }

    @Test
    void onlyTheOwnerChangesOrDeletesAVideoAndItsFilesGoWithIt() {
        VideoRef ref = core.upload(alice, "Before", VideoConstants.PUBLIC, CoreFixture.mp4(1024));
        VideoAttributes change = new VideoAttributes();
        change.name = "After";
        change.tags = List.of("renamed");
        assertEquals(403, assertThrows(BobineException.class, () -> core.videos.update(bob.caller(), ref.uuid, change)).status());
        core.videos.update(alice.caller(), ref.uuid, change);
        assertEquals("After", core.videos.get(Caller.ANONYMOUS, ref.uuid).name);
        assertEquals(List.of("renamed"), core.videos.get(Caller.ANONYMOUS, ref.uuid).tags);
        assertEquals(List.of("After"), listed(Caller.ANONYMOUS), "the list follows the change at once");

        assertEquals(403, assertThrows(BobineException.class, () -> core.videos.delete(bob.caller(), ref.uuid)).status());
        core.videos.delete(alice.caller(), ref.uuid);
        assertEquals(404, assertThrows(BobineException.class, () -> core.videos.get(alice.caller(), ref.uuid)).status());
        assertEquals(List.of(), core.files("storage/web-videos"));
        assertEquals(List.of(), core.files("storage/torrents"));
        assertEquals(0, core.rows("VideoTagEntity"));
    }

    @Test
    void aPrivateVideosFilesLiveOnThePrivateSideAndMoveWithItsPrivacy() {
        VideoRef ref = core.upload(alice, "Moving", VideoConstants.PRIVATE, CoreFixture.mp4(1024));
        assertEquals(1, core.files("storage/web-videos/private").size());
        VideoAttributes change = new VideoAttributes();
        change.privacy = VideoConstants.PUBLIC;
        core.videos.update(alice.caller(), ref.uuid, change);
        assertEquals(List.of(), core.files("storage/web-videos/private"));
        assertEquals(1, core.files("storage/web-videos").size());
    }
}
