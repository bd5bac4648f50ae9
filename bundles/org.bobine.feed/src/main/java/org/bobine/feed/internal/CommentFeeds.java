package org.bobine.feed.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bobine.account.api.model.Account;
import org.bobine.account.api.model.ActorSummary;
import org.bobine.account.api.model.VideoChannel;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.Params;
import org.bobine.instance.api.InstanceService;
import org.bobine.social.api.CommentService;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoDetails;
import org.bobine.video.api.model.VideoQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /feeds/video-comments.{format}}: the newest published comments of public videos, of the instance,
 * of one video ({@code videoId}), or of a channel's or an account's videos ({@code videoChannelId},
 * {@code videoChannelName}, {@code accountId}, {@code accountName}: the comments of their newest public
 * videos). Comments come from the social API, which gives only those of public videos and never held ones.
 */
@Component(service = CommentFeeds.class)
public class CommentFeeds {

    /** How many of a channel's or account's newest videos a comment feed looks into. */
    private static final int VIDEOS_LOOKED_INTO = 20;

    private final CommentService comments;
    private final VideoService videos;
    private final InstanceService instance;
    private final Directory directory;
    private final Feeds feeds;
    private final FeedCache cache;
    private final FeedSettings settings;

    /**
     * @param comments the comments
     * @param videos   the videos, to check the one named
     * @param instance the instance's URL
     * @param directory channels and accounts
     * @param feeds    the head every feed shares
     * @param cache    built feeds
     * @param settings counts and cache time
     */
    @Activate
    public CommentFeeds(@Reference CommentService comments, @Reference VideoService videos, @Reference InstanceService instance,
                        @Reference Directory directory, @Reference Feeds feeds, @Reference FeedCache cache,
                        @Reference FeedSettings settings) {
        this.comments = comments;
        this.videos = videos;
        this.instance = instance;
        this.directory = directory;
        this.feeds = feeds;
        this.cache = cache;
        this.settings = settings;
    }

    /**
     * @param format the format
     * @param q      the query parameters
     * @return the feed
     * @throws BobineException 404 for an unknown or non-public video, channel or account
     */
    Feeds.Answer comments(Feeds.Format format, Map<String, String> q) {
        int count = settings.now().commentsCount();
        FeedDoc head = feeds.head();
        List<Map<String, Object>> list;
        String videoId = q.get("videoId");
        Long channelId = Params.longValue("videoChannelId", q.get("videoChannelId"));
        Long accountId = Params.longValue("accountId", q.get("accountId"));
        if (videoId != null && !videoId.isBlank()) {
            VideoDetails v = publicVideo(videoId);
            head.title = v.name;
            head.description = Text.plain(v.truncatedDescription);
            head.link = instance.publicUrl() + "/w/" + v.shortUUID;
            list = comments.latest(Caller.ANONYMOUS, v.uuid, count);
        } else if (channelId != null || q.get("videoChannelName") != null) {
            VideoChannel c = channelId != null ? directory.channel(channelId) : directory.channel(q.get("videoChannelName"));
            head.title = c.displayName;
            head.description = Text.plain(c.description);
            head.link = feeds.clientUrl("/c/", c.name);
            list = ofVideos(videos.listForChannel(Caller.ANONYMOUS, c.name, newest()), count);
        } else if (accountId != null || q.get("accountName") != null) {
            Account a = accountId != null ? directory.account(accountId) : directory.account(q.get("accountName"));
            head.title = a.displayName;
            head.description = Text.plain(a.description);
            head.link = feeds.clientUrl("/a/", a.name);
            list = ofVideos(videos.listForAccount(Caller.ANONYMOUS, a.name, newest()), count);
        } else {
            list = comments.latest(Caller.ANONYMOUS, null, count);
        }
        feeds.links(head, "video-comments", Feeds.queryString(q, "videoId", "accountId", "accountName", "videoChannelId",
            "videoChannelName"));
        StringBuilder fp = new StringBuilder(head.title).append('|');
        for (Map<String, Object> c : list) {
            fp.append(c.get("id")).append(':').append(c.get("updatedAt")).append(',');
        }
        String key = "comments|" + format + "|" + Feeds.canonical(q, "videoId", "accountId", "accountName",
            "videoChannelId", "videoChannelName");
        FeedCache.Built built = cache.get(key, FeedCache.digest(fp.toString()), settings.now().cacheSeconds(),
            () -> render(head, list, format));
        return new Feeds.Answer(built.bytes(), format.contentType, built.etag(), built.lastModified(), built.cached());
    }

    private VideoDetails publicVideo(String id) {
        VideoDetails v;
        try {
            v = videos.get(Caller.ANONYMOUS, id);
        } catch (BobineException e) {
            throw BobineException.notFound("Video not found");
        }
        if (v.privacy == null || v.privacy.id == null || v.privacy.id != VideoConstants.PUBLIC) {
            throw BobineException.notFound("Video not found");
        }
        return v;
    }

    private static VideoQuery newest() {
        VideoQuery q = new VideoQuery();
        q.count = VIDEOS_LOOKED_INTO;
        q.sort = "-publishedAt";
        return q;
    }

    /** The newest comments over these videos (public ones only). */
    private List<Map<String, Object>> ofVideos(ResultList<Video> list, int count) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Video v : list.data) {
            if (v.privacy != null && v.privacy.id != null && v.privacy.id == VideoConstants.PUBLIC) {
                all.addAll(comments.latest(Caller.ANONYMOUS, v.uuid, count));
            }
        }
        all.sort(Comparator.comparing((Map<String, Object> c) -> String.valueOf(c.get("createdAt"))).reversed());
        return all.size() > count ? all.subList(0, count) : all;
    }

    private byte[] render(FeedDoc doc, List<Map<String, Object>> list, Feeds.Format format) {
        for (Map<String, Object> c : list) {
            Map<?, ?> video = c.get("video") instanceof Map<?, ?> m ? m : Map.of();
            FeedDoc.Item it = new FeedDoc.Item();
            Object uuid = video.get("uuid");
            Object thread = c.get("threadId") != null ? c.get("threadId") : c.get("id");
            it.link = instance.publicUrl() + "/w/" + uuid + "?threadId=" + thread;
            it.id = c.get("url") instanceof String u ? u : it.link + "#comment-" + c.get("id");
            String name = video.get("name") == null ? "" : String.valueOf(video.get("name"));
            it.title = name;
            if (c.get("account") instanceof ActorSummary account) {
                String author = account.displayName != null ? account.displayName : account.name;
                it.title = name + " - " + author;
                it.authorName = author;
                it.authorLink = account.url;
            }
            String text = c.get("text") == null ? "" : String.valueOf(c.get("text"));
            it.contentHtml = Text.html(text);
            it.summary = Text.plain(text);
            it.published = Feeds.date(c.get("createdAt") == null ? null : String.valueOf(c.get("createdAt")));
            it.updated = Feeds.date(c.get("updatedAt") == null ? null : String.valueOf(c.get("updatedAt")));
            doc.items.add(it);
        }
        doc.updated = doc.items.stream().map(i -> i.published).filter(d -> d != null).max(Comparator.naturalOrder())
            .orElse(new Date());
        return switch (format) {
            case JSON -> JsonFeedWriter.write(doc);
            case ATOM -> RomeWriter.write(doc, RomeWriter.Kind.ATOM);
            default -> RomeWriter.write(doc, RomeWriter.Kind.RSS);
        };
    }
}
