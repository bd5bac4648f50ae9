package org.bobine.player.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The browser code's modules find each other: every relative import (static, or a page's import() in the
 * router) names a file of the app, and every module under pages/ is one the router imports. A wrong name
 * would otherwise show only when a browser opens that page.
 */
class ModulesTest {

    private static final Path APP = Paths.get("src/main/web/app");
    private static final Pattern IMPORT = Pattern.compile("(?:\\bfrom\\s*|\\bimport\\s*\\(\\s*)'(\\.{1,2}/[^']+)'");

    @Test
    void everyRelativeImportNamesAFileAndEveryPageIsRouted() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<Path> imported = new TreeSet<>();
        try (Stream<Path> files = Files.walk(APP)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    Path target = f.getParent().resolve(m.group(1)).normalize();
                    imported.add(target);
                    if (!Files.isRegularFile(target)) {
                        missing.add(APP.relativize(f) + " imports " + m.group(1));
                    }
                }
            }
        }
        assertEquals(new TreeSet<String>(), missing);
        TreeSet<String> unrouted = new TreeSet<>();
        try (Stream<Path> pages = Files.list(APP.resolve("pages"))) {
            pages.filter(p -> p.toString().endsWith(".js") && !imported.contains(p.normalize()))
                .forEach(p -> unrouted.add(APP.relativize(p).toString()));
        }
        assertEquals(new TreeSet<String>(), unrouted, "page modules the router never imports");
        assertTrue(imported.contains(APP.resolve("pages/watch.js").normalize()), "the scan found the router's imports: " + imported);
    }
}
