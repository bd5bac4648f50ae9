package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The feeds over HTTP: every feed in every format parsed back (the JDK's XML parser for the required RSS 2.0
 * and Atom elements, ROME for the whole document, Jackson for JSON Feed 1.1), the podcast's namespace and
 * enclosures fetched, no private, internal or unlisted video nor their comments anywhere, the subscription
 * feed opened by its token only (and refused with the old one after renewal), 304s and a new video shown at
 * once, bad input refused with a problem document, the pages' links, and the administrator's switch.
 */
@ExtendWith(BobineExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedsIT {

    private static final String RSS = "rss";
    private static final String ATOM = "atom";
    private static final String JSON = "json";
    private static final String MRSS = "http://search.yahoo.com/mrss/";
    private static final String PODCAST = "https://podcastindex.org/namespace/1.0";
    private static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";

    private final Bobine bobine;
    private Users.TestUser creator;
    private Users.TestUser fan;
    private String publicUuid;
    private String publicShort;
    private final List<String> hidden = new ArrayList<>();
    private String hiddenUuid;

    FeedsIT(Bobine bobine) {
        this.bobine = bobine;
    }

    @BeforeAll
    void uploadVideos() {
        creator = Users.create(bobine, "feeder");
        fan = Users.create(bobine, "reader");
        JsonNode pub = upload("Feed public video", 1);
        publicUuid = pub.get("uuid").asText();
        publicShort = pub.get("shortUUID").asText();
        hiddenUuid = upload("Feed unlisted video", 2).get("uuid").asText();
        upload("Feed private video", 3);
        upload("Feed internal video", 4);
        hidden.addAll(List.of("Feed unlisted video", "Feed private video", "Feed internal video"));
        assertEquals(200, fan.api().postJson("/api/v1/videos/" + publicUuid + "/comment-threads",
            Api.obj("text", "A public <b>comment</b>")).status());
        assertEquals(200, fan.api().postJson("/api/v1/videos/" + hiddenUuid + "/comment-threads",
            Api.obj("text", "A comment on the unlisted one")).status());
    }

    private JsonNode upload(String name, int privacy) {
        Api.Res r = creator.api().upload(creator.channelId(), name, privacy, "v.mp4", Media.video(), "feeds");
        assertEquals(200, r.status(), r.toString());
        return Published.await(creator.api(), r.json().get("video").get("uuid").asText());
    }

    private Api anon() {
        return Api.anonymous(bobine);
    }

    @Test
    @Order(1)
    void everyVideoFeedInEveryFormatIsValidAndShowsOnlyPublicVideos() throws Exception {
        String channel = creator.channel();
        long accountId = creator.api().get("/api/v1/users/me").json().get("account").get("id").asLong();
        for (String query : List.of("", "?videoChannelId=" + creator.channelId(), "?videoChannelName=" + channel,
            "?accountName=" + creator.name(), "?accountId=" + accountId, "?sort=-publishedAt&nsfw=both&isLocal=true")) {
            for (String ext : List.of("xml", "rss", "atom", "json")) {
                String text = valid("/feeds/videos." + ext + query, ext.equals("xml") ? RSS : ext);
                assertTrue(text.contains("Feed public video"), ext + query + " lists the public video");
                hidden.forEach(name -> assertFalse(text.contains(name), ext + query + " never lists " + name));
            }
            valid("/feeds/videos.xml" + query + (query.isEmpty() ? "?" : "&") + "format=atom", ATOM);
        }
        // The channel's classic feed names its podcast, as PeerTube's does.
        Document rss = xml(anon().get("/feeds/videos.xml?videoChannelId=" + creator.channelId()).raw().body());
        assertEquals(bobine.url() + "/feeds/podcast/videos.xml?videoChannelId=" + creator.channelId(),
            rss.getElementsByTagNameNS(PODCAST, "txt").item(0).getTextContent());
        Element item = item(rss, "Feed public video");
        assertEquals(bobine.url() + "/w/" + publicShort, child(item, "link").getTextContent());
        assertTrue(item.getElementsByTagNameNS(MRSS, "content").getLength() >= 1, "media:content of its files");
        assertTrue(item.getElementsByTagNameNS(MRSS, "thumbnail").getLength() >= 1, "media:thumbnail");
        Element enclosure = child(item, "enclosure");
        assertEquals(200, anon().get(enclosure.getAttribute("url")).status(), "the enclosure downloads");
        assertEquals(200, anon().get(((Element) item.getElementsByTagNameNS(MRSS, "thumbnail").item(0)).getAttribute("url"))
            .status(), "the thumbnail is served");
    }

    @Test
    @Order(2)
    void commentFeedsShowPublicCommentsOnly() throws Exception {
        for (String query : List.of("", "?videoId=" + publicUuid, "?videoChannelId=" + creator.channelId(),
            "?accountName=" + creator.name())) {
            for (String ext : List.of("xml", "atom", "json")) {
                String text = valid("/feeds/video-comments." + ext + query, ext.equals("xml") ? RSS : ext);
                assertTrue(text.contains("A public"), ext + query + " has the public comment");
                assertFalse(text.contains("on the unlisted one"), ext + query + " never has the unlisted video's comment");
                assertFalse(text.contains("<b>comment</b>"), "the comment's markup is escaped, never HTML");
            }
        }
        JsonNode json = anon().get("/feeds/video-comments.json?videoId=" + publicUuid).json();
        JsonNode first = json.get("items").get(0);
        assertTrue(first.get("title").asText().startsWith("Feed public video - "), first.toString());
        assertTrue(first.get("content_html").asText().contains("A public"), first.toString());
        assertFalse(first.get("content_html").asText().contains("<b>"), "no markup of the comment's author");
        assertEquals(404, anon().get("/feeds/video-comments.xml?videoId=" + hiddenUuid).status(),
            "an unlisted video has no comment feed");
    }

    @Test
    @Order(3)
    void podcastHasTheNamespaceAndReachableEnclosures() throws Exception {
        Api.Res r = anon().get("/feeds/podcast/videos.xml?videoChannelId=" + creator.channelId());
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/rss+xml"), r.contentType());
        rome(r.text());
        Document doc = xml(r.raw().body());
        Element channel = (Element) doc.getElementsByTagName("channel").item(0);
        assertEquals("video", channel.getElementsByTagNameNS(PODCAST, "medium").item(0).getTextContent());
        assertEquals(36, channel.getElementsByTagNameNS(PODCAST, "guid").item(0).getTextContent().length());
        assertNotNull(channel.getElementsByTagNameNS(ITUNES, "author").item(0));
        assertNotNull(channel.getElementsByTagNameNS(ITUNES, "image").item(0), "Apple requires an image");
        assertEquals(1, channel.getElementsByTagNameNS(PODCAST, "txt").getLength());
        hidden.forEach(name -> assertFalse(r.text().contains(name), "the podcast never lists " + name));
        Element item = item(doc, "Feed public video");
        Element guid = child(item, "guid");
        // A permalink: RSS's default, which ROME leaves implicit where PeerTube writes isPermaLink="true".
        assertTrue(List.of("", "true").contains(guid.getAttribute("isPermaLink")), guid.getAttribute("isPermaLink"));
        assertTrue(guid.getTextContent().startsWith(bobine.url()), guid.getTextContent());
        Element enclosure = child(item, "enclosure");
        assertEquals(200, anon().get(enclosure.getAttribute("url")).status(), "the enclosure downloads");
        assertTrue(Long.parseLong(enclosure.getAttribute("length")) > 0);
        NodeList alternates = item.getElementsByTagNameNS(PODCAST, "alternateEnclosure");
        assertTrue(alternates.getLength() >= 1);
        assertEquals("true", ((Element) alternates.item(0)).getAttribute("default"));
        for (int i = 0; i < alternates.getLength(); i++) {
            Element source = (Element) ((Element) alternates.item(i)).getElementsByTagNameNS(PODCAST, "source").item(0);
            assertEquals(200, anon().get(source.getAttribute("uri")).status(), "every alternate enclosure is served");
        }
        assertEquals(enclosure.getAttribute("url"), ((Element) ((Element) alternates.item(0))
            .getElementsByTagNameNS(PODCAST, "source").item(0)).getAttribute("uri"), "the default is the enclosure");
        assertNotNull(item.getElementsByTagNameNS(PODCAST, "socialInteract").item(0));
        assertNotNull(item.getElementsByTagNameNS(ITUNES, "duration").item(0));
    }

    @Test
    @Order(4)
    void theSubscriptionFeedOpensWithItsTokenOnly() throws Exception {
        assertEquals(401, anon().get("/api/v1/users/scoped-tokens").status());
        String token = fan.api().get("/api/v1/users/scoped-tokens").json().get("feedToken").asText();
        assertTrue(token.length() >= 32, token);
        assertEquals(token, fan.api().get("/api/v1/users/me/feed-token").json().get("feedToken").asText());
        assertEquals(token, fan.api().get("/api/v1/users/scoped-tokens").json().get("feedToken").asText(), "stable");
        long fanAccount = fan.api().get("/api/v1/users/me").json().get("account").get("id").asLong();
        String path = "/feeds/subscriptions.json?accountId=" + fanAccount + "&token=";

        assertEquals(0, anon().get(path + enc(token)).json().get("items").size(), "no subscription, no video");
        String handle = creator.channel() + "@" + anon().get("/api/v1/video-channels/" + creator.channel()).json()
            .get("host").asText();
        assertEquals(204, fan.api().postJson("/api/v1/users/me/subscriptions", Api.obj("uri", handle)).status());
        for (String ext : List.of("xml", "atom", "json")) {
            String text = valid("/feeds/subscriptions." + ext + "?accountId=" + fanAccount + "&token=" + enc(token),
                ext.equals("xml") ? RSS : ext);
            assertTrue(text.contains("Feed public video"), text);
            hidden.forEach(name -> assertFalse(text.contains(name), "the subscription feed never lists " + name));
        }

        problem(anon().get(path + "wrong"), 403);
        String other = creator.api().get("/api/v1/users/scoped-tokens").json().get("feedToken").asText();
        problem(anon().get(path + enc(other)), 403);
        problem(anon().get("/feeds/subscriptions.json?accountId=" + fanAccount), 400);

        String renewed = fan.api().postJson("/api/v1/users/scoped-tokens", Api.obj()).json().get("feedToken").asText();
        assertNotEquals(token, renewed);
        problem(anon().get(path + enc(token)), 403);
        assertEquals(200, anon().get(path + enc(renewed)).status());
    }

    @Test
    @Order(5)
    void feedsAnswer304AndANewVideoShowsAtOnce() {
        String path = "/feeds/videos.xml?videoChannelId=" + creator.channelId();
        Api.Res first = anon().get(path);
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertNotNull(first.header("Last-Modified"));
        Api.Res again = anon().get(path);
        assertEquals(etag, again.header("ETag"));
        assertEquals("true", again.header("X-Api-Cache-Cached"), "served from the cache");
        assertEquals(304, anon().get(path, Map.of("If-None-Match", etag)).status());
        assertEquals(304, anon().get(path, Map.of("If-Modified-Since", first.header("Last-Modified"))).status());

        JsonNode fresh = upload("Feed newer video", 1);
        Api.Res after = anon().get(path, Map.of("If-None-Match", etag));
        assertEquals(200, after.status(), "a new video changes the feed at once");
        assertTrue(after.text().contains("Feed newer video"));
        assertNotEquals(etag, after.header("ETag"));

        // Made private: gone from the next answer, though the feed was cached a moment ago.
        assertEquals(204, creator.api().putJson("/api/v1/videos/" + fresh.get("uuid").asText(), Api.obj("privacy", 3)).status());
        assertFalse(anon().get(path).text().contains("Feed newer video"));
        assertFalse(anon().get("/feeds/podcast/videos.xml?videoChannelId=" + creator.channelId()).text()
            .contains("Feed newer video"));
    }

    @Test
    @Order(6)
    void badInputIsAProblemNeverA500() {
        problem(anon().get("/feeds/videos.html"), 400);
        problem(anon().get("/feeds/videos.xml?videoChannelId=abc"), 400);
        problem(anon().get("/feeds/videos.xml?videoChannelId=987654321"), 404);
        problem(anon().get("/feeds/videos.xml?videoChannelName=no_such_channel_here"), 404);
        problem(anon().get("/feeds/videos.json?accountName=no_such_account_here"), 404);
        problem(anon().get("/feeds/videos.json?accountId=987654321"), 404);
        problem(anon().get("/feeds/videos.atom?sort=bogus"), 400);
        problem(anon().get("/feeds/videos.atom?nsfw=maybe"), 400);
        problem(anon().get("/feeds/videos.atom?isLocal=perhaps"), 400);
        problem(anon().get("/feeds/podcast/videos.xml"), 400);
        problem(anon().get("/feeds/podcast/videos.xml?videoChannelId=987654321"), 404);
        problem(anon().get("/feeds/video-comments.json?videoId=no-such-video"), 404);
        problem(anon().get("/feeds/subscriptions.json?accountId=987654321&token=x"), 404);
    }

    @Test
    @Order(7)
    void pagesLinkTheirFeeds() {
        assertTrue(anon().get("/api/v1/config").json().get("feeds").get("enabled").asBoolean());
        String home = anon().get("/").text();
        assertTrue(home.contains("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"" + bobine.url()
            + "/feeds/videos.xml\""), home);
        assertTrue(home.contains("type=\"application/atom+xml\"") && home.contains("type=\"application/feed+json\""));
        String channelPage = anon().get("/c/" + creator.channel()).text();
        assertTrue(channelPage.contains("/feeds/videos.xml?videoChannelName=" + creator.channel()), channelPage);
        assertTrue(anon().get("/a/" + creator.name()).text().contains("/feeds/videos.atom?accountName=" + creator.name()));
        String watch = anon().get("/w/" + publicShort).text();
        assertTrue(watch.contains("/feeds/video-comments.xml?videoId=" + publicUuid), watch);
        assertFalse(anon().get("/videos/watch/" + hiddenUuid).text().contains("video-comments.xml?videoId=" + hiddenUuid),
            "an unlisted video's page links no feed of it");
        String french = anon().get("/", Map.of("Accept-Language", "fr")).text();
        assertTrue(french.contains("Vidéos de l&#39;instance (RSS)"), french);
    }

    @Test
    @Order(100)
    void theSwitchTurnsFeedsOffAndOnAtOnce() {
        try {
            bobine.shell("config:property-set -p org.bobine.feed enabled false");
            Api.Res off = awaitStatus("/feeds/videos.xml", s -> s == 404);
            problem(off, 404);
            problem(anon().get("/feeds/podcast/videos.xml?videoChannelId=" + creator.channelId()), 404);
            assertFalse(anon().get("/api/v1/config").json().get("feeds").get("enabled").asBoolean());
            assertFalse(anon().get("/").text().contains("/feeds/videos.xml"), "the pages drop their feed links");
            assertEquals(200, fan.api().get("/api/v1/users/scoped-tokens").status(), "the token stays the user's");
        } finally {
            bobine.shell("config:property-set -p org.bobine.feed enabled true");
        }
        awaitStatus("/feeds/videos.xml", s -> s == 200);
        assertTrue(anon().get("/").text().contains("/feeds/videos.xml"));
    }

    /** Config Admin tells the component in its own thread: waits for the answer to change (a guard, not a timing). */
    private Api.Res awaitStatus(String path, Predicate<Integer> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Api.Res r = anon().get(path);
        while (!wanted.test(r.status()) && System.nanoTime() < deadline) {
            Bobine.sleep(200);
            r = anon().get(path);
        }
        assertTrue(wanted.test(r.status()), r.toString());
        return r;
    }

    /** Fetches a feed and checks its format's required parts; returns its text. */
    private String valid(String path, String format) throws Exception {
        Api.Res r = anon().get(path);
        assertEquals(200, r.status(), path + ": " + r);
        String text = r.text();
        switch (format) {
            case JSON -> {
                assertTrue(r.contentType().startsWith("application/feed+json"), r.contentType());
                JsonNode j = r.json();
                assertEquals("https://jsonfeed.org/version/1.1", j.get("version").asText());
                assertFalse(j.get("title").asText().isEmpty());
                assertTrue(j.get("items").isArray());
                j.get("items").forEach(i -> {
                    assertFalse(i.get("id").asText().isEmpty(), i.toString());
                    assertTrue(i.has("content_html") || i.has("content_text"), i.toString());
                });
            }
            case ATOM -> {
                assertTrue(r.contentType().startsWith("application/atom+xml"), r.contentType());
                assertEquals("atom_1.0", rome(text).getFeedType());
                Element feed = xml(r.raw().body()).getDocumentElement();
                assertEquals("feed", feed.getLocalName());
                for (String required : List.of("id", "title", "updated")) {
                    assertNotNull(child(feed, required), path + " has " + required);
                }
                NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
                for (int i = 0; i < entries.getLength(); i++) {
                    for (String required : List.of("id", "title", "updated")) {
                        assertNotNull(child((Element) entries.item(i), required), path + " entry has " + required);
                    }
                }
            }
            default -> {
                assertTrue(r.contentType().startsWith("application/rss+xml"), r.contentType());
                assertEquals("rss_2.0", rome(text).getFeedType());
                Element rss = xml(r.raw().body()).getDocumentElement();
                assertEquals("rss", rss.getTagName());
                assertEquals("2.0", rss.getAttribute("version"));
                Element channel = child(rss, "channel");
                for (String required : List.of("title", "link", "description")) {
                    assertNotNull(child(channel, required), path + " has " + required);
                }
                NodeList items = channel.getElementsByTagName("item");
                for (int i = 0; i < items.getLength(); i++) {
                    for (String required : List.of("title", "link", "guid", "pubDate")) {
                        assertNotNull(child((Element) items.item(i), required), path + " item has " + required);
                    }
                }
            }
        }
        return text;
    }

    private static void problem(Api.Res r, int status) {
        assertEquals(status, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(status, r.json().get("status").asInt());
    }

    private static SyndFeed rome(String text) throws Exception {
        return new SyndFeedInput().build(new StringReader(text));
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** @return the first child element of that local name (no namespace or Atom's), or null */
    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())
                && (e.getNamespaceURI() == null || e.getNamespaceURI().equals("http://www.w3.org/2005/Atom"))) {
                return e;
            }
        }
        return null;
    }

    private static Element item(Document doc, String title) {
        NodeList items = doc.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            Element it = (Element) items.item(i);
            if (title.equals(child(it, "title").getTextContent())) {
                return it;
            }
        }
        throw new AssertionError("No item " + title);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
