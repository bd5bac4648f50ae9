package org.bobine.plugin.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bobine.core.api.BobineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KarFileTest {

    @TempDir
    Path dir;

    private static String features(String... names) {
        StringBuilder b = new StringBuilder("<features xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\" name=\"x\">");
        for (String n : names) {
            b.append("<feature name=\"").append(n).append("\" version=\"1.2.3\" description=\"Does things\">")
                .append("<bundle>mvn:org.example/x/1.2.3</bundle></feature>");
        }
        return b.append("</features>").toString();
    }

    private Path kar(Map<String, String> entries) throws IOException {
        Path p = dir.resolve("p" + System.nanoTime() + ".kar");
        try (OutputStream o = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(o)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return p;
    }

    private static Map<String, String> entries(Object... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (String) kv[i + 1]);
        }
        return m;
    }

    @Test
    void aPluginKarNamesItsPlugin() throws IOException {
        Path p = kar(entries("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n",
            "repository/org/example/x/1.2.3/x-1.2.3-features.xml", features("bobine-plugin-hello"),
            "repository/org/example/x/1.2.3/x-1.2.3.pom", "<project/>",
            "repository/org/example/x/1.2.3/x-1.2.3.jar", "jar"));
        KarFile k = KarFile.inspect(p);
        assertEquals("hello", k.name());
        assertEquals("bobine-plugin-hello", k.feature());
        assertEquals("1.2.3", k.version());
        assertEquals("Does things", k.description());
        assertEquals("org/example/x/1.2.3/x-1.2.3-features.xml", k.featuresXml());
        assertEquals(List.of("mvn:org.example/x/1.2.3"), k.bundles());
        k.checkBundlesInside(p);

        Path target = dir.resolve("kar").resolve("bobine-plugin-hello-1.2.3");
        Files.createDirectories(target.getParent());
        KarFile.extractRepository(p, target);
        assertTrue(Files.exists(target.resolve("org/example/x/1.2.3/x-1.2.3.jar")));
        assertTrue(Files.notExists(target.resolve("META-INF")), "only the repository is unpacked");
    }

    @Test
    void whatIsNotOnePluginIsRefusedWithAReason() throws IOException {
        BobineException none = assertThrows(BobineException.class, () -> KarFile.inspect(kar(entries(
            "repository/a/b/1/b-1-features.xml", features("some-feature")))));
        assertEquals(400, none.status());
        assertTrue(none.getMessage().contains("not a Bobine plugin"), none.getMessage());

        BobineException two = assertThrows(BobineException.class, () -> KarFile.inspect(kar(entries(
            "repository/a/b/1/b-1-features.xml", features("bobine-plugin-one", "bobine-plugin-two")))));
        assertTrue(two.getMessage().contains("several"), two.getMessage());

        BobineException badName = assertThrows(BobineException.class, () -> KarFile.inspect(kar(entries(
            "repository/a/b/1/b-1-features.xml", features("bobine-plugin-Bad_Name")))));
        assertTrue(badName.getMessage().contains("Invalid plugin name"), badName.getMessage());

        Path notZip = dir.resolve("not.kar");
        Files.writeString(notZip, "hello");
        assertEquals(400, assertThrows(BobineException.class, () -> KarFile.inspect(notZip)).status());
    }

    @Test
    void aPluginCarriesItsBundles() throws IOException {
        Path missing = kar(entries("repository/org/example/x/1.2.3/x-1.2.3-features.xml", features("bobine-plugin-hello")));
        KarFile k = KarFile.inspect(missing);
        BobineException e = assertThrows(BobineException.class, () -> k.checkBundlesInside(missing));
        assertTrue(e.getMessage().contains("is not in the KAR"), e.getMessage());
        assertEquals("org/example/x/1.0/x-1.0.jar", KarFile.mavenPath("mvn:org.example/x/1.0"));
        assertEquals("org/example/x/1.0/x-1.0-plugin.kar", KarFile.mavenPath("mvn:org.example/x/1.0/kar/plugin"));
        assertEquals(null, KarFile.mavenPath("file:/tmp/x.jar"));
        assertEquals(null, KarFile.mavenPath("mvn:http://evil.example/repo!org.example/x/1.0"));
        assertEquals(null, KarFile.mavenPath("mvn:org.example/../1.0"));
    }

    @Test
    void entriesThatLeaveTheFolderAreRefused() throws IOException {
        Path evil = kar(entries("repository/../../etc/passwd", "x",
            "repository/a/b/1/b-1-features.xml", features("bobine-plugin-evil")));
        BobineException e = assertThrows(BobineException.class, () -> KarFile.inspect(evil));
        assertTrue(e.getMessage().contains("unsafe"), e.getMessage());
    }

    @Test
    void xmlEntitiesAreNotExpanded() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE f [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<features><feature name=\"bobine-plugin-&x;\"/></features>";
        BobineException e = assertThrows(BobineException.class, () -> KarFile.inspect(kar(entries(
            "repository/a/b/1/b-1-features.xml", xxe))));
        assertTrue(e.getMessage().contains("not a Bobine plugin"), e.getMessage());
    }

    @Test
    void mavenCoordinatesBecomeKarUrls() {
        assertEquals("mvn:org.example/hello/1.0/kar/plugin", PluginServiceImpl.mavenUrl("org.example:hello:1.0"));
        assertEquals("mvn:org.example/hello/1.0/kar/plugin", PluginServiceImpl.mavenUrl("mvn:org.example/hello/1.0"));
        assertEquals("mvn:org.example/hello/1.0/kar", PluginServiceImpl.mavenUrl("mvn:org.example/hello/1.0/kar"));
        assertEquals(null, PluginServiceImpl.mavenUrl("/srv/hello.kar"));
        assertEquals(null, PluginServiceImpl.mavenUrl("bobine-plugin-hello"));
    }
}
