package org.bobine.core.impl.internal.service;

import java.util.List;
import java.util.Locale;
import javax.persistence.EntityManager;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.impl.internal.entity.ChannelEntity;
import org.bobine.core.impl.internal.entity.VideoEntity;
import org.bobine.core.impl.internal.entity.VideoTagEntity;
import org.bobine.core.impl.internal.util.Dates;
import org.bobine.video.api.model.VideoAttributes;
import org.osgi.service.component.annotations.Component;

/**
 * Writes a video's attributes and tags into its rows, in the caller's transaction: one place for the upload
 * (every attribute set) and the update (absent ones kept), so both check channels the same way.
 */
@Component(service = VideoWriter.class)
public class VideoWriter {


    /** Applies attributes to a video; shared by upload (all set) and update (nulls kept). */
    void apply(EntityManager em, Caller caller, VideoEntity v, VideoAttributes a) {
        if (a.name != null) {
            v.setName(a.name);
        }
        if (a.channelId != null && (v.getChannel() == null || v.getChannel().getId() != a.channelId)) {
            ChannelEntity c = em.find(ChannelEntity.class, a.channelId);
            if (c == null) {
                throw BobineException.badRequest("channelId: unknown channel " + a.channelId);
            }
            if (c.getAccount().getUser().getId() != caller.userId()) {
                throw BobineException.forbidden("Cannot publish to a channel you do not own");
            }
            v.setChannel(c);
        }
        if (a.privacy != null) {
            v.setPrivacy(a.privacy);
        }
        if (a.category != null) {
            v.setCategory(a.category);
        }
        if (a.licence != null) {
            v.setLicence(a.licence);
        }
        if (a.language != null) {
            v.setLanguage(a.language);
        }
        if (a.description != null) {
            v.setDescription(a.description);
        }
        if (a.support != null) {
            v.setSupport(a.support);
        }
        if (a.nsfw != null) {
            v.setNsfw(a.nsfw);
        }
        if (a.downloadEnabled != null) {
            v.setDownloadEnabled(a.downloadEnabled);
        }
        if (a.commentsPolicy != null) {
            v.setCommentsPolicy(a.commentsPolicy);
        } else if (a.commentsEnabled != null) {
            v.setCommentsPolicy(a.commentsEnabled ? 1 : 2);
        }
        if (a.waitTranscoding != null) {
            v.setWaitTranscoding(a.waitTranscoding);
        }
        if (a.originallyPublishedAt != null) {
            v.setOriginallyPublishedAt(Dates.parse("originallyPublishedAt", a.originallyPublishedAt));
        }
    }

    /** Replaces a video's tags, in their order. */

    void setTags(EntityManager em, VideoEntity v, List<String> tags) {
        if (v.getId() != 0) {
            em.createQuery("DELETE FROM VideoTagEntity t WHERE t.video = :v").setParameter("v", v).executeUpdate();
        }
        int i = 0;
        for (String tag : tags) {
            VideoTagEntity t = new VideoTagEntity();
            t.setVideo(v);
            t.setLabel(tag);
            t.setName(tag.toLowerCase(Locale.ROOT));
            t.setPosition(i++);
            em.persist(t);
        }
    }

    /**
     * @param em        an open entity manager
     * @param caller    who publishes
     * @param channelId the channel asked for
     * @return the channel, when the caller owns it
     * @throws BobineException 400 for an unknown channel, 403 for someone else's
     */
    ChannelEntity ownedChannel(EntityManager em, Caller caller, Long channelId) {
        ChannelEntity c = channelId == null ? null : em.find(ChannelEntity.class, channelId);
        if (c == null) {
            throw BobineException.badRequest("channelId: unknown channel " + channelId);
        }
        if (c.getAccount().getUser().getId() != caller.userId()) {
            throw BobineException.forbidden("Cannot publish to a channel you do not own");
        }
        return c;
    }
}
