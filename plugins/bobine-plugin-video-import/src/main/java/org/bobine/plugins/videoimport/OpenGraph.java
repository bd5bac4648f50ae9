package org.bobine.plugins.videoimport;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a web page says about its video: the OpenGraph {@code og:video} tags (with their
 * {@code :url}, {@code :secure_url} and {@code :type} properties), Twitter's {@code twitter:player:stream},
 * and the title and description. Regular expressions are enough for {@code <meta>} tags, and the page is at
 * most 1 MB.
 */
final class OpenGraph {

    /** Video links tried per page at most. */
    static final int MAX_VIDEOS = 5;

    private static final Pattern META = Pattern.compile("<meta\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
        "([a-zA-Z_:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    private static final Pattern TITLE = Pattern.compile("<title\\b[^>]*>([^<]*)</title>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");

    /**
     * What a page says.
     *
     * @param title       og:title (else twitter:title, else the page's title), or null
     * @param description og:description (else twitter:description or the description meta tag), or null
     * @param videos      links to media files, best first, at most {@value #MAX_VIDEOS}
     */
    record Page(String title, String description, List<URI> videos) {
    }

    private static final class Video {
        String url;
        String secureUrl;
        String type;
    }

    private OpenGraph() {
    }

    /**
     * @param html the page
     * @param base the page's URL, against which relative links are resolved
     * @return what the page says
     */
    static Page parse(String html, URI base) {
        List<Video> videos = new ArrayList<>();
        Video current = null;
        Video twitter = null;
        String ogTitle = null;
        String twitterTitle = null;
        String ogDescription = null;
        String otherDescription = null;
        Matcher m = META.matcher(html);
        while (m.find()) {
            String property = null;
            String content = null;
            Matcher a = ATTRIBUTE.matcher(m.group(1));
            while (a.find()) {
                String name = a.group(1).toLowerCase(Locale.ROOT);
                String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                if (name.equals("property") || (name.equals("name") && property == null)) {
                    property = value.strip().toLowerCase(Locale.ROOT);
                } else if (name.equals("content")) {
                    content = unescape(value).strip();
                }
            }
            if (property == null || content == null || content.isEmpty()) {
                continue;
            }
            switch (property) {
                case "og:video", "og:video:url" -> {
                    if (current == null || current.url != null) {
                        current = new Video();
                        videos.add(current);
                    }
                    current.url = content;
                }
                case "og:video:secure_url" -> {
                    if (current == null || current.secureUrl != null) {
                        current = new Video();
                        videos.add(current);
                    }
                    current.secureUrl = content;
                }
                case "og:video:type" -> {
                    if (current != null && current.type == null) {
                        current.type = content;
                    }
                }
                case "twitter:player:stream" -> {
                    twitter = new Video();
                    twitter.url = content;
                }
                case "twitter:player:stream:content_type" -> {
                    if (twitter != null) {
                        twitter.type = content;
                    }
                }
                case "og:title" -> ogTitle = ogTitle == null ? content : ogTitle;
                case "twitter:title" -> twitterTitle = twitterTitle == null ? content : twitterTitle;
                case "og:description" -> ogDescription = ogDescription == null ? content : ogDescription;
                case "twitter:description", "description" ->
                    otherDescription = otherDescription == null ? content : otherDescription;
                default -> {
                }
            }
        }
        if (twitter != null) {
            videos.add(twitter);
        }
        Set<URI> links = new LinkedHashSet<>();
        for (Video v : videos) {
            if (v.type != null && !MediaTypes.isMediaType(v.type)) {
                continue;
            }
            for (String link : new String[] {v.secureUrl, v.url}) {
                if (link != null && links.size() < MAX_VIDEOS) {
                    try {
                        links.add(Urls.resolve(base, link));
                    } catch (IllegalArgumentException e) {
                        // not a link this plugin may fetch (another scheme, credentials): try the next one
                    }
                }
            }
        }
        String title = ogTitle != null ? ogTitle : twitterTitle != null ? twitterTitle : pageTitle(html);
        String description = ogDescription != null ? ogDescription : otherDescription;
        return new Page(title, description, List.copyOf(links));
    }

    private static String pageTitle(String html) {
        Matcher t = TITLE.matcher(html);
        if (!t.find()) {
            return null;
        }
        String title = unescape(t.group(1)).strip();
        return title.isEmpty() ? null : title;
    }

    /**
     * @param text HTML text
     * @return the text with character references replaced (the common named ones and all numeric ones)
     */
    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = codePoint(Integer.parseInt(e.substring(2), 16), m.group());
            } else if (e.startsWith("#")) {
                r = codePoint(Integer.parseInt(e.substring(1)), m.group());
            } else {
                r = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> "\u00a0";
                    default -> m.group();
                };
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String codePoint(int cp, String original) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : original;
    }
}
