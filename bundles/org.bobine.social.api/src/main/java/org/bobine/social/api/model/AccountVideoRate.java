package org.bobine.social.api.model;

import org.bobine.video.api.model.Video;

/** PeerTube's {@code AccountVideoRate}: a video an account rated, and how. */
public class AccountVideoRate {
    /** The video, as lists show it. */
    public Video video;
    /** {@code like} or {@code dislike}. */
    public String rating;

    /**
     * @param video  the video
     * @param rating how it was rated
     */
    public AccountVideoRate(Video video, String rating) {
        this.video = video;
        this.rating = rating;
    }
}
