package org.bobine.feed.internal;

/**
 * What feeds say of users' Markdown: plain text for summaries, and for {@code content:encoded} /
 * {@code content_html} the text escaped into paragraphs. Escaping everything is the sanitising: no markup a
 * user wrote reaches a reader as HTML (Markdown's emphasis and links stay as typed).
 */
final class Text {

    private Text() {
    }

    /** @param markdown text or null @return it as plain text: link targets, images and emphasis marks dropped */
    static String plain(String markdown) {
        if (markdown == null) {
            return null;
        }
        return markdown.replaceAll("!\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
            .replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+])\\s+", "").replaceAll("[*_`~]", "").strip();
    }

    /** @param markdown text or null @return safe HTML: escaped text in paragraphs, line breaks kept */
    static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String para : markdown.strip().split("\\R\\s*\\R")) {
            b.append("<p>").append(escape(para.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return b.toString();
    }

    /** @param s text @return it safe in HTML text and attributes */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
