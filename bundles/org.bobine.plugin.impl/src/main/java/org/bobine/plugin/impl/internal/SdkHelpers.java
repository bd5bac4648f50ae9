package org.bobine.plugin.impl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bobine.account.api.AuthService;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.User;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.sdk.helpers.UserHelpers;
import org.bobine.sdk.helpers.VideoHelpers;
import org.bobine.sdk.hook.VideoAttributes;
import org.bobine.sdk.hook.VideoInfo;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.plugin.PluginException;
import org.bobine.video.api.StagedUpload;
import org.bobine.video.api.UploadService;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoQuery;
import org.bobine.video.api.model.VideoRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The SDK's video and user helpers: the capabilities' services on behalf of a viewer, who is looked up again
 * for every call (a blocked or deleted user can do nothing through a plugin). Errors become
 * {@link PluginException}s.
 */
@Component(service = {VideoHelpers.class, UserHelpers.class, SdkHelpers.class})
public class SdkHelpers implements VideoHelpers, UserHelpers {

    private final UserService users;
    private final VideoService videos;
    private final UploadService uploads;
    private final AuthService auth;

    /**
     * @param users   who a viewer is
     * @param videos  videos
     * @param uploads uploads
     * @param auth    tokens
     */
    @Activate
    public SdkHelpers(@Reference UserService users, @Reference VideoService videos, @Reference UploadService uploads,
                      @Reference AuthService auth) {
        this.users = users;
        this.videos = videos;
        this.uploads = uploads;
        this.auth = auth;
    }

    /** @return the caller a viewer is now; refused when blocked or gone */
    Caller caller(Viewer viewer) {
        if (viewer == null || viewer.anonymous()) {
            return Caller.ANONYMOUS;
        }
        return users.caller(viewer.username()).orElseThrow(() ->
            new PluginException(403, null, "User " + viewer.username() + " cannot act on this instance"));
    }

    static Viewer viewer(Caller c) {
        return c.anonymous() ? Viewer.ANONYMOUS : new Viewer(c.username(), c.role().label().toLowerCase(Locale.ROOT));
    }

    static PluginException translate(BobineException e) {
        return new PluginException(e.status(), e.code(), e.getMessage());
    }

    private static VideoInfo info(Video v) {
        return new VideoInfo(v.id, v.uuid, v.name, v.description, v.privacy == null ? 0 : v.privacy.id, v.nsfw, v.tags,
            v.category == null ? null : v.category.id, v.language == null ? null : v.language.id,
            v.account == null ? null : v.account.name, v.channel == null ? null : v.channel.name);
    }

    @Override
    public Optional<VideoInfo> get(Viewer viewer, String id) {
        try {
            return Optional.of(info(videos.get(caller(viewer), id)));
        } catch (BobineException e) {
            if (e.status() == 401 || e.status() == 403 || e.status() == 404) {
                return Optional.empty();
            }
            throw translate(e);
        }
    }

    @Override
    public List<VideoInfo> list(Viewer viewer, int start, int count) {
        VideoQuery q = new VideoQuery();
        q.start = Math.max(0, start);
        q.count = Math.max(0, Math.min(100, count));
        try {
            return videos.list(caller(viewer), q).data.stream().map(SdkHelpers::info).toList();
        } catch (BobineException e) {
            throw translate(e);
        }
    }

    /** @return the API's attributes for the SDK's, without the privacy */
    private static org.bobine.video.api.model.VideoAttributes attributes(VideoAttributes attributes) {
        org.bobine.video.api.model.VideoAttributes a = new org.bobine.video.api.model.VideoAttributes();
        a.name = attributes.name();
        a.description = attributes.description();
        a.tags = attributes.tags();
        a.nsfw = attributes.nsfw();
        a.category = attributes.category();
        a.language = attributes.language();
        return a;
    }

    @Override
    public VideoInfo update(Viewer viewer, String id, VideoAttributes attributes) {
        Caller c = caller(viewer);
        try {
            videos.update(c, id, attributes(attributes));
            return info(videos.get(c, id));
        } catch (BobineException e) {
            throw translate(e);
        }
    }

    @Override
    public VideoInfo create(Viewer viewer, long channelId, VideoAttributes attributes, Path file, String filename) {
        Caller c = caller(viewer).requireUser();
        org.bobine.video.api.model.VideoAttributes a = attributes(attributes);
        a.privacy = attributes.privacy();
        a.channelId = channelId;
        if (a.privacy == VideoConstants.PASSWORD_PROTECTED) {
            throw PluginException.badRequest("privacy: a password-protected video cannot be created this way");
        }
        StagedUpload staged = null;
        try (InputStream in = Files.newInputStream(file)) {
            staged = uploads.stage(c, in);
            VideoRef ref = uploads.upload(c, a, filename, staged, null);
            staged = null;
            return info(videos.get(c, ref.uuid));
        } catch (BobineException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (staged != null) {
                uploads.discard(staged);
            }
        }
    }

    @Override
    public Optional<Viewer> authenticate(String token) {
        try {
            return Optional.ofNullable(token).map(auth::authenticate).filter(c -> !c.anonymous()).map(SdkHelpers::viewer);
        } catch (BobineException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<UserInfo> get(String username) {
        return users.caller(username).map(c -> {
            User u = users.me(c);
            return new UserInfo(u.username, viewer(c).role(), u.nsfwPolicy, u.videoQuota,
                u.videoQuotaUsed == null ? 0 : u.videoQuotaUsed);
        });
    }
}
