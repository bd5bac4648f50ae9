package org.bobine.plugin.impl.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.LoggerFactory;

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
        this.content = read(file);
    }

    /** A list that cannot be read (edited by hand) is set aside, not fatal: Karaf's features are listed again. */
    private static Content read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Content();
        }
        try {
            return JSON.readValue(file.toFile(), Content.class);
        } catch (IOException e) {
            Path aside = file.resolveSibling("plugins.json.unreadable-" + System.currentTimeMillis());
            Files.move(file, aside);
            LoggerFactory.getLogger(InstalledPlugins.class).error(
                "The plugin list {} cannot be read ({}); it was moved to {} and installed plugins are listed from Karaf",
                file, e.getMessage(), aside);
            return new Content();
        }
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
