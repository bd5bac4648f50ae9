package org.bobine.video.api.stats;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** The core's side of the counts: set by the capability that owns the counted rows. */
@ProviderType
public interface VideoStats {

    /**
     * Adds counted views, in one transaction (a batch of a few seconds, not a row update per view).
     *
     * @param viewsByVideo views to add, by video id (unknown ids are ignored)
     */
    void addViews(Map<Long, Long> viewsByVideo);

    /**
     * Sets videos' trending scores (what {@code sort=-trending} orders by): their views over the last days.
     *
     * @param scores score by video id (unknown ids are ignored)
     */
    void setTrending(Map<Long, Long> scores);

    /**
     * @param videoId  a video
     * @param likes    its likes now
     * @param dislikes its dislikes now
     */
    void setRatings(long videoId, long likes, long dislikes);

    /**
     * @param videoId  a video
     * @param comments its comments and replies that everyone who may see it sees (not held, not deleted)
     */
    void setComments(long videoId, long comments);

    /**
     * @param channelId a local channel
     * @param followers its followers now
     */
    void setFollowers(long channelId, long followers);

    /**
     * @param dislikesPublic whether everyone sees dislike counts; when false only a video's owner does (the
     *                       others see 0)
     */
    void setDislikesPublic(boolean dislikesPublic);
}
