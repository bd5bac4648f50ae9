package org.bobine.core.impl.internal.service;

import java.util.Map;
import org.bobine.core.impl.internal.entity.AccountEntity;
import org.bobine.core.impl.internal.entity.ChannelEntity;
import org.bobine.core.impl.internal.persistence.Database;
import org.bobine.video.api.stats.VideoStats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The counts on the core's rows (views, likes, dislikes and comments of videos, followers of channels and accounts),
 * as the social capability sets them; list caches learn of each change.
 */
@Component(service = {VideoStats.class, VideoStatsImpl.class})
public class VideoStatsImpl implements VideoStats {

    private final Database db;
    private final VideoChanges changes;
    private volatile boolean dislikesPublic = true;

    /**
     * @param db      the database
     * @param changes tells list caches that counts changed
     */
    @Activate
    public VideoStatsImpl(@Reference Database db, @Reference VideoChanges changes) {
        this.db = db;
        this.changes = changes;
    }

    @Override
    public void addViews(Map<Long, Long> viewsByVideo) {
        if (viewsByVideo.isEmpty()) {
            return;
        }
        db.run(em -> viewsByVideo.forEach((id, n) -> em.createQuery("UPDATE VideoEntity v SET v.views = v.views + :n "
            + "WHERE v.id = :id").setParameter("n", n).setParameter("id", id).executeUpdate()));
        changes.changed();
    }

    @Override
    public void setTrending(Map<Long, Long> scores) {
        if (scores.isEmpty()) {
            return;
        }
        db.run(em -> scores.forEach((id, n) -> em.createQuery("UPDATE VideoEntity v SET v.trending = :n WHERE v.id = :id")
            .setParameter("n", n).setParameter("id", id).executeUpdate()));
        changes.changed();
    }

    @Override
    public void setRatings(long videoId, long likes, long dislikes) {
        db.run(em -> em.createQuery("UPDATE VideoEntity v SET v.likes = :l, v.dislikes = :d WHERE v.id = :id")
            .setParameter("l", likes).setParameter("d", dislikes).setParameter("id", videoId).executeUpdate());
        changes.changed();
    }

    @Override
    public void setComments(long videoId, long comments) {
        db.run(em -> em.createQuery("UPDATE VideoEntity v SET v.comments = :c WHERE v.id = :id")
            .setParameter("c", comments).setParameter("id", videoId).executeUpdate());
        changes.changed();
    }

    @Override
    public void setFollowers(long channelId, long followers) {
        db.run(em -> {
            ChannelEntity c = em.find(ChannelEntity.class, channelId);
            if (c == null) {
                return;
            }
            c.setFollowersCount(followers);
            em.flush();
            AccountEntity a = c.getAccount();
            Long sum = em.createQuery("SELECT SUM(c.followersCount) FROM ChannelEntity c WHERE c.account = :a", Long.class)
                .setParameter("a", a).getSingleResult();
            a.setFollowersCount(sum == null ? 0 : sum);
        });
        changes.changed();
    }

    @Override
    public void setDislikesPublic(boolean dislikesPublic) {
        this.dislikesPublic = dislikesPublic;
        changes.changed();
    }

    /** @return whether everyone sees dislike counts (otherwise only a video's owner) */
    boolean dislikesPublic() {
        return dislikesPublic;
    }
}
