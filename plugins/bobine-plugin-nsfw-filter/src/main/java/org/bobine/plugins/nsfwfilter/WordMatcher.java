package org.bobine.plugins.nsfwfilter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds whole words and phrases in free text, ignoring case, for any script.
 *
 * <p>A word matches where it is not glued to another letter, mark or digit: "sex" is found in "Sex tape",
 * "sex-ed" and "#sex_tape" but not in "Essex" or "sexy". Underscores, hyphens and punctuation separate words, as
 * in tags; a word that starts or ends with punctuation ("#nsfw", "18+") needs no boundary on that side. Scripts
 * written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan) have no boundaries to
 * look for, so their letters never glue: a Chinese word is found inside a Chinese sentence. Both sides are put
 * in Unicode compatibility form (NFKC) first, so an accent typed as a combining mark and full-width letters
 * match their usual spelling. In a phrase, any run of white space matches any other.
 */
final class WordMatcher {

    /** Matches nothing. */
    static final WordMatcher NONE = new WordMatcher(List.of(), null);

    private static final String NO_SPACE_SCRIPTS =
        "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}\\p{IsLao}\\p{IsKhmer}\\p{IsMyanmar}\\p{IsTibetan}";

    /** A character that continues a word: a letter, mark or digit of a script that separates words by spaces. */
    private static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}&&[^" + NO_SPACE_SCRIPTS + "]]";

    private static final Pattern WORD_CHAR_PATTERN = Pattern.compile(WORD_CHAR);

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private final List<String> words;
    private final Pattern pattern;

    private WordMatcher(List<String> words, Pattern pattern) {
        this.words = words;
        this.pattern = pattern;
    }

    /**
     * @param text one word or phrase per line; blank lines and surrounding spaces are ignored
     * @return a matcher for these words, {@link #NONE} when there are none
     */
    static WordMatcher parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        // Keyed by lower case so "Sex" and "sex" are one word; the first spelling is kept.
        Map<String, String> unique = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String w = WHITE_SPACE.matcher(normalize(line)).replaceAll(" ").trim();
            if (!w.isEmpty()) {
                unique.putIfAbsent(w.toLowerCase(Locale.ROOT), w);
            }
        }
        if (unique.isEmpty()) {
            return NONE;
        }
        List<String> words = List.copyOf(unique.values());
        List<String> alternatives = new ArrayList<>();
        for (String w : words) {
            alternatives.add(alternative(w));
        }
        Pattern p = Pattern.compile(String.join("|", alternatives),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        return new WordMatcher(words, p);
    }

    /**
     * A word's expression: its tokens separated by any white space, and a boundary on each side that ends in
     * a word character (a word ending in "+" or starting with "#" needs none there).
     */
    private static String alternative(String word) {
        List<String> parts = new ArrayList<>();
        for (String token : word.split(" ")) {
            parts.add(Pattern.quote(token));
        }
        StringBuilder re = new StringBuilder("(?:");
        if (isWordChar(word.codePointAt(0))) {
            re.append("(?<!").append(WORD_CHAR).append(')');
        }
        re.append(String.join("\\s+", parts));
        if (isWordChar(word.codePointBefore(word.length()))) {
            re.append("(?!").append(WORD_CHAR).append(')');
        }
        return re.append(')').toString();
    }

    private static boolean isWordChar(int codePoint) {
        return WORD_CHAR_PATTERN.matcher(new String(Character.toChars(codePoint))).matches();
    }

    /** @return the words, normalized and without duplicates, in the order given */
    List<String> words() {
        return words;
    }

    /** @return true when there are no words */
    boolean isEmpty() {
        return pattern == null;
    }

    /**
     * @param text any text, or null
     * @return true when one of the words occurs in it as a whole word
     */
    boolean matches(String text) {
        return pattern != null && text != null && !text.isEmpty() && pattern.matcher(normalize(text)).find();
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
