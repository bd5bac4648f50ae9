package org.bobine.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks of the source tree that no compiler makes: the package tables of the READMEs say the versions the
 * code exports, no bundle imports another bundle's {@code internal} packages, and no package of a bundle
 * imports a package that imports it back.
 */
class TreeTest {

    private static final Path ROOT = Paths.get(System.getProperty("bobine.root", "..")).toAbsolutePath().normalize();
    private static final Pattern ROW = Pattern.compile("^\\| `(org\\.bobine\\.[a-z0-9.]+)` \\| ([0-9]+\\.[0-9]+\\.[0-9]+) \\|", Pattern.MULTILINE);
    private static final Pattern VERSION = Pattern.compile("@Version\\(\"([0-9.]+)\"\\)");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.bobine\\.[\\w.]+)\\.[A-Za-z_]\\w*(?:\\.\\*)?;", Pattern.MULTILINE);

    /** Modules with sources: bundles/*, plugins-sdk/*, plugins/*, runner. */
    private static List<Path> modules() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String group : new String[] {"bundles", "plugins-sdk", "plugins"}) {
            try (Stream<Path> s = Files.list(ROOT.resolve(group))) {
                s.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).forEach(out::add);
            }
        }
        out.add(ROOT.resolve("runner"));
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    /** @return exported package to version, from the module's package-info.java files with @Export */
    private static Map<String, String> exported(Path module) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Path p : javaFiles(module.resolve("src/main/java"))) {
            if (!p.getFileName().toString().equals("package-info.java")) {
                continue;
            }
            String s = read(p);
            Matcher pkg = PACKAGE.matcher(s);
            Matcher v = VERSION.matcher(s);
            if (s.contains("@Export") && pkg.find() && v.find()) {
                out.put(pkg.group(1), v.group(1));
            }
        }
        return out;
    }

    @Test
    void readmeTablesSayTheVersionsTheCodeExports() throws IOException {
        List<String> wrong = new ArrayList<>();
        int tables = 0;
        for (Path module : modules()) {
            Path readme = module.resolve("README.md");
            if (!Files.isRegularFile(readme)) {
                continue;
            }
            Map<String, String> code = exported(module);
            Map<String, String> said = new TreeMap<>();
            Matcher m = ROW.matcher(read(readme));
            while (m.find()) {
                said.put(m.group(1), m.group(2));
            }
            if (said.isEmpty()) {
                if (!code.isEmpty()) {
                    wrong.add(ROOT.relativize(readme) + " has no package table, but the code exports " + code);
                }
                continue;
            }
            tables++;
            if (!said.equals(code)) {
                wrong.add(ROOT.relativize(readme) + " says " + said + " but the code exports " + code);
            }
        }
        assertTrue(tables > 5, "tables found: " + tables);
        assertEquals(List.of(), wrong);
    }

    /** @return package to the packages it imports, of one module's main code */
    private static Map<String, Set<String>> imports(Path module) throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        for (Path p : javaFiles(module.resolve("src/main/java"))) {
            String s = read(p);
            Matcher pkg = PACKAGE.matcher(s);
            if (!pkg.find()) {
                continue;
            }
            Set<String> to = out.computeIfAbsent(pkg.group(1), k -> new HashSet<>());
            Matcher i = IMPORT.matcher(s);
            while (i.find()) {
                String imported = i.group(1);
                // An import of a nested type names its outer type: keep the package part only.
                while (imported.contains(".") && Character.isUpperCase(imported.charAt(imported.lastIndexOf('.') + 1))) {
                    imported = imported.substring(0, imported.lastIndexOf('.'));
                }
                if (!imported.equals(pkg.group(1))) {
                    to.add(imported);
                }
            }
        }
        return out;
    }

    @Test
    void noBundleImportsAnotherBundlesInternalPackages() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path module : modules()) {
            String root = module.getFileName().toString();
            for (Map.Entry<String, Set<String>> e : imports(module).entrySet()) {
                for (String imported : e.getValue()) {
                    if (imported.contains(".internal") && !imported.startsWith(root + ".")) {
                        wrong.add(e.getKey() + " (" + root + ") imports " + imported);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void noPackageOfABundleImportsAPackageThatImportsItBack() throws IOException {
        List<String> cycles = new ArrayList<>();
        for (Path module : modules()) {
            Map<String, Set<String>> graph = imports(module);
            for (String from : graph.keySet()) {
                for (String to : graph.get(from)) {
                    if (graph.containsKey(to) && reaches(graph, to, from, new HashSet<>())) {
                        cycles.add(module.getFileName() + ": " + from + " -> " + to + " -> ... -> " + from);
                    }
                }
            }
        }
        assertEquals(List.of(), cycles);
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (graph.containsKey(next) && reaches(graph, next, target, seen)) {
                return true;
            }
        }
        return false;
    }
}
