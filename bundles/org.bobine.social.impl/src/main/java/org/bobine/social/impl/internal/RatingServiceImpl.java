package org.bobine.social.impl.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bobine.account.api.UserService;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.instance.api.InstanceService;
import org.bobine.social.api.RatingService;
import org.bobine.social.api.model.AccountVideoRate;
import org.bobine.social.api.model.UserVideoRate;
import org.bobine.social.impl.internal.entity.RatingEntity;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoDetails;
import org.bobine.video.api.stats.VideoStats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Likes and dislikes. A video's counts are counted again after each change, under a lock of that video, and
 * set on the core's video row: lists read them from there. At start the counts of every rated video are set
 * again (a crash between a rating and its count is healed then).
 */
@Component(service = RatingService.class, immediate = true)
public class RatingServiceImpl implements RatingService {

    private static final Set<String> RATINGS = Set.of("like", "dislike", "none");

    private final SocialDatabase db;
    private final VideoService videos;
    private final VideoStats stats;
    private final UserService users;
    private final InstanceService instance;
    private final Locks locks = new Locks();

    /**
     * @param db       ratings
     * @param videos   the videos rated, with the caller's right to see them
     * @param stats    the counts on the core's rows
     * @param users    accounts whose ratings are listed
     * @param instance this instance's URL
     */
    @Activate
    public RatingServiceImpl(@Reference SocialDatabase db, @Reference VideoService videos, @Reference VideoStats stats,
                             @Reference UserService users, @Reference InstanceService instance) {
        this.db = db;
        this.videos = videos;
        this.stats = stats;
        this.users = users;
        this.instance = instance;
        reconcile();
    }

    private void reconcile() {
        List<Object[]> counts = db.tx(em -> em.createQuery("SELECT r.videoId, r.rating, COUNT(r) FROM RatingEntity r "
            + "GROUP BY r.videoId, r.rating", Object[].class).getResultList());
        Map<Long, long[]> byVideo = new HashMap<>();
        for (Object[] r : counts) {
            long[] c = byVideo.computeIfAbsent(((Number) r[0]).longValue(), k -> new long[2]);
            c["like".equals(r[1]) ? 0 : 1] = ((Number) r[2]).longValue();
        }
        byVideo.forEach((id, c) -> stats.setRatings(id, c[0], c[1]));
    }


    @Override
    public void rate(Caller caller, String videoId, String rating) {
        caller.requireUser();
        if (rating == null || !RATINGS.contains(rating)) {
            throw BobineException.badRequest("rating must be like, dislike or none");
        }
        VideoDetails v = videos.get(caller, videoId);
        synchronized (locks.of(v.id)) {
            db.run(em -> {
                List<RatingEntity> old = em.createQuery("SELECT r FROM RatingEntity r WHERE r.userId = :u AND r.videoId = :v",
                    RatingEntity.class).setParameter("u", caller.userId()).setParameter("v", v.id).getResultList();
                old.forEach(em::remove);
                if (!rating.equals("none")) {
                    RatingEntity r = new RatingEntity();
                    r.setUserId(caller.userId());
                    r.setAccountName(caller.username());
                    r.setVideoId(v.id);
                    r.setRating(rating);
                    r.setUrl(instance.publicUrl() + "/accounts/" + caller.username() + "/" + rating + "s/" + v.id);
                    r.setCreatedAt(System.currentTimeMillis());
                    em.flush();
                    em.persist(r);
                }
            });
            long[] c = db.tx(em -> {
                long[] n = new long[2];
                for (Object[] r : em.createQuery("SELECT r.rating, COUNT(r) FROM RatingEntity r WHERE r.videoId = :v "
                    + "GROUP BY r.rating", Object[].class).setParameter("v", v.id).getResultList()) {
                    n["like".equals(r[0]) ? 0 : 1] = ((Number) r[1]).longValue();
                }
                return n;
            });
            stats.setRatings(v.id, c[0], c[1]);
        }
    }

    @Override
    public UserVideoRate mine(Caller caller, String videoId) {
        caller.requireUser();
        VideoDetails v = videos.get(caller, videoId);
        String rating = db.tx(em -> em.createQuery("SELECT r.rating FROM RatingEntity r WHERE r.userId = :u AND r.videoId = :v",
            String.class).setParameter("u", caller.userId()).setParameter("v", v.id).getResultList().stream().findFirst()
            .orElse("none"));
        return new UserVideoRate(v.id, rating);
    }

    @Override
    public ResultList<AccountVideoRate> forAccount(Caller caller, String accountName, int start, int count, String rating) {
        caller.requireUser();
        if (start < 0 || count < 0 || count > 100) {
            throw BobineException.badRequest("start must be 0 or more and count between 0 and 100");
        }
        if (rating != null && !rating.equals("like") && !rating.equals("dislike")) {
            throw BobineException.badRequest("rating must be like or dislike");
        }
        Long owner = users.account(accountName).userId;
        if (owner == null || owner != caller.userId()) {
            throw BobineException.forbidden("Only the account's user can list its ratings");
        }
        List<RatingEntity> rows = db.tx(em -> em.createQuery("SELECT r FROM RatingEntity r WHERE r.userId = :u "
            + "ORDER BY r.createdAt DESC, r.id DESC", RatingEntity.class).setParameter("u", owner).getResultList());
        List<AccountVideoRate> visible = new ArrayList<>();
        for (RatingEntity r : rows) {
            if (rating != null && !rating.equals(r.getRating())) {
                continue;
            }
            Video v;
            try {
                v = videos.get(caller, String.valueOf(r.getVideoId()));
            } catch (BobineException e) {
                continue; // Gone, or no longer visible to the caller.
            }
            visible.add(new AccountVideoRate(v, r.getRating()));
        }
        List<AccountVideoRate> page = start >= visible.size() ? List.of()
            : visible.subList(start, Math.min(visible.size(), start + count));
        return new ResultList<>(visible.size(), page);
    }
}
