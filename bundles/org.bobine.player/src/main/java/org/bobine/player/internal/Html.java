package org.bobine.player.internal;

/** Escaping for the few values the server writes into pages (titles and meta tags). */
final class Html {

    private Html() {
    }

    /** @param s text, may be null @return the text safe inside an element or a double-quoted attribute */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
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

    /** @param markdown a description @param max length @return its first words as plain text, for previews */
    static String plainExcerpt(String markdown, int max) {
        if (markdown == null) {
            return "";
        }
        String plain = markdown.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("[*_`#>~]", "")
            .replaceAll("\\s+", " ").trim();
        return plain.length() <= max ? plain : plain.substring(0, max - 1) + "…";
    }
}
