package org.bobine.feed.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * One feed, as the builders fill it from the services and before any format is chosen: the writers
 * ({@link RomeWriter}, {@link JsonFeedWriter}) turn the same document into RSS 2.0, Atom 1.0, JSON Feed 1.1
 * or the podcast RSS. Fields follow what PeerTube puts in its feeds; null means left out.
 */
final class FeedDoc {

    /** {@code videos} or {@code video-comments}: the path of the feed's other formats. */
    String resource = "videos";
    String title;
    /** Plain text. */
    String description;
    /** The page the feed is about (the instance, a channel, an account, a video). */
    String link;
    /** The feed's own URLs per format. */
    String rssUrl;
    String atomUrl;
    String jsonUrl;
    String image;
    String favicon;
    String authorName;
    String authorLink;
    String language;
    String copyright;
    String generator;
    Date updated;
    List<String> categories = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    /** For a channel's classic feed and its podcast: the podcast feed's URL (PeerTube's {@code podcast:txt p20url}). */
    String podcastUrl;
    /** The podcast feed's own channel-level fields, or null for a classic feed. */
    Podcast podcast;

    /** Channel-level Podcasting 2.0 and iTunes fields. */
    static final class Podcast {
        /** UUID v5 of the channel's actor URL, in the URL namespace (as PeerTube). */
        String guid;
        String medium = "video";
        /** The channel's public e-mail, when its owner shows it: {@code podcast:locked owner} and {@code itunes:email}. */
        String email;
        boolean explicit;
        /** {@code itunes:author}: the instance's name. */
        String itunesAuthor;
        List<Person> persons = new ArrayList<>();
    }

    /** A {@code podcast:person}. */
    record Person(String name, String href, String img) {
    }

    /** One entry: a video or a comment. */
    static final class Item {
        String id;
        String title;
        String link;
        /** Plain text. */
        String summary;
        /** Safe HTML. */
        String contentHtml;
        Date published;
        Date updated;
        String authorName;
        String authorLink;
        String authorEmail;
        List<String> categories = new ArrayList<>();
        List<Thumb> thumbnails = new ArrayList<>();
        /** Media RSS {@code media:content}: the playable files, highest resolution first. */
        List<MediaFile> files = new ArrayList<>();
        List<Torrent> torrents = new ArrayList<>();
        /** The {@code enclosure}: one downloadable file, or null. */
        Media enclosure;
        String embedUrl;
        String playerUrl;
        Long views;
        boolean nsfw;
        long duration;
        String language;
        List<String> tags = new ArrayList<>();
        /** Podcast items: every rendition as a {@code podcast:alternateEnclosure}, the default first. */
        List<Media> alternates = new ArrayList<>();
        List<String> trackers = new ArrayList<>();
        List<Person> persons = new ArrayList<>();
        /** The video's ActivityPub URL, for {@code podcast:socialInteract}. */
        String socialUri;
        String socialAccountUrl;
    }

    /** An image of an item. */
    record Thumb(String url, int width, int height) {
    }

    /** A playable file for Media RSS. */
    record MediaFile(String url, String type, int height, long size, int fps, long duration, String language) {
    }

    /** A {@code .torrent} of a file. */
    record Torrent(String title, String url, long size) {
    }

    /** A downloadable rendition: the enclosure or one alternate enclosure, with its sources (file, torrent, magnet). */
    record Media(String type, long length, Long bitrate, Integer height, String title, String language, List<Source> sources) {
        String url() {
            return sources.isEmpty() ? null : sources.get(0).uri();
        }
    }

    /** A {@code podcast:source}. */
    record Source(String uri, String contentType) {
    }
}
