package org.bobine.player.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bobine.instance.api.ConfigSection;

/**
 * The {@code <link rel="alternate">} tags of a page's feeds (PeerTube's {@code /feeds/}): the instance's
 * videos on every page, a channel's or an account's videos on theirs, a public video's comments on its watch
 * page. Written only while the feeds capability runs and says it is on, through its {@code feeds} section of
 * the public configuration ({@link ConfigSection} with key {@code feeds}); without it, none.
 */
final class FeedLinks {

    /** The {@code ConfigSection} filter of the feeds' section. */
    static final String TARGET = "(" + ConfigSection.KEY + "=feeds)";

    private FeedLinks() {
    }

    /** @param feeds the feeds' section, or null @return whether feeds answer now */
    static boolean enabled(ConfigSection feeds) {
        try {
            return feeds != null && feeds.value() instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("enabled"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * @param feeds     the feeds' section, or null
     * @param base      the instance's public URL
     * @param path      the page's path
     * @param videoUuid the public video of a watch page, or null
     * @param lang      the page's language
     * @return the tags, or "" when feeds are off
     */
    static String tags(ConfigSection feeds, String base, String path, String videoUuid, String lang) {
        if (!enabled(feeds)) {
            return "";
        }
        boolean fr = "fr".equals(lang);
        StringBuilder b = new StringBuilder();
        String own = null;
        if (path.startsWith("/c/") || path.startsWith("/a/")) {
            String name = path.substring(3).replaceFirst("/.*$", "");
            if (!name.isEmpty()) {
                own = (path.startsWith("/c/") ? "?videoChannelName=" : "?accountName=")
                    + URLEncoder.encode(name, StandardCharsets.UTF_8);
                three(b, base + "/feeds/videos", own, (fr ? "Vidéos de " : "Videos of ") + name);
            }
        }
        if (videoUuid != null) {
            three(b, base + "/feeds/video-comments", "?videoId=" + URLEncoder.encode(videoUuid, StandardCharsets.UTF_8),
                fr ? "Commentaires de la vidéo" : "Comments of the video");
        }
        three(b, base + "/feeds/videos", "", fr ? "Vidéos de l'instance" : "Videos of the instance");
        return b.toString();
    }

    private static void three(StringBuilder b, String feed, String query, String title) {
        link(b, "application/rss+xml", feed + ".xml" + query, title + " (RSS)");
        link(b, "application/atom+xml", feed + ".atom" + query, title + " (Atom)");
        link(b, "application/feed+json", feed + ".json" + query, title + " (JSON)");
    }

    private static void link(StringBuilder b, String type, String href, String title) {
        b.append("<link rel=\"alternate\" type=\"").append(type).append("\" href=\"").append(Html.escape(href))
            .append("\" title=\"").append(Html.escape(title)).append("\">\n");
    }
}
