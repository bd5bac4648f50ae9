package org.bobine.feed.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The writers on a real document, each output read back by a parser (ROME's own, the JDK's, Jackson). */
class WritersTest {

    private static FeedDoc doc() {
        FeedDoc d = new FeedDoc();
        d.title = "Chan <&>";
        d.description = "About";
        d.link = "http://localhost:9000/c/chan";
        d.rssUrl = "http://localhost:9000/feeds/videos.xml?videoChannelId=3";
        d.atomUrl = "http://localhost:9000/feeds/videos.atom?videoChannelId=3";
        d.jsonUrl = "http://localhost:9000/feeds/videos.json?videoChannelId=3";
        d.podcastUrl = "http://localhost:9000/feeds/podcast/videos.xml?videoChannelId=3";
        d.authorName = "Chan";
        d.authorLink = d.link;
        d.updated = new Date(1_700_000_000_000L);
        FeedDoc.Item it = new FeedDoc.Item();
        it.id = "http://localhost:9000/w/abc";
        it.link = it.id;
        it.title = "A <video>";
        it.summary = "plain";
        it.contentHtml = Text.html("one <b>two</b>\n\nthree");
        it.published = new Date(1_700_000_000_000L);
        it.authorName = "Chan";
        it.authorLink = d.link;
        it.thumbnails.add(new FeedDoc.Thumb("http://localhost:9000/lazy-static/thumbnails/a.jpg", 280, 157));
        it.files.add(new FeedDoc.MediaFile("http://localhost:9000/static/web-videos/a-720.mp4", "video/mp4", 720, 1000, 25, 5, "fr"));
        it.torrents.add(new FeedDoc.Torrent("A", "http://localhost:9000/lazy-static/torrents/a-720.torrent", 1000));
        it.enclosure = new FeedDoc.Media("video/mp4", 1000, null, null, null, null,
            List.of(new FeedDoc.Source("http://localhost:9000/static/web-videos/a-720.mp4", null)));
        it.alternates.add(new FeedDoc.Media("video/mp4", 1000, 1600L, null, "720p", "fr", List.of(
            new FeedDoc.Source("http://localhost:9000/static/web-videos/a-720.mp4", null),
            new FeedDoc.Source("http://localhost:9000/lazy-static/torrents/a-720.torrent", "application/x-bittorrent"))));
        it.alternates.add(new FeedDoc.Media("application/x-mpegURL", 0, null, null, "HLS", "fr",
            List.of(new FeedDoc.Source("http://localhost:9000/static/streaming-playlists/hls/u/master.m3u8", null))));
        it.embedUrl = "http://localhost:9000/videos/embed/u";
        it.playerUrl = it.link;
        it.views = 3L;
        it.duration = 5;
        it.socialUri = "http://localhost:9000/videos/watch/u";
        d.items.add(it);
        return d;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static SyndFeed rome(byte[] bytes) throws Exception {
        return new SyndFeedInput().build(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
    }

    @Test
    void rssHasTheItemsMediaAndThePodcastLink() throws Exception {
        byte[] bytes = RomeWriter.write(doc(), RomeWriter.Kind.RSS);
        SyndFeed back = rome(bytes);
        assertEquals("rss_2.0", back.getFeedType());
        assertEquals("Chan <&>", back.getTitle());
        assertEquals("A <video>", back.getEntries().get(0).getTitle());
        Document x = xml(bytes);
        Element item = (Element) x.getElementsByTagName("item").item(0);
        assertEquals(1, item.getElementsByTagName("enclosure").getLength());
        assertEquals(1, item.getElementsByTagNameNS("http://search.yahoo.com/mrss/", "content").getLength());
        assertEquals(1, item.getElementsByTagNameNS("http://search.yahoo.com/mrss/", "thumbnail").getLength());
        assertEquals(1, item.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded").getLength());
        assertTrue(item.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded").item(0)
            .getTextContent().contains("one &lt;b&gt;two&lt;/b&gt;</p><p>three"), "the user's markup is escaped");
        NodeList txt = x.getElementsByTagNameNS(PodcastModule.URI, "txt");
        assertEquals(1, txt.getLength());
        assertEquals(doc().podcastUrl, txt.item(0).getTextContent());
        assertEquals(0, item.getElementsByTagNameNS(PodcastModule.URI, "alternateEnclosure").getLength());
    }

    @Test
    void atomIsReadBack() throws Exception {
        byte[] bytes = RomeWriter.write(doc(), RomeWriter.Kind.ATOM);
        SyndFeed back = rome(bytes);
        assertEquals("atom_1.0", back.getFeedType());
        assertEquals("http://localhost:9000/w/abc", back.getEntries().get(0).getUri());
        Document x = xml(bytes);
        assertEquals(1, x.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("rel=\"self\""));
    }

    @Test
    void podcastHasEnclosuresAlternatesAndItunes() throws Exception {
        FeedDoc d = doc();
        d.podcast = new FeedDoc.Podcast();
        d.podcast.guid = UUIDs.v5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "http://localhost:9000/video-channels/chan").toString();
        d.podcast.itunesAuthor = "Bobine";
        d.podcast.persons.add(new FeedDoc.Person("Chan", d.link, null));
        d.image = "http://localhost:9000/lazy-static/thumbnails/a.jpg";
        d.categories.add("Sports");
        byte[] bytes = RomeWriter.write(d, RomeWriter.Kind.PODCAST);
        rome(bytes);
        Document x = xml(bytes);
        Element channel = (Element) x.getElementsByTagName("channel").item(0);
        assertEquals("video", channel.getElementsByTagNameNS(PodcastModule.URI, "medium").item(0).getTextContent());
        assertEquals(d.podcast.guid, channel.getElementsByTagNameNS(PodcastModule.URI, "guid").item(0).getTextContent());
        String itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
        assertEquals("Bobine", ((Element) channel.getElementsByTagNameNS(itunes, "author").item(0)).getTextContent());
        assertEquals(1, channel.getElementsByTagNameNS(itunes, "category").getLength());
        Element item = (Element) x.getElementsByTagName("item").item(0);
        NodeList alts = item.getElementsByTagNameNS(PodcastModule.URI, "alternateEnclosure");
        assertEquals(2, alts.getLength());
        assertEquals("true", ((Element) alts.item(0)).getAttribute("default"));
        assertEquals(2, ((Element) alts.item(0)).getElementsByTagNameNS(PodcastModule.URI, "source").getLength());
        assertEquals("false", item.getElementsByTagNameNS(itunes, "explicit").item(0).getTextContent());
        assertFalse(item.getElementsByTagNameNS(itunes, "duration").item(0).getTextContent().isEmpty());
    }

    @Test
    void jsonFeedIsVersion11() throws Exception {
        JsonNode j = new ObjectMapper().readTree(JsonFeedWriter.write(doc()));
        assertEquals(JsonFeedWriter.VERSION, j.get("version").asText());
        assertEquals("A <video>", j.get("items").get(0).get("title").asText());
        assertEquals("application/x-bittorrent", j.get("items").get(0).get("attachments").get(0).get("mime_type").asText());
        assertEquals("Chan", j.get("items").get(0).get("authors").get(0).get("name").asText());
    }

    @Test
    void uuidV5IsTheRfcOne() {
        // RFC 9562's example: the DNS namespace and "www.example.com".
        assertEquals("2ed6657d-e927-568b-95e1-2665a8aea6a2",
            UUIDs.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com").toString());
    }
}
