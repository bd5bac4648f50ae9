package org.bobine.core.impl.internal.service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.HookService;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.sdk.access.AccessAttempt;
import org.bobine.sdk.access.AccessDecision;
import org.bobine.sdk.access.VideoAccessGuard;
import org.bobine.sdk.hook.ListParams;
import org.bobine.sdk.hook.VideoInfo;
import org.bobine.sdk.hook.VideoPage;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.plugin.PluginException;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the core meets plugins beyond plain hooks: the SDK's views of callers and videos, list hooks
 * applied to queries and pages, and the access guards of password-protected videos.
 */
@Component(service = PluginBridge.class, immediate = true)
public class PluginBridge {

    private static final Logger LOG = LoggerFactory.getLogger(PluginBridge.class);

    private final HookService hooks;
    private final PluginExtensions extensions;

    /**
     * @param hooks      runs hooks, bounded
     * @param extensions the guards
     */
    @Activate
    public PluginBridge(@Reference HookService hooks, @Reference PluginExtensions extensions) {
        this.hooks = hooks;
        this.extensions = extensions;
    }

    /** @return the SDK's view of a caller */
    public static Viewer viewer(Caller c) {
        return c == null || c.anonymous() ? Viewer.ANONYMOUS : new Viewer(c.username(), c.role().label().toLowerCase(Locale.ROOT));
    }

    /** @return the SDK's view of a video (owner and channel must be loaded) */
    public static VideoInfo info(VideoEntity v, List<String> tags) {
        return new VideoInfo(v.getId(), v.getUuid(), v.getName(), v.getDescription(), v.getPrivacy(), v.isNsfw(), tags,
            v.getCategory(), v.getLanguage(), v.getChannel().getAccount().getName(), v.getChannel().getName());
    }

    /** @return the SDK's view of a listed video */
    public static VideoInfo info(Video v) {
        return new VideoInfo(v.id, v.uuid, v.name, v.description, v.privacy == null ? 0 : v.privacy.id, v.nsfw, v.tags,
            v.category == null ? null : v.category.id, v.language == null ? null : v.language.id,
            v.account == null ? null : v.account.name, v.channel == null ? null : v.channel.name);
    }

    // ---------------------------------------------------------------- lists

    /** Runs a list-params hook and applies what it returned to a copy of the query. */
    VideoQuery params(String hook, Caller caller, VideoQuery q) {
        if (!hooks.hasFilter(hook)) {
            return q;
        }
        ListParams before = new ListParams(viewer(caller), q.start, q.count, q.sort, q.nsfw, q.search);
        ListParams after = hooks.filter(hook, before.viewer(), before);
        if (after == before || after.equals(before)) {
            return q;
        }
        VideoQuery copy = copy(q);
        copy.start = after.start();
        copy.count = after.count();
        copy.sort = after.sort();
        copy.nsfw = after.nsfw();
        copy.search = after.search();
        return copy;
    }

    /** @return the params a result hook is told about, or null when no result hook runs */
    ListParams describe(String hook, Caller caller, VideoQuery q) {
        return hooks.hasFilter(hook) ? new ListParams(viewer(caller), q.start, q.count, q.sort, q.nsfw, q.search) : null;
    }

    /**
     * Runs a list-result hook. Plugins may drop or reorder videos, not add ones that were not in the page.
     */
    ResultList<Video> result(String hook, ListParams params, ResultList<Video> page) {
        if (!hooks.hasFilter(hook)) {
            return page;
        }
        List<VideoInfo> infos = page.data.stream().map(PluginBridge::info).toList();
        VideoPage before = new VideoPage(page.total, infos);
        VideoPage after = hooks.filter(hook, params, before);
        if (after == before) {
            return page;
        }
        Map<Long, Video> byId = new LinkedHashMap<>();
        page.data.forEach(v -> byId.put(v.id, v));
        List<Video> kept = new ArrayList<>();
        for (VideoInfo i : after.data()) {
            Video v = byId.remove(i.id());
            if (v != null) {
                kept.add(v);
            }
        }
        long dropped = page.data.size() - kept.size();
        return new ResultList<>(Math.max(kept.size(), page.total - dropped), kept);
    }

    private static VideoQuery copy(VideoQuery q) {
        VideoQuery c = new VideoQuery();
        c.start = q.start;
        c.count = q.count;
        c.sort = q.sort;
        c.nsfw = q.nsfw;
        c.isLocal = q.isLocal;
        c.categoryOneOf = q.categoryOneOf;
        c.licenceOneOf = q.licenceOneOf;
        c.languageOneOf = q.languageOneOf;
        c.tagsOneOf = q.tagsOneOf;
        c.tagsAllOf = q.tagsAllOf;
        c.search = q.search;
        return c;
    }

    // ---------------------------------------------------------------- password-protected videos

    private VideoAccessGuard guard() {
        return extensions.guard(VideoConstants.PASSWORD_PROTECTED);
    }

    /** @return whether a plugin guards password-protected videos now */
    boolean passwordProtectionAvailable() {
        return guard() != null;
    }

    /** @return the decision of the guard of password-protected videos; closed without one or when it fails */
    AccessDecision decide(Caller caller, VideoEntity v, String purpose) {
        VideoAccessGuard g = guard();
        if (g == null) {
            return AccessDecision.SECRET_REQUIRED;
        }
        VideoInfo info = info(v, List.of());
        AccessAttempt attempt = new AccessAttempt(viewer(caller), caller.videoPassword(), caller.address(), purpose);
        try {
            AccessDecision d = hooks.bounded(() -> g.check(info, attempt));
            return d == null ? AccessDecision.SECRET_REQUIRED : d;
        } catch (Exception e) {
            LOG.warn("The access guard of video {} failed; the video stays closed", v.getUuid(), e);
            return AccessDecision.SECRET_REQUIRED;
        }
    }

    /**
     * Checks passwords before a video becomes (or stays) password-protected.
     *
     * @throws BobineException 400 when no plugin guards password-protected videos or it refuses them
     */
    void validatePasswords(List<String> passwords) {
        VideoAccessGuard g = guard();
        if (g == null) {
            throw BobineException.badRequest("privacy: password-protected videos need the video-password plugin, "
                + "which is not enabled on this instance");
        }
        try {
            hooks.bounded(() -> {
                g.validate(passwords == null ? List.of() : passwords);
                return null;
            });
        } catch (PluginException e) {
            throw new BobineException(e.status(), e.code(), e.getMessage());
        } catch (Exception e) {
            LOG.warn("The video-password plugin failed to check passwords", e);
            throw new BobineException(503, null, "The passwords could not be checked; try again later");
        }
    }

    /** Hands checked passwords to the guard; when it fails the video stays closed (and the owner is told in the log). */
    void storePasswords(VideoInfo video, List<String> passwords) {
        VideoAccessGuard g = guard();
        try {
            if (g == null) {
                throw new IllegalStateException("no guard");
            }
            hooks.bounded(() -> {
                g.store(video, passwords);
                return null;
            });
        } catch (Exception e) {
            LOG.error("The passwords of video {} could not be stored: it stays closed until its owner sets them again",
                video.uuid(), e);
            throw new BobineException(503, null, "The video's passwords could not be stored; set them again");
        }
    }

    /** Tells the guard a video is no longer password-protected (or is gone). */
    void forgetPasswords(VideoInfo video) {
        VideoAccessGuard g = guard();
        if (g == null) {
            return;
        }
        try {
            hooks.bounded(() -> {
                g.forget(video);
                return null;
            });
        } catch (Exception e) {
            LOG.warn("The video-password plugin failed to forget the passwords of video {}", video.uuid(), e);
        }
    }
}
