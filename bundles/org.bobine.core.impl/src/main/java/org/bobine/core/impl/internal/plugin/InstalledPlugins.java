package org.bobine.core.impl.internal.plugin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which plugins the administrator installed and enabled, kept in {@code <data>/plugins/plugins.json} (written
 * to a temporary file and renamed, so a crash leaves the old or the new list), with a copy of each KAR in
 * {@code <data>/plugins/kars/}: a backup of the data directory is enough to get the plugins back.
 */
final class InstalledPlugins {

    /** What is known of one installed plugin. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class Entry {
        public String version;
        public String feature;
        public String description;
        public String source;
        public boolean enabled;
        public long installedAt;
        public long updatedAt;
        /** The features repository URI added to Karaf. */
        public String repository;
    }

    /** The file's shape. */
    static final class Content {
        public Map<String, Entry> plugins = new TreeMap<>();
    }

    private static final ObjectMapper JSON = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path dir;
    private final Path file;
    private Content content;

    InstalledPlugins(Path dataDir) throws IOException {
        this.dir = dataDir.resolve("plugins");
        this.file = dir.resolve("plugins.json");
        Files.createDirectories(dir.resolve("kars"));
        this.content = Files.exists(file) ? JSON.readValue(file.toFile(), Content.class) : new Content();
    }

    synchronized Map<String, Entry> all() {
        return new TreeMap<>(content.plugins);
    }

    synchronized Entry get(String name) {
        return content.plugins.get(name);
    }

    synchronized void put(String name, Entry e) throws IOException {
        content.plugins.put(name, e);
        save();
    }

    synchronized void remove(String name) throws IOException {
        content.plugins.remove(name);
        save();
    }

    Path kar(String name) {
        return dir.resolve("kars").resolve(name + ".kar");
    }

    Path dir() {
        return dir;
    }

    private void save() throws IOException {
        Path tmp = file.resolveSibling("plugins.json.tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), content);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
