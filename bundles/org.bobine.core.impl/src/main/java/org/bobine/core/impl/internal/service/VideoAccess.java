package org.bobine.core.impl.internal.service;

import java.util.List;
import java.util.Locale;
import javax.persistence.EntityManager;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.ErrorCodes;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.core.impl.internal.util.ShortUuid;
import org.bobine.sdk.access.AccessDecision;
import org.bobine.video.api.VideoConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who may see which video: the one place the privacy rules are written. Password-protected videos are
 * decided by {@link PluginBridge} (a plugin's guard, closed without one). Every service that finds a video
 * for a caller goes through here.
 */
@Component(service = VideoAccess.class)
public class VideoAccess {

    private final PluginBridge plugins;

    /** @param plugins the guards of password-protected videos */
    @Activate
    public VideoAccess(@Reference PluginBridge plugins) {
        this.plugins = plugins;
    }

    /** Privacies that appear in lists and search for this caller. */
    List<Integer> listable(Caller caller) {
        return caller.anonymous() ? List.of(VideoConstants.PUBLIC)
            : List.of(VideoConstants.PUBLIC, VideoConstants.INTERNAL);
    }

    /**
     * @throws BobineException 401 for an anonymous caller, 403 for a logged-in one, when the video is hidden
     */
    void checkView(Caller caller, VideoEntity v) {
        checkView(caller, v, "api");
    }

    /**
     * @param purpose "api", "media" or "page": what the access is for, told to the guard of password videos
     * @throws BobineException as {@link #checkView(Caller, VideoEntity)}; for password-protected videos 403
     *                         {@code video_requires_password} or {@code incorrect_video_password}, 429 after
     *                         too many wrong passwords
     */
    void checkView(Caller caller, VideoEntity v, String purpose) {
        if (owns(caller, v) || caller.seesAllVideos()) {
            return;
        }
        switch (v.getPrivacy()) {
            case VideoConstants.PUBLIC, VideoConstants.UNLISTED -> {
                return;
            }
            case VideoConstants.INTERNAL -> {
                if (caller.anonymous()) {
                    throw BobineException.unauthorized("This video is only visible to logged-in users");
                }
                return;
            }
            case VideoConstants.PASSWORD_PROTECTED -> {
                // Fail closed: only a guard (the video-password plugin) grants access; without one, or when it
                // fails, the video stays closed.
                AccessDecision d = plugins.decide(caller, v, purpose);
                switch (d) {
                    case GRANTED -> {
                        return;
                    }
                    case SECRET_INCORRECT -> throw new BobineException(403, "incorrect_video_password",
                        "Incorrect video password. Access to the video is denied.");
                    case TOO_MANY_ATTEMPTS -> throw new BobineException(429, "too_many_video_password_attempts",
                        "Too many wrong passwords for this video: try again in a few minutes");
                    default -> throw new BobineException(403, "video_requires_password", "This video requires a password");
                }
            }
            default -> {
                if (caller.anonymous()) {
                    throw BobineException.unauthorized("Authentication is required to see this video");
                }
                throw BobineException.forbidden("Cannot get this private video");
            }
        }
    }

    boolean owns(Caller caller, VideoEntity v) {
        return !caller.anonymous() && v.getChannel().getAccount().getUser().getId() == caller.userId();
    }

    /**
     * @param em     an open entity manager
     * @param caller who asks
     * @param id     numeric id, UUID or short UUID
     * @return the video, when the caller owns it or is an administrator
     * @throws BobineException 404 when it does not exist, as {@link #checkView} when hidden, 403 when not the owner's
     */
    public VideoEntity findOwned(EntityManager em, Caller caller, String id) {
        VideoEntity v = find(em, id);
        checkView(caller, v);
        if (!owns(caller, v) && !caller.admin()) {
            throw BobineException.forbidden("Only the video's owner and administrators can see this");
        }
        return v;
    }

    /**
     * @param em an open entity manager
     * @param id numeric id, UUID or short UUID
     * @return the video, whoever may see it
     * @throws BobineException 404 when there is none
     */
    VideoEntity find(EntityManager em, String id) {
        String field;
        Object value;
        if (id != null && id.matches("\\d{1,18}")) {
            field = "id";
            value = Long.parseLong(id);
        } else if (id != null && id.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            field = "uuid";
            value = id.toLowerCase(Locale.ROOT);
        } else if (ShortUuid.looksLikeShortUuid(id)) {
            field = "shortUuid";
            value = id;
        } else {
            throw new BobineException(404, ErrorCodes.VIDEO_NOT_FOUND, "Video not found");
        }
        return em.createQuery("SELECT v FROM VideoEntity v WHERE v." + field + " = :x", VideoEntity.class)
            .setParameter("x", value).getResultList().stream().findFirst()
            .orElseThrow(() -> new BobineException(404, ErrorCodes.VIDEO_NOT_FOUND, "Video not found"));
    }
}
