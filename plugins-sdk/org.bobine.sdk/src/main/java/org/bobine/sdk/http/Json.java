package org.bobine.sdk.http;

/** JSON text for code that writes small documents without a JSON library. */
public final class Json {

    private Json() {
    }

    /**
     * @param s a string, or null
     * @return its JSON literal with quotes ({@code null} for null), escaping quotes, backslashes and control
     *     characters (and {@code <}, {@code >}, {@code &}, U+2028 and U+2029, so the text is also safe inside an
     *     HTML script element)
     */
    public static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
