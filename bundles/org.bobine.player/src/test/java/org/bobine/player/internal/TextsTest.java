package org.bobine.player.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No untranslated text: every key the pages use (t('...') in the scripts, the page modules under pages/ included,
 * data-i18n* in the shell, and the keys built from privacy and state numbers) exists in every language file, and
 * all the files have the same keys with non-empty texts and the same {placeholders}.
 */
class TextsTest {

    private static final Path APP = Paths.get("src/main/web/app");
    private static final Pattern CALL = Pattern.compile("\\bt\\('([a-zA-Z0-9_.]+)'");
    private static final Pattern ATTRIBUTE = Pattern.compile("data-i18n(?:-[a-z-]+)?=\"([a-zA-Z0-9_.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> languages() throws IOException {
        Map<String, Map<String, String>> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(APP.resolve("i18n"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                all.put(f.getFileName().toString(), new ObjectMapper().readValue(f.toFile(), TreeMap.class));
            }
        }
        return all;
    }

    private static TreeSet<String> usedKeys() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(APP)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".html")).toList()) {
                String text = Files.readString(f);
                for (Pattern p : new Pattern[] {CALL, ATTRIBUTE}) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        if (!m.group(1).endsWith(".")) {
                            keys.add(m.group(1)); // "privacy." + id: a prefix, its keys are added below
                        }
                    }
                }
            }
        }
        for (int privacy = 1; privacy <= 4; privacy++) {
            keys.add("privacy." + privacy);
        }
        for (int category = 1; category <= 18; category++) {
            keys.add("category." + category); // PeerTube's categories, as VideoConstants lists them
        }
        return keys;
    }

    @Test
    void everyKeyThePagesUseIsTranslatedInEveryLanguage() throws IOException {
        Map<String, Map<String, String>> languages = languages();
        assertTrue(languages.containsKey("en.json") && languages.containsKey("fr.json"), languages.keySet().toString());
        TreeSet<String> used = usedKeys();
        assertTrue(used.size() > 50, "the scan found the keys: " + used.size());
        assertTrue(used.contains("login.wrong"), "the scan reads the page modules under pages/");
        for (var language : languages.entrySet()) {
            TreeSet<String> missing = new TreeSet<>(used);
            missing.removeAll(language.getValue().keySet());
            assertEquals(new TreeSet<String>(), missing, "untranslated in " + language.getKey());
        }
    }

    @Test
    void allLanguagesHaveTheSameKeysNonEmptyTextsAndTheSamePlaceholders() throws IOException {
        Map<String, Map<String, String>> languages = languages();
        Map<String, String> english = languages.get("en.json");
        for (var language : languages.entrySet()) {
            assertEquals(english.keySet(), language.getValue().keySet(), language.getKey());
            for (var e : language.getValue().entrySet()) {
                assertFalse(e.getValue().isBlank(), language.getKey() + " " + e.getKey());
                assertEquals(placeholders(english.get(e.getKey())), placeholders(e.getValue()),
                    language.getKey() + " " + e.getKey());
            }
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
