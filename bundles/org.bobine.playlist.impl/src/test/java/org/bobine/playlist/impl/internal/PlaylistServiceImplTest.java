package org.bobine.playlist.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bobine.account.api.ChannelService;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.Account;
import org.bobine.account.api.model.User;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.UserRole;
import org.bobine.instance.api.InstanceService;
import org.bobine.persistence.impl.internal.TestUnits;
import org.bobine.playlist.api.model.ElementChange;
import org.bobine.playlist.api.model.PlaylistChange;
import org.bobine.playlist.api.model.VideoPlaylist;
import org.bobine.playlist.api.model.VideoPlaylistElement;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.VideoDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The playlist service on its real persistence unit (embedded Derby, the real ledger and migrations), with
 * in-memory fakes of the core's services: PeerTube's reorder and the positions and count after each change,
 * one Watch later per user under a race, and how elements read when their video is hidden or gone.
 */
class PlaylistServiceImplTest {

    private static final Caller ANN = new Caller(7, "ann", UserRole.USER);

    @TempDir
    Path dir;

    private TestUnits.TestUnit unit;
    private PlaylistServiceImpl playlists;
    /** The fake catalogue: what {@code VideoService.get} answers per video id (a video, or the exception). */
    private final Map<String, Object> catalogue = new HashMap<>();

    @BeforeEach
    void open() throws Exception {
        unit = TestUnits.open(dir.resolve("db"), "bobine-playlist", "playlist", PlaylistDatabase.STEPS);
        for (int i = 1; i <= 5; i++) {
            VideoDetails v = new VideoDetails();
            v.id = i;
            v.uuid = "video-" + i;
            v.duration = 60;
            v.thumbnailPath = "/lazy-static/thumbnails/" + i + ".jpg";
            catalogue.put(String.valueOf(i), v);
        }
        playlists = new PlaylistServiceImpl(new PlaylistDatabase(unit), fake(VideoService.class, (m, a) -> {
            Object v = catalogue.get((String) a[1]);
            if (v == null) {
                throw BobineException.notFound("Video not found");
            }
            if (v instanceof BobineException e) {
                throw e;
            }
            return v;
        }), fake(UserService.class, (m, a) -> {
            if (m.equals("me")) {
                User u = new User();
                u.videoChannels = List.of();
                return u;
            }
            Account acc = new Account();
            acc.id = 70;
            acc.name = (String) a[0];
            acc.userId = 7L;
            return acc;
        }), fake(ChannelService.class, (m, a) -> {
            throw BobineException.notFound("Video channel not found");
        }), fake(InstanceService.class, (m, a) -> switch (m) {
            case "publicUrl" -> "http://localhost:9000";
            case "host" -> "localhost:9000";
            case "dataDirectory" -> dir;
            default -> throw new UnsupportedOperationException(m);
        }));
    }

    @AfterEach
    void close() {
        unit.close();
    }

    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
            (proxy, method, args) -> answer.answer(method.getName(), args == null ? new Object[0] : args));
    }

    private long playlistWith(int... videos) {
        PlaylistChange c = new PlaylistChange();
        c.displayName = "Mix";
        long id = playlists.create(ANN, c).id;
        for (int v : videos) {
            ElementChange add = new ElementChange();
            add.videoId = String.valueOf(v);
            playlists.addVideo(ANN, String.valueOf(id), add);
        }
        return id;
    }

    /** @return the videos by position, checking that positions run from 1 without a gap */
    private List<Long> order(long id) {
        List<Long> out = new ArrayList<>();
        List<VideoPlaylistElement> all = playlists.elements(ANN, String.valueOf(id), 0, 100).data;
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).position);
            out.add(all.get(i).video == null ? -1L : all.get(i).video.id);
        }
        return out;
    }

    @Test
    void reorderMovesBlocksAsPeerTubeDoes() {
        long id = playlistWith(1, 2, 3, 4, 5);
        String p = String.valueOf(id);
        playlists.reorder(ANN, p, 2, 4, 1);
        assertEquals(List.of(1L, 3L, 4L, 2L, 5L), order(id), "the second after the fourth");
        playlists.reorder(ANN, p, 4, 0, 2);
        assertEquals(List.of(2L, 5L, 1L, 3L, 4L), order(id), "two from the fourth to the top");
        playlists.reorder(ANN, p, 1, 5, 2);
        assertEquals(List.of(1L, 3L, 4L, 2L, 5L), order(id), "the first two to the end");
        playlists.reorder(ANN, p, 3, 2, 1);
        playlists.reorder(ANN, p, 3, 3, 1);
        assertEquals(List.of(1L, 3L, 4L, 2L, 5L), order(id), "already in place: nothing moves");
        assertThrows(BobineException.class, () -> playlists.reorder(ANN, p, 2, 3, 3), "into the moved block");
        assertThrows(BobineException.class, () -> playlists.reorder(ANN, p, 5, 0, 2), "beyond the end");
        assertEquals(List.of(1L, 3L, 4L, 2L, 5L), order(id));
    }

    @Test
    void removingAnElementMovesTheNextOnesUpAndKeepsTheCount() {
        long id = playlistWith(1, 2, 3);
        List<VideoPlaylistElement> all = playlists.elements(ANN, String.valueOf(id), 0, 100).data;
        playlists.removeElement(ANN, String.valueOf(id), all.get(0).id);
        assertEquals(List.of(2L, 3L), order(id));
        assertEquals(2, playlists.get(ANN, String.valueOf(id)).videosLength);
        assertThrows(BobineException.class, () -> playlists.removeElement(ANN, String.valueOf(id), all.get(0).id));
        Caller bob = new Caller(8, "bob", UserRole.USER);
        BobineException e = assertThrows(BobineException.class, () -> playlists.removeElement(bob, String.valueOf(id), all.get(1).id));
        assertEquals(403, e.status());
        assertEquals(2, playlists.get(ANN, String.valueOf(id)).videosLength);
    }

    @Test
    void elementsOfHiddenOrDeletedVideosComeWithoutThem() {
        long id = playlistWith(1, 2, 3, 4);
        catalogue.put("1", BobineException.forbidden("Cannot get this private video"));
        catalogue.remove("2");
        ((VideoDetails) catalogue.get("3")).blacklisted = true;
        List<VideoPlaylistElement> all = playlists.elements(ANN, String.valueOf(id), 0, 100).data;
        assertEquals(List.of(VideoPlaylistElement.PRIVATE, VideoPlaylistElement.DELETED, VideoPlaylistElement.UNAVAILABLE,
            VideoPlaylistElement.REGULAR), all.stream().map(e -> e.type).toList());
        assertNull(all.get(0).video);
        assertNull(all.get(1).video);
        assertNull(all.get(2).video);
        VideoPlaylist p = playlists.get(ANN, String.valueOf(id));
        assertEquals("/lazy-static/thumbnails/4.jpg", p.thumbnailPath, "the first video the viewer may see");
        assertEquals(4, p.videosLength);
    }

    @Test
    void aUserHasOneWatchLaterEvenWhenRequestsRace() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> playlists.watchLater(ANN).id);
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertTrue(ids.stream().allMatch(ids.get(0)::equals), ids.toString());
        } finally {
            pool.shutdown();
        }
        long count = unit.tx(em -> em.createQuery("SELECT COUNT(p) FROM PlaylistEntity p WHERE p.type = 2", Long.class)
            .getSingleResult());
        assertEquals(1, count);
        BobineException e = assertThrows(BobineException.class, () -> playlists.delete(ANN, String.valueOf(
            playlists.watchLater(ANN).id)));
        assertEquals(400, e.status());
    }
}
