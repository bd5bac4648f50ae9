package org.bobine.sdk.access;

import java.util.List;
import org.bobine.sdk.hook.VideoInfo;

/**
 * Implements a privacy: register one as a service with {@link #GUARDED_PRIVACY} (an Integer) to hold the
 * secrets of videos with that privacy and decide who reaches them. The platform calls it for every viewer
 * but the owner and moderators, on the API, the pages and the media files. Calls are bounded in time.
 */
public interface VideoAccessGuard {

    /** Service property: the privacy id this guard implements (Integer, 5 for password protection). */
    String GUARDED_PRIVACY = "bobine.access.privacy";

    /**
     * Checks secrets before a video is given this privacy or its secrets change (upload or edit); nothing is
     * stored yet.
     *
     * @param secrets the secrets sent ({@code videoPasswords[]})
     * @throws org.bobine.sdk.plugin.PluginException 400 when they are not acceptable
     */
    void validate(List<String> secrets);

    /**
     * Keeps a video's secrets, replacing earlier ones; called after the video's row is written.
     *
     * @param video   the video
     * @param secrets validated secrets
     * @throws Exception any failure; the video then stays closed
     */
    void store(VideoInfo video, List<String> secrets) throws Exception;

    /**
     * Forgets a video's secrets: it was deleted or given another privacy.
     *
     * @param video the video
     * @throws Exception any failure, logged
     */
    void forget(VideoInfo video) throws Exception;

    /**
     * @param video   the video
     * @param attempt who tries, with what
     * @return the decision
     * @throws Exception any failure, which closes access
     */
    AccessDecision check(VideoInfo video, AccessAttempt attempt) throws Exception;
}
