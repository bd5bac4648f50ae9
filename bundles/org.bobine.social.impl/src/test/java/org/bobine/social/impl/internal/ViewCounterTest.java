package org.bobine.social.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bobine.video.api.stats.VideoStats;
import org.junit.jupiter.api.Test;

/** Views counted from players' reports, with a clock the test moves. */
class ViewCounterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final List<Map<Long, Long>> written = new ArrayList<>();
    private final VideoStats stats = new VideoStats() {
        @Override
        public void addViews(Map<Long, Long> viewsByVideo) {
            written.add(Map.copyOf(viewsByVideo));
        }

        @Override
        public void setRatings(long videoId, long likes, long dislikes) {
        }

        @Override
        public void setComments(long videoId, long comments) {
        }

        @Override
        public void setTrending(Map<Long, Long> scores) {
        }

        @Override
        public void setFollowers(long channelId, long followers) {
        }

        @Override
        public void setDislikesPublic(boolean dislikesPublic) {
        }
    };
    private final ViewCounter counter = new ViewCounter(stats, config(10, 60), now::get, false);

    /** A viewer plays from 0 reporting every 5 s of wall time. */
    private void play(String viewer, long video, long duration, int seconds) {
        for (int t = 0; t <= seconds; t += 5) {
            counter.viewed(video, duration, viewer, t, null);
            now.addAndGet(5_000);
        }
    }

    @Test
    void aViewCountsAfterTenSecondsWatchedAndOncePerViewer() {
        play("viewer-a", 1, 300, 5);
        counter.flush();
        assertEquals(List.of(), written, "5 s watched is not a view yet");
        play("viewer-a", 1, 300, 30);
        play("viewer-b", 1, 300, 15);
        counter.flush();
        assertEquals(List.of(Map.of(1L, 2L)), written, "one view each, written in one batch");
        play("viewer-a", 1, 300, 60);
        counter.flush();
        assertEquals(1, written.size(), "watching on counts no more views");
    }

    @Test
    void seekingAndPositionsAheadOfTheClockAreNotWatching() {
        counter.viewed(2, 600, "skipper", 0, null);
        now.addAndGet(1_000);
        counter.viewed(2, 600, "skipper", 300, "seek");
        now.addAndGet(1_000);
        counter.viewed(2, 600, "skipper", 500, null);
        counter.flush();
        assertEquals(List.of(), written, "jumping ahead is not watching");
    }

    @Test
    void halfOfAShortVideoIsEnough() {
        play("viewer", 3, 8, 5);
        counter.flush();
        assertEquals(List.of(Map.of(3L, 1L)), written);
    }

    @Test
    void afterTheWindowTheSameViewerCountsAgainAndExpiredSessionsAreForgotten() {
        play("viewer", 4, 300, 15);
        counter.flush();
        now.addAndGet(61 * 60_000L);
        counter.flush();
        assertEquals(0, counter.sessions());
        play("viewer", 4, 300, 15);
        counter.flush();
        assertEquals(List.of(Map.of(4L, 1L), Map.of(4L, 1L)), written);
    }

    @Test
    void viewsThatCouldNotBeWrittenAreKeptForTheNextFlush() {
        List<Map<Long, Long>> ok = new ArrayList<>();
        boolean[] down = {true};
        ViewCounter c = new ViewCounter(new VideoStats() {
            @Override
            public void addViews(Map<Long, Long> viewsByVideo) {
                if (down[0]) {
                    throw new IllegalStateException("database down");
                }
                ok.add(Map.copyOf(viewsByVideo));
            }

            @Override
            public void setRatings(long videoId, long likes, long dislikes) {
            }

            @Override
            public void setComments(long videoId, long comments) {
            }

            @Override
            public void setTrending(Map<Long, Long> scores) {
            }

            @Override
            public void setFollowers(long channelId, long followers) {
            }

            @Override
            public void setDislikesPublic(boolean dislikesPublic) {
            }
        }, config(10, 60), now::get, false);
        for (int t = 0; t <= 15; t += 5) {
            c.viewed(5, 300, "v", t, null);
            now.addAndGet(5_000);
        }
        try {
            c.flush();
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("down"));
        }
        down[0] = false;
        c.flush();
        assertEquals(List.of(Map.of(5L, 1L)), ok);
    }

    static SocialConfig config(int after, int minutes) {
        return new SocialConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SocialConfig.class;
            }

            @Override
            public boolean commentsEnabled() {
                return true;
            }

            @Override
            public boolean dislikesPublic() {
                return true;
            }

            @Override
            public int countViewAfterSeconds() {
                return after;
            }

            @Override
            public int viewExpirationMinutes() {
                return minutes;
            }

            @Override
            public int viewFlushSeconds() {
                return 10;
            }

            @Override
            public int trendingDays() {
                return 2;
            }
        };
    }
}
