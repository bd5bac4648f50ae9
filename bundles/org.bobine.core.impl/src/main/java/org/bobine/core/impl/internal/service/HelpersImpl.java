package org.bobine.core.impl.internal.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bobine.account.api.AuthService;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.UserRole;
import org.bobine.core.impl.internal.entity.UserEntity;
import org.bobine.core.impl.internal.persistence.Database;
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
import org.bobine.video.api.model.VideoQuery;
import org.bobine.video.api.model.VideoRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The SDK's helpers: the core's services on behalf of a viewer, who is looked up again for every call (a
 * blocked or deleted user can do nothing through a plugin). Errors become {@link PluginException}s.
 */
@Component(service = {VideoHelpers.class, UserHelpers.class, HelpersImpl.class})
public class HelpersImpl implements VideoHelpers, UserHelpers {

    private final Quotas quotas;
    private final Database db;
    private final VideoService videos;
    private final UploadService uploads;
    private final AuthService auth;

    /**
     * @param db      users
     * @param videos  videos
     * @param uploads uploads
     * @param auth    tokens
     * @param quotas  what users' videos weigh
     */
    @Activate
    public HelpersImpl(@Reference Database db, @Reference VideoService videos, @Reference UploadService uploads,
                       @Reference AuthService auth, @Reference Quotas quotas) {
        this.quotas = quotas;
        this.db = db;
        this.videos = videos;
        this.uploads = uploads;
        this.auth = auth;
    }

    Caller caller(Viewer viewer) {
        if (viewer == null || viewer.anonymous()) {
            return Caller.ANONYMOUS;
        }
        UserEntity u = db.tx(em -> em.createQuery("SELECT u FROM UserEntity u WHERE u.username = :n", UserEntity.class)
            .setParameter("n", viewer.username()).getResultList().stream().findFirst().orElse(null));
        if (u == null || u.isBlocked()) {
            throw new PluginException(403, null, "User " + viewer.username() + " cannot act on this instance");
        }
        return new Caller(u.getId(), u.getUsername(), UserRole.ofId(u.getRole()));
    }

    private static PluginException translate(BobineException e) {
        return new PluginException(e.status(), e.code(), e.getMessage());
    }

    @Override
    public Optional<VideoInfo> get(Viewer viewer, String id) {
        try {
            return Optional.of(PluginBridge.info(videos.get(caller(viewer), id)));
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
            return videos.list(caller(viewer), q).data.stream().map(PluginBridge::info).toList();
        } catch (BobineException e) {
            throw translate(e);
        }
    }

    /** @return the core's attributes for the SDK's, without the privacy */
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
        org.bobine.video.api.model.VideoAttributes a = attributes(attributes);
        try {
            videos.update(c, id, a);
            return PluginBridge.info(videos.get(c, id));
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
            return PluginBridge.info(videos.get(c, ref.uuid));
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
            return Optional.ofNullable(token).map(auth::authenticate).filter(c -> !c.anonymous()).map(PluginBridge::viewer);
        } catch (BobineException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<UserInfo> get(String username) {
        return db.tx(em -> em.createQuery("SELECT u FROM UserEntity u WHERE u.username = :n", UserEntity.class)
            .setParameter("n", username).getResultList().stream().findFirst()
            .map(u -> new UserInfo(u.getUsername(), PluginBridge.viewer(new Caller(u.getId(), u.getUsername(),
                UserRole.ofId(u.getRole()))).role(), u.getNsfwPolicy(), u.getVideoQuota(),
                quotas.used(em, u.getId(), 0))));
    }
}
