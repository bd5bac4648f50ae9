package org.bobine.plugins.nsfwfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordMatcherTest {

    @Test
    void matchesWholeWordsOnly() {
        WordMatcher m = WordMatcher.parse("sex");
        assertTrue(m.matches("sex"));
        assertTrue(m.matches("A film about sex."));
        assertTrue(m.matches("(sex)"));
        assertTrue(m.matches("sex-ed for teens"));
        assertTrue(m.matches("#sex_tape"));
        assertFalse(m.matches("Essex"));
        assertFalse(m.matches("A walk in Essex"));
        assertFalse(m.matches("sexy"));
        assertFalse(m.matches("Sussex and Middlesex"));
        assertFalse(m.matches("sex2"));
    }

    @Test
    void ignoresCase() {
        WordMatcher m = WordMatcher.parse("Nude");
        assertTrue(m.matches("NUDE beach"));
        assertTrue(m.matches("nude"));
        assertTrue(m.matches("NuDe"));
    }

    @Test
    void ignoresCaseBeyondAscii() {
        WordMatcher m = WordMatcher.parse("érotique\nЭРОТИКА\nγυμνό");
        assertTrue(m.matches("Un film ÉROTIQUE"));
        assertTrue(m.matches("это эротика"));
        assertTrue(m.matches("ΓΥΜΝΌ"));
        assertFalse(m.matches("érotiques"));
        assertFalse(m.matches("эротикам"));
    }

    @Test
    void accentedLettersAreWordLetters() {
        WordMatcher m = WordMatcher.parse("porn");
        // "é" and a combining acute are letters of the word: no boundary there.
        assertFalse(m.matches("porné"));
        assertFalse(m.matches("porne\u0301"));
        assertFalse(m.matches("éporn"));
        assertTrue(m.matches("porn!"));
    }

    @Test
    void composedAndDecomposedSpellingsMatch() {
        assertTrue(WordMatcher.parse("café").matches("Cafe\u0301 noir"));
        assertTrue(WordMatcher.parse("cafe\u0301").matches("CAFÉ noir"));
    }

    @Test
    void fullWidthLettersMatchTheirPlainSpelling() {
        assertTrue(WordMatcher.parse("nsfw").matches("ＮＳＦＷ content"));
    }

    @Test
    void findsWordsOfScriptsWrittenWithoutSpaces() {
        WordMatcher m = WordMatcher.parse("色情\nエロ");
        assertTrue(m.matches("这是色情视频"));
        assertTrue(m.matches("エロ動画"));
        assertFalse(m.matches("情色"));
        // A Latin word next to Han characters still has its boundary.
        assertTrue(WordMatcher.parse("sex").matches("sex视频"));
    }

    @Test
    void phrasesMatchAcrossAnyWhiteSpace() {
        WordMatcher m = WordMatcher.parse("  adult   content  ");
        assertEquals(List.of("adult content"), m.words());
        assertTrue(m.matches("Adult\tcontent ahead"));
        assertTrue(m.matches("adult\ncontent"));
        assertFalse(m.matches("adult contents"));
        assertFalse(m.matches("adultcontent"));
        assertFalse(m.matches("adult"));
    }

    @Test
    void wordsEndingOrStartingWithPunctuationNeedNoBoundaryThere() {
        WordMatcher m = WordMatcher.parse("18+\n#nsfw");
        assertTrue(m.matches("Rated 18+"));
        assertTrue(m.matches("18+only"));
        assertFalse(m.matches("218+"));
        assertTrue(m.matches("tagged#nsfw"));
        assertFalse(m.matches("#nsfwish"));
    }

    @Test
    void regexCharactersAreLiteral() {
        WordMatcher m = WordMatcher.parse("a.b\n(x)");
        assertTrue(m.matches("see a.b here"));
        assertFalse(m.matches("see axb here"));
        assertTrue(m.matches("(x)"));
    }

    @Test
    void oneWordPerLineBlankLinesAndDuplicatesIgnored() {
        WordMatcher m = WordMatcher.parse("\r\nnude\r\n\r\n  \nNUDE\nporn\n");
        assertEquals(List.of("nude", "porn"), m.words());
        assertTrue(m.matches("porn"));
        assertTrue(m.matches("nude"));
    }

    @Test
    void noWordsMatchNothing() {
        assertSame(WordMatcher.NONE, WordMatcher.parse(null));
        assertSame(WordMatcher.NONE, WordMatcher.parse(""));
        assertSame(WordMatcher.NONE, WordMatcher.parse(" \n\t\n"));
        assertTrue(WordMatcher.NONE.isEmpty());
        assertFalse(WordMatcher.NONE.matches("anything at all"));
        assertFalse(WordMatcher.parse("sex").matches(null));
        assertFalse(WordMatcher.parse("sex").matches(""));
    }
}
