package org.bobine.feed.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.Account;
import org.bobine.account.api.model.VideoChannel;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.core.rest.support.Params;
import org.bobine.instance.api.InstanceService;
import org.bobine.social.api.SubscriptionService;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.model.StreamingPlaylist;
import org.bobine.video.api.model.Thumbnail;
import org.bobine.video.api.model.Video;
import org.bobine.video.api.model.VideoDetails;
import org.bobine.video.api.model.VideoFile;
import org.bobine.video.api.model.VideoQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The video feeds: the instance's, a channel's or an account's newest public videos, a user's subscriptions
 * (with their feed token), and a channel's podcast. Videos come from the video API as an anonymous visitor
 * sees them (a subscription feed as its user does), and only public ones are kept: a private, internal,
 * unlisted or password-protected video never appears, as in PeerTube. Each feed's bytes are cached
 * ({@link FeedCache}) by its parameters and what it lists now.
 */
@Component(service = Feeds.class)
public class Feeds {

    private static final Logger LOG = LoggerFactory.getLogger(Feeds.class);
    private static final Set<String> SORTS = Set.of("name", "duration", "createdAt", "publishedAt",
        "originallyPublishedAt", "views", "likes", "trending");
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    /** PeerTube's categories as Apple Podcasts names them. */
    private static final Map<Integer, String> ITUNES_CATEGORIES = Map.ofEntries(Map.entry(1, "Music"),
        Map.entry(2, "TV & Film"), Map.entry(3, "Leisure"), Map.entry(4, "Arts"), Map.entry(5, "Sports"),
        Map.entry(6, "Places & Travel"), Map.entry(7, "Video Games"), Map.entry(8, "Society & Culture"),
        Map.entry(9, "Comedy"), Map.entry(10, "Fiction"), Map.entry(11, "News"), Map.entry(12, "Leisure"),
        Map.entry(13, "Education"), Map.entry(14, "Society & Culture"), Map.entry(15, "Technology"),
        Map.entry(16, "Pets & Animals"), Map.entry(17, "Kids & Family"), Map.entry(18, "Food"));

    /** A feed's format. */
    enum Format {
        RSS("application/rss+xml; charset=utf-8"), ATOM("application/atom+xml; charset=utf-8"),
        JSON("application/feed+json; charset=utf-8"), PODCAST("application/rss+xml; charset=utf-8");

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }
    }

    /** What a feed route answers. */
    record Answer(byte[] bytes, String contentType, String etag, long lastModified, boolean cached) {
    }

    /** Whose videos a feed lists, and how the feed presents itself. */
    private record Scope(FeedDoc head, Supplier<ResultList<Video>> list, String fingerprint) {
    }

    private final VideoService videos;
    private final SubscriptionService subscriptions;
    private final UserService users;
    private final InstanceService instance;
    private final Directory directory;
    private final FeedTokens tokens;
    private final FeedCache cache;
    private final FeedSettings settings;

    /**
     * @param videos        the catalogue, with its privacy rules
     * @param subscriptions users' subscriptions
     * @param users         who a token's user is now
     * @param instance      the instance's name and URL
     * @param directory     channels and accounts by id or name
     * @param tokens        feed tokens
     * @param cache         built feeds
     * @param settings      counts and cache time
     */
    @Activate
    public Feeds(@Reference VideoService videos, @Reference SubscriptionService subscriptions, @Reference UserService users,
                 @Reference InstanceService instance, @Reference Directory directory, @Reference FeedTokens tokens,
                 @Reference FeedCache cache, @Reference FeedSettings settings) {
        this.videos = videos;
        this.subscriptions = subscriptions;
        this.users = users;
        this.instance = instance;
        this.directory = directory;
        this.tokens = tokens;
        this.cache = cache;
        this.settings = settings;
    }

    /**
     * @param extension {@code xml}, {@code rss}, {@code atom} or {@code json} (and PeerTube's {@code rss2},
     *                  {@code atom1}, {@code json1}); {@code xml} is RSS unless {@code format=atom}
     * @param format    the {@code format} query parameter, or null
     * @return the format
     * @throws BobineException 400 for another one
     */
    static Format format(String extension, String format) {
        return switch (extension) {
            case "rss", "rss2" -> Format.RSS;
            case "atom", "atom1" -> Format.ATOM;
            case "json", "json1" -> Format.JSON;
            case "xml" -> "atom".equals(format) || "atom1".equals(format) ? Format.ATOM : Format.RSS;
            default -> throw BobineException.badRequest("format must be xml, rss, atom or json");
        };
    }

    /**
     * {@code /feeds/videos.{format}}: {@code accountId}, {@code accountName}, {@code videoChannelId},
     * {@code videoChannelName} (a channel wins over an account), {@code sort}, {@code nsfw}, {@code isLocal}.
     *
     * @param format the format
     * @param q      the query parameters
     * @return the feed
     */
    Answer videos(Format format, Map<String, String> q) {
        VideoQuery query = query(q);
        Scope scope = scope(q, query);
        String key = "videos|" + format + "|" + canonical(q, "accountId", "accountName", "videoChannelId",
            "videoChannelName", "sort", "nsfw", "isLocal");
        return answer(format, key, scope, false);
    }

    /**
     * {@code /feeds/subscriptions.{format}?accountId=&token=}: the videos of the channels the account's user
     * is subscribed to, with the video list's filters.
     *
     * @param format the format
     * @param q      the query parameters
     * @return the feed
     * @throws BobineException 400 without account or token, 404 for an unknown account, 403 for a wrong token
     */
    Answer subscriptions(Format format, Map<String, String> q) {
        Long accountId = Params.longValue("accountId", q.get("accountId"));
        String token = q.get("token");
        if (accountId == null) {
            throw BobineException.badRequest("accountId is required");
        }
        if (token == null || token.isBlank()) {
            throw BobineException.badRequest("token is required");
        }
        Account account = directory.account(accountId);
        if (account.userId == null || !tokens.matches(account.userId, token)) {
            throw BobineException.forbidden("This token does not open this account's feed");
        }
        Caller caller = users.caller(account.userId)
            .orElseThrow(() -> BobineException.forbidden("This token does not open this account's feed"));
        VideoQuery query = query(q);
        FeedDoc head = head();
        head.title = account.displayName;
        head.description = Text.plain(account.description);
        head.link = clientUrl("/a/", account.name);
        String qs = queryString(q, "accountId", "token", "sort", "nsfw", "isLocal");
        links(head, "videos", qs);
        Scope scope = new Scope(head, () -> subscriptions.videos(caller, query), "account:" + account.id + account.updatedAt);
        // The token is part of the key: a renewed token never gets bytes whose links carry the old one.
        String key = "subscriptions|" + format + "|" + accountId + "|" + FeedCache.digest(token) + "|"
            + canonical(q, "sort", "nsfw", "isLocal");
        return answer(format, key, scope, false);
    }

    /**
     * {@code /feeds/podcast/videos.xml?videoChannelId=}: the channel's public local videos as a podcast.
     *
     * @param q the query parameters
     * @return the feed
     * @throws BobineException 400 without channel, 404 for an unknown one
     */
    Answer podcast(Map<String, String> q) {
        Long channelId = Params.longValue("videoChannelId", q.get("videoChannelId"));
        if (channelId == null) {
            throw BobineException.badRequest("videoChannelId is required");
        }
        VideoChannel channel = directory.channel(channelId);
        VideoQuery query = new VideoQuery();
        query.count = settings.now().videosCount();
        query.sort = "-publishedAt";
        query.isLocal = true;
        FeedDoc head = head();
        head.title = channel.displayName;
        head.description = Text.plain(channel.description);
        head.link = clientUrl("/c/", channel.name);
        head.authorName = instance.name();
        head.authorLink = instance.publicUrl();
        links(head, "videos", "?videoChannelId=" + channel.id);
        head.podcastUrl = instance.publicUrl() + "/feeds/podcast/videos.xml?videoChannelId=" + channel.id;
        FeedDoc.Podcast p = new FeedDoc.Podcast();
        p.guid = UUIDs.v5(URL_NAMESPACE, channel.url).toString();
        p.itunesAuthor = instance.name();
        p.persons.add(new FeedDoc.Person(channel.displayName, head.link, null));
        head.podcast = p;
        Scope scope = new Scope(head, () -> videos.listForChannel(Caller.ANONYMOUS, channel.name, query),
            "channel:" + channel.id + channel.updatedAt + channel.displayName);
        return answer(Format.PODCAST, "podcast|" + channel.id, scope, true);
    }

    private Answer answer(Format format, String key, Scope scope, boolean podcast) {
        List<Video> listed = publicOnly(scope.list().get());
        StringBuilder fp = new StringBuilder(scope.fingerprint()).append('|');
        for (Video v : listed) {
            fp.append(v.id).append(':').append(v.updatedAt).append(':').append(v.state == null ? "" : v.state.id)
                .append(':').append(v.thumbnailPath).append(',');
        }
        FeedCache.Built built = cache.get(key, FeedCache.digest(fp.toString()), settings.now().cacheSeconds(),
            () -> render(scope.head(), listed, format, podcast));
        return new Answer(built.bytes(), format.contentType, built.etag(), built.lastModified(), built.cached());
    }

    private byte[] render(FeedDoc doc, List<Video> listed, Format format, boolean podcast) {
        for (Video listedVideo : listed) {
            VideoDetails v;
            try {
                v = videos.get(Caller.ANONYMOUS, listedVideo.uuid);
            } catch (BobineException e) {
                // Gone or closed since it was listed: it stays out.
                continue;
            }
            if (v.privacy == null || v.privacy.id == null || v.privacy.id != VideoConstants.PUBLIC) {
                continue;
            }
            doc.items.add(podcast ? podcastItem(v) : item(v));
            if (podcast) {
                podcastChannel(doc, v);
            }
        }
        doc.updated = doc.items.stream().map(i -> i.published).filter(d -> d != null).max(Comparator.naturalOrder())
            .orElse(new Date());
        return switch (format) {
            case JSON -> JsonFeedWriter.write(doc);
            case ATOM -> RomeWriter.write(doc, RomeWriter.Kind.ATOM);
            case PODCAST -> RomeWriter.write(doc, RomeWriter.Kind.PODCAST);
            case RSS -> RomeWriter.write(doc, RomeWriter.Kind.RSS);
        };
    }

    /** The podcast's language, category, explicitness and image, as PeerTube guesses them from its videos. */
    private static void podcastChannel(FeedDoc doc, VideoDetails v) {
        if (doc.language == null && v.language != null && v.language.id != null) {
            doc.language = v.language.id;
        }
        if (doc.categories.isEmpty() && v.category != null && v.category.id != null) {
            String c = ITUNES_CATEGORIES.get(v.category.id);
            if (c != null) {
                doc.categories.add(c);
            }
        }
        doc.podcast.explicit |= v.nsfw;
        if (doc.image == null && !v.thumbnails.isEmpty()) {
            // No channel avatars yet: the newest video's largest image stands for the podcast.
            doc.image = v.thumbnails.stream().max(Comparator.comparingInt(Thumbnail::width)).get().fileUrl();
        }
    }

    /** A video as PeerTube's classic feeds write it. */
    private FeedDoc.Item item(VideoDetails v) {
        FeedDoc.Item it = common(v);
        it.id = it.link;
        if (v.channel != null) {
            it.authorName = v.channel.displayName;
            it.authorLink = clientUrl("/c/", v.channel.name);
        }
        List<VideoFile> all = allFiles(v);
        for (VideoFile f : all) {
            int height = f.resolution == null || f.resolution.id == null ? 0 : f.resolution.id;
            it.files.add(new FeedDoc.MediaFile(f.fileUrl, mime(f.fileUrl, height == 0), height, f.size, f.fps, v.duration,
                it.language));
            if (f.torrentUrl != null) {
                it.torrents.add(new FeedDoc.Torrent(v.name, f.torrentUrl, f.size));
            }
        }
        VideoFile best = all.stream().filter(f -> f.fileUrl != null).findFirst().orElse(null);
        if (best != null) {
            boolean audio = best.resolution != null && best.resolution.id != null && best.resolution.id == 0;
            it.enclosure = new FeedDoc.Media(mime(best.fileUrl, audio), best.size, null, null, null, null,
                List.of(new FeedDoc.Source(best.fileUrl, null)));
        }
        it.embedUrl = instance.publicUrl() + (v.embedPath != null ? v.embedPath : "/videos/embed/" + v.uuid);
        it.playerUrl = it.link;
        it.views = v.views;
        it.tags = v.tags == null ? List.of() : v.tags;
        return it;
    }

    /** A video as PeerTube's podcast feed writes it: every rendition an alternate enclosure, the first the enclosure. */
    private FeedDoc.Item podcastItem(VideoDetails v) {
        FeedDoc.Item it = common(v);
        it.id = v.url;
        it.duration = v.duration;
        it.trackers = v.trackerUrls == null ? List.of() : v.trackerUrls;
        if (v.account != null) {
            it.persons.add(new FeedDoc.Person(v.account.displayName, clientUrl("/a/", v.account.name), null));
            it.socialAccountUrl = clientUrl("/a/", v.account.name);
        }
        it.socialUri = v.url;
        List<FeedDoc.Media> web = new ArrayList<>();
        for (VideoFile f : v.files) {
            if (f.fileUrl == null) {
                continue;
            }
            boolean audio = f.resolution != null && f.resolution.id != null && f.resolution.id == 0;
            List<FeedDoc.Source> sources = new ArrayList<>();
            sources.add(new FeedDoc.Source(f.fileUrl, null));
            if (f.torrentUrl != null) {
                sources.add(new FeedDoc.Source(f.torrentUrl, "application/x-bittorrent"));
            }
            if (f.magnetUri != null) {
                sources.add(new FeedDoc.Source(f.magnetUri, null));
            }
            Long bitrate = v.duration > 0 ? f.size * 8 / v.duration : null;
            web.add(new FeedDoc.Media(appleMime(f.fileUrl, audio), f.size, bitrate, null, label(f), it.language, sources));
        }
        web.sort(Comparator.comparingLong(m -> m.bitrate() == null ? 0 : m.bitrate()));
        it.alternates.addAll(web);
        for (StreamingPlaylist hls : v.streamingPlaylists) {
            List<VideoFile> files = new ArrayList<>(hls.files);
            files.sort(Comparator.comparingInt(f -> f.resolution == null || f.resolution.id == null ? 0 : f.resolution.id));
            for (VideoFile f : files) {
                if (f.fileUrl == null) {
                    continue;
                }
                boolean audio = f.resolution != null && f.resolution.id != null && f.resolution.id == 0;
                it.alternates.add(new FeedDoc.Media(appleMime(f.fileUrl, audio), f.size, null, null, label(f), it.language,
                    List.of(new FeedDoc.Source(f.fileUrl, null))));
            }
            if (hls.playlistUrl != null) {
                it.alternates.add(new FeedDoc.Media("application/x-mpegURL", 0, null, null, "HLS", it.language,
                    List.of(new FeedDoc.Source(hls.playlistUrl, null))));
            }
        }
        it.enclosure = it.alternates.stream().filter(m -> !m.type().equals("application/x-mpegURL")).findFirst()
            .orElse(it.alternates.isEmpty() ? null : it.alternates.get(0));
        return it;
    }

    /** What every feed says of a video: title, link to the watch page, description, dates, category, images. */
    private FeedDoc.Item common(VideoDetails v) {
        FeedDoc.Item it = new FeedDoc.Item();
        it.title = v.name;
        it.link = instance.publicUrl() + "/w/" + v.shortUUID;
        it.summary = Text.plain(v.truncatedDescription != null ? v.truncatedDescription : v.description);
        it.contentHtml = Text.html(v.description);
        it.published = date(v.originallyPublishedAt != null ? v.originallyPublishedAt : v.publishedAt);
        it.updated = date(v.updatedAt);
        it.nsfw = v.nsfw;
        it.language = v.language == null ? null : v.language.id;
        if (v.category != null && v.category.id != null) {
            it.categories.add(v.category.label);
        }
        for (Thumbnail t : v.thumbnails) {
            it.thumbnails.add(new FeedDoc.Thumb(t.fileUrl(), t.width(), t.height()));
        }
        if (it.thumbnails.isEmpty() && v.thumbnailPath != null) {
            it.thumbnails.add(new FeedDoc.Thumb(instance.publicUrl() + v.thumbnailPath, 280, 157));
        }
        return it;
    }

    /** @return the web videos then the HLS renditions, each highest resolution first */
    private static List<VideoFile> allFiles(VideoDetails v) {
        List<VideoFile> all = new ArrayList<>(v.files);
        for (StreamingPlaylist p : v.streamingPlaylists) {
            List<VideoFile> hls = new ArrayList<>(p.files);
            hls.sort(Comparator.comparingInt((VideoFile f) -> f.resolution == null || f.resolution.id == null ? 0
                : f.resolution.id).reversed());
            all.addAll(hls);
        }
        return all;
    }

    private static String label(VideoFile f) {
        return f.resolution == null ? null : f.resolution.label;
    }

    /** Apple's names of podcast types: {@code audio/x-m4a} for an audio MP4, {@code audio/mpeg} for MP3. */
    private static String appleMime(String url, boolean audio) {
        String lower = url.toLowerCase();
        if (lower.endsWith(".mp4") && audio) {
            return "audio/x-m4a";
        }
        return lower.endsWith(".mp3") ? "audio/mpeg" : mime(url, audio);
    }

    static String mime(String url, boolean audio) {
        String lower = url == null ? "" : url.toLowerCase();
        if (lower.endsWith(".webm")) {
            return audio ? "audio/webm" : "video/webm";
        }
        if (lower.endsWith(".ogv") || lower.endsWith(".ogg")) {
            return audio ? "audio/ogg" : "video/ogg";
        }
        if (lower.endsWith(".mkv")) {
            return "video/x-matroska";
        }
        if (lower.endsWith(".mov")) {
            return "video/quicktime";
        }
        if (lower.endsWith(".m4a")) {
            return "audio/mp4";
        }
        if (lower.endsWith(".mp3")) {
            return "audio/mpeg";
        }
        return audio ? "audio/mp4" : "video/mp4";
    }

    private static List<Video> publicOnly(ResultList<Video> list) {
        List<Video> out = new ArrayList<>();
        for (Video v : list.data) {
            if (v.privacy != null && v.privacy.id != null && v.privacy.id == VideoConstants.PUBLIC) {
                out.add(v);
            }
        }
        return out;
    }

    /** Whose videos: a channel by id or name, else an account by id or name, else the instance. */
    private Scope scope(Map<String, String> q, VideoQuery query) {
        Long channelId = Params.longValue("videoChannelId", q.get("videoChannelId"));
        Long accountId = Params.longValue("accountId", q.get("accountId"));
        String qs = queryString(q, "accountId", "accountName", "videoChannelId", "videoChannelName", "sort", "nsfw",
            "isLocal");
        FeedDoc head = head();
        if (channelId != null || q.get("videoChannelName") != null) {
            VideoChannel c = channelId != null ? directory.channel(channelId) : directory.channel(q.get("videoChannelName"));
            head.title = c.displayName;
            head.description = Text.plain(c.description);
            head.link = clientUrl("/c/", c.name);
            head.authorName = c.displayName;
            head.authorLink = head.link;
            head.podcastUrl = instance.publicUrl() + "/feeds/podcast/videos.xml?videoChannelId=" + c.id;
            links(head, "videos", qs);
            return new Scope(head, () -> videos.listForChannel(Caller.ANONYMOUS, c.name, query),
                "channel:" + c.id + c.updatedAt + c.displayName);
        }
        if (accountId != null || q.get("accountName") != null) {
            Account a = accountId != null ? directory.account(accountId) : directory.account(q.get("accountName"));
            head.title = a.displayName;
            head.description = Text.plain(a.description);
            head.link = clientUrl("/a/", a.name);
            head.authorName = a.displayName;
            head.authorLink = head.link;
            links(head, "videos", qs);
            return new Scope(head, () -> videos.listForAccount(Caller.ANONYMOUS, a.name, query),
                "account:" + a.id + a.updatedAt + a.displayName);
        }
        links(head, "videos", qs);
        return new Scope(head, () -> videos.list(Caller.ANONYMOUS, query), "instance:" + head.title + head.description);
    }

    /** The instance's head: its name, description and links; callers narrow it. */
    FeedDoc head() {
        FeedDoc doc = new FeedDoc();
        String base = instance.publicUrl();
        doc.title = instance.name();
        Object section = instance.publicConfig().get("instance");
        if (section instanceof Map<?, ?> m && m.get("shortDescription") instanceof String s && !s.isBlank()) {
            doc.description = s;
        }
        doc.link = base;
        doc.favicon = base + "/client/icon.svg";
        doc.copyright = "All rights reserved, unless otherwise specified in the terms specified at " + base + "/about"
            + " and potential licenses granted by each content's rightholder.";
        doc.generator = "Bobine - " + base;
        return doc;
    }

    /** Sets the feed's own URLs in each format. */
    void links(FeedDoc doc, String resource, String queryString) {
        String base = instance.publicUrl() + "/feeds/" + resource;
        doc.resource = resource;
        doc.rssUrl = base + ".xml" + queryString;
        doc.atomUrl = base + ".atom" + queryString;
        doc.jsonUrl = base + ".json" + queryString;
    }

    String clientUrl(String prefix, String name) {
        return instance.publicUrl() + prefix + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /** The video list's filters a feed takes, checked: a bad sort, nsfw or isLocal is a 400. */
    private VideoQuery query(Map<String, String> q) {
        VideoQuery query = new VideoQuery();
        query.count = settings.now().videosCount();
        String sort = q.get("sort");
        if (sort != null && !sort.isEmpty()) {
            if (!SORTS.contains(sort.startsWith("-") ? sort.substring(1) : sort)) {
                throw BobineException.badRequest("sort: unknown sort " + sort);
            }
            query.sort = sort;
        }
        String nsfw = q.get("nsfw");
        if (nsfw != null && !nsfw.isEmpty()) {
            if (!Set.of("true", "false", "both").contains(nsfw)) {
                throw BobineException.badRequest("nsfw must be true, false or both");
            }
            query.nsfw = nsfw;
        }
        query.isLocal = Params.bool("isLocal", q.get("isLocal"));
        return query;
    }

    /** @return the named parameters present, sorted, as a cache key */
    static String canonical(Map<String, String> q, String... names) {
        Map<String, String> sorted = new TreeMap<>();
        for (String n : names) {
            if (q.get(n) != null) {
                sorted.put(n, q.get(n));
            }
        }
        return sorted.toString();
    }

    /** @return the named parameters present, as a query string ("" when none) */
    static String queryString(Map<String, String> q, String... names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            String v = q.get(n);
            if (v != null) {
                b.append(b.length() == 0 ? '?' : '&').append(n).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }

    static Date date(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Date.from(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            LOG.debug("Not an ISO date: {}", iso);
            return null;
        }
    }
}
