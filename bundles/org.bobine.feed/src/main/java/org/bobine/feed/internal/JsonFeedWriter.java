package org.bobine.feed.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link FeedDoc} as JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with Jackson. As PeerTube's
 * JSON feed, each video's attachments are its {@code .torrent}s; the playable files are attachments too, so a
 * JSON podcast client finds them. Both {@code authors} (1.1) and {@code author} (1.0) are written, for readers
 * of either version.
 */
final class JsonFeedWriter {

    /** The version URL every JSON Feed 1.1 carries. */
    static final String VERSION = "https://jsonfeed.org/version/1.1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFeedWriter() {
    }

    /** @param doc the feed @return its JSON, UTF-8 */
    static byte[] write(FeedDoc doc) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", VERSION);
        feed.put("title", doc.title);
        put(feed, "home_page_url", doc.link);
        put(feed, "feed_url", doc.jsonUrl);
        put(feed, "description", doc.description);
        put(feed, "icon", doc.image);
        put(feed, "favicon", doc.favicon);
        put(feed, "language", doc.language);
        if (doc.authorName != null) {
            Map<String, Object> author = author(doc.authorName, doc.authorLink);
            feed.put("authors", List.of(author));
            feed.put("author", author);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (FeedDoc.Item it : doc.items) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", it.id);
            put(item, "url", it.link);
            put(item, "title", it.title);
            item.put("content_html", it.contentHtml == null ? "" : it.contentHtml);
            put(item, "summary", it.summary);
            if (!it.thumbnails.isEmpty()) {
                item.put("image", it.thumbnails.get(0).url());
            }
            put(item, "date_published", iso(it.published));
            put(item, "date_modified", iso(it.updated != null ? it.updated : it.published));
            if (it.authorName != null) {
                Map<String, Object> author = author(it.authorName, it.authorLink);
                item.put("authors", List.of(author));
                item.put("author", author);
            }
            List<String> tags = new ArrayList<>(it.categories);
            tags.addAll(it.tags);
            if (!tags.isEmpty()) {
                item.put("tags", tags);
            }
            put(item, "language", it.language);
            List<Map<String, Object>> attachments = new ArrayList<>();
            for (FeedDoc.Torrent t : it.torrents) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("url", t.url());
                a.put("mime_type", "application/x-bittorrent");
                a.put("title", t.title());
                a.put("size_in_bytes", t.size());
                attachments.add(a);
            }
            for (FeedDoc.MediaFile f : it.files) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("url", f.url());
                a.put("mime_type", f.type());
                a.put("title", it.title + (f.height() > 0 ? " (" + f.height() + "p)" : " (audio)"));
                a.put("size_in_bytes", f.size());
                if (f.duration() > 0) {
                    a.put("duration_in_seconds", f.duration());
                }
                attachments.add(a);
            }
            if (!attachments.isEmpty()) {
                item.put("attachments", attachments);
            }
            items.add(item);
        }
        feed.put("items", items);
        try {
            return JSON.writeValueAsBytes(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the JSON feed", e);
        }
    }

    private static Map<String, Object> author(String name, String url) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", name);
        put(a, "url", url);
        return a;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String iso(Date d) {
        return d == null ? null : Instant.ofEpochMilli(d.getTime()).toString();
    }
}
