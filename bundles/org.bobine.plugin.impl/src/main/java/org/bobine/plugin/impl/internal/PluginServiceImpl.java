package org.bobine.plugin.impl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.apache.commons.io.FileUtils;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeatureState;
import org.apache.karaf.features.FeaturesService;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.instance.api.InstanceService;
import org.bobine.plugin.api.Plugin;
import org.bobine.plugin.api.PluginIndexEntry;
import org.bobine.plugin.api.PluginService;
import org.bobine.plugin.api.PluginSettingInfo;
import org.bobine.sdk.plugin.ClientAssets;
import org.bobine.sdk.plugin.Setting;
import org.bobine.sdk.plugin.SettingType;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plugins on a running instance, through Karaf's FeaturesService. A plugin KAR's repository is unpacked into
 * {@code <karaf.data>/kar/<feature>-<version>/} (a folder Pax URL searches), its features file added as a
 * repository and its feature installed <em>without refreshing</em> any bundle: the platform's bundles keep
 * running and serving while plugins come and go. Disabling stops the feature's bundles (Karaf's feature state
 * "Resolved") and enabling starts them again; both are kept by Karaf and in {@link InstalledPlugins}, which is
 * also how the plugins come back after a restart, even on a new Karaf data folder. One operation at a time.
 */
@Component(service = {PluginService.class, PluginServiceImpl.class}, immediate = true, configurationPid = "org.bobine.plugin",
    configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PluginConfig.class)
public class PluginServiceImpl implements PluginService {

    private static final Logger LOG = LoggerFactory.getLogger(PluginServiceImpl.class);
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
    private static final Pattern GAV = Pattern.compile("([\\w.-]+):([\\w.-]+):([\\w.-]+)");
    private static final long STARTING_GRACE_MILLIS = 15_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FeaturesService features;
    private final ServiceComponentRuntime scr;
    private final BundleContext context;
    private final String pluginIndex;
    private final PluginData data;
    private final PluginRegistry registry;
    private final InstalledPlugins installed;
    private final Path karRepositories;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Thread reconciler;

    /**
     * @param features Karaf's features service
     * @param scr      Declarative Services runtime, to tell why a plugin component does not start
     * @param config   the plugin index
     * @param instance the data directory
     * @param data     plugins' stored values
     * @param registry what running plugins offer
     * @param context  this bundle's context
     * @throws IOException when the plugin list cannot be read
     */
    @Activate
    public PluginServiceImpl(@Reference FeaturesService features, @Reference ServiceComponentRuntime scr,
                             PluginConfig config, @Reference InstanceService instance, @Reference PluginData data, @Reference PluginRegistry registry,
                             BundleContext context) throws IOException {
        this.features = features;
        this.scr = scr;
        this.context = context;
        String fromEnv = System.getenv("BOBINE_PLUGIN_INDEX");
        this.pluginIndex = fromEnv != null && !fromEnv.isBlank() ? fromEnv.trim() : config.pluginIndex().trim();
        this.data = data;
        this.registry = registry;
        this.installed = new InstalledPlugins(instance.dataDirectory());
        this.karRepositories = Paths.get(System.getProperty("karaf.data", "data"), "kar");
        Files.createDirectories(karRepositories);
        this.reconciler = new Thread(this::reconcile, "bobine-plugins-restore");
        reconciler.setDaemon(true);
        reconciler.start();
    }

    @Deactivate
    void close() {
        reconciler.interrupt();
    }

    /** After a start: what the list says is installed and enabled is made so (Karaf usually agrees already). */
    private void reconcile() {
        for (Map.Entry<String, InstalledPlugins.Entry> e : installed.all().entrySet()) {
            String name = e.getKey();
            InstalledPlugins.Entry entry = e.getValue();
            try {
                locked(() -> {
                    Feature f = installedFeature(entry.feature);
                    if (f == null) {
                        Path kar = installed.kar(name);
                        if (!Files.exists(kar)) {
                            LOG.error("Plugin {} is in the plugin list but neither installed nor kept in {}: reinstall it", name, kar);
                            return null;
                        }
                        LOG.info("Plugin {} {} is not installed in this Karaf: installing it again from {}", name, entry.version, kar);
                        deploy(kar, entry.source, entry.enabled);
                        return null;
                    }
                    FeatureState want = entry.enabled ? FeatureState.Started : FeatureState.Resolved;
                    if (features.getState(f.getId()) != want) {
                        features.updateFeaturesState(Map.of(FeaturesService.ROOT_REGION, Map.of(f.getId(), want)), NO_REFRESH);
                    }
                    return null;
                });
            } catch (RuntimeException ex) {
                LOG.error("Plugin {} could not be restored: {}", name, ex.getMessage(), ex);
            }
        }
        // Plugin features Karaf has but the list does not (a list lost or restored from an older backup):
        // listed again, so the administrator sees and manages them.
        try {
            for (Feature f : features.listInstalledFeatures()) {
                String name = f.getName().startsWith(PREFIX) ? f.getName().substring(PREFIX.length()) : null;
                if (name != null && PluginNames.NAME.matcher(name).matches() && installed.get(name) == null) {
                    InstalledPlugins.Entry e = new InstalledPlugins.Entry();
                    e.version = f.getVersion();
                    e.feature = f.getName();
                    e.description = f.getDescription();
                    e.source = f.getRepositoryUrl();
                    e.enabled = features.getState(f.getId()) == FeatureState.Started;
                    e.installedAt = System.currentTimeMillis();
                    e.updatedAt = e.installedAt;
                    e.repository = f.getRepositoryUrl();
                    installed.put(name, e);
                    LOG.warn("Plugin {} {} is installed in Karaf but was not in the plugin list: listed again", name, e.version);
                }
            }
        } catch (Exception ex) {
            LOG.error("The installed plugin features could not be compared with the plugin list", ex);
        }
    }

    // ---------------------------------------------------------------- listing

    @Override
    public List<Plugin> list(Caller caller) {
        requireAdmin(caller);
        List<Plugin> list = new ArrayList<>();
        for (Map.Entry<String, InstalledPlugins.Entry> e : installed.all().entrySet()) {
            list.add(dto(e.getKey(), e.getValue(), true));
        }
        return list;
    }

    @Override
    public Plugin get(Caller caller, String name) {
        requireAdmin(caller);
        String n = PluginNames.normalize(name);
        return dto(n, entry(n), true);
    }

    private InstalledPlugins.Entry entry(String name) {
        InstalledPlugins.Entry e = installed.get(name);
        if (e == null) {
            throw BobineException.notFound("Plugin " + name + " is not installed");
        }
        return e;
    }

    private Plugin dto(String name, InstalledPlugins.Entry e, boolean withSettings) {
        Plugin p = new Plugin();
        p.name = name;
        p.npmName = PREFIX + name;
        p.version = e.version;
        p.latestVersion = e.version;
        p.enabled = e.enabled;
        p.description = e.description;
        p.homepage = e.source != null && e.source.startsWith("http") ? e.source : null;
        p.source = e.source;
        p.peertubeEngine = ">=0.1.0";
        p.createdAt = iso(e.installedAt);
        p.updatedAt = iso(e.updatedAt);
        String[] state = state(e);
        p.state = state[0];
        p.error = state[1];
        if (withSettings) {
            p.settings = readable(name);
        }
        return p;
    }

    /** @return {state, error}: running, disabled, starting or failed with why */
    private String[] state(InstalledPlugins.Entry e) {
        if (!e.enabled) {
            return new String[] {"disabled", null};
        }
        Feature f = installedFeature(e.feature);
        if (f == null) {
            return new String[] {"failed", "The plugin's feature is not installed in Karaf"};
        }
        boolean young = System.currentTimeMillis() - e.updatedAt < STARTING_GRACE_MILLIS;
        for (Bundle b : bundles(f)) {
            if (b.getState() != Bundle.ACTIVE) {
                String why = b.getState() == Bundle.INSTALLED ? "is not resolved (a package it imports is missing)"
                    : "is " + bundleState(b.getState()).toLowerCase(Locale.ROOT);
                return young && b.getState() == Bundle.STARTING ? new String[] {"starting", null}
                    : new String[] {"failed", "Bundle " + b.getSymbolicName() + " " + why};
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        return new String[] {"failed", "Component " + d.name + " failed to start: " + firstLine(c.failure)};
                    }
                    if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE && !young) {
                        List<String> missing = Arrays.stream(c.unsatisfiedReferences).map(r -> r.name).toList();
                        return new String[] {"failed", "Component " + d.name + " waits for services: " + missing};
                    }
                    if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                        return new String[] {"starting", null};
                    }
                }
            }
        }
        return new String[] {"running", null};
    }

    /** @return the first line of a message, or of a stack trace's root cause ("Caused by: ...") */
    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        String line = s;
        int cause = s.lastIndexOf("Caused by: ");
        if (cause >= 0) {
            line = s.substring(cause + "Caused by: ".length());
        }
        int nl = line.indexOf('\n');
        return (nl < 0 ? line : line.substring(0, nl)).trim();
    }

    private static String bundleState(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED (stopped)";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }

    private Feature installedFeature(String feature) {
        try {
            for (Feature f : features.listInstalledFeatures()) {
                if (f.getName().equals(feature)) {
                    return f;
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException("Karaf cannot list its features", e);
        }
    }

    private List<Bundle> bundles(Feature f) {
        List<Bundle> list = new ArrayList<>();
        for (BundleInfo info : f.getBundles()) {
            Bundle b = context.getBundle(info.getLocation());
            if (b != null) {
                list.add(b);
            }
        }
        return list;
    }

    @Override
    public ResultList<PluginIndexEntry> available(Caller caller, String search, int start, int count) {
        requireAdmin(caller);
        List<PluginIndexEntry> all = new ArrayList<>();
        String now = iso(System.currentTimeMillis());
        for (JsonNode n : readIndex()) {
            PluginIndexEntry e = new PluginIndexEntry();
            e.npmName = n.path("npmName").asText("");
            if (!e.npmName.startsWith(PREFIX)) {
                continue;
            }
            e.name = e.npmName.substring(PREFIX.length());
            e.description = n.path("description").asText("");
            e.homepage = n.path("homepage").asText(null);
            e.latestVersion = n.path("latestVersion").asText("");
            e.source = n.path("source").asText("");
            e.installed = installed.get(e.name) != null;
            e.createdAt = now;
            e.updatedAt = now;
            String q = search == null ? "" : search.toLowerCase(Locale.ROOT);
            if (q.isBlank() || e.npmName.contains(q) || e.description.toLowerCase(Locale.ROOT).contains(q)) {
                all.add(e);
            }
        }
        int from = Math.min(Math.max(0, start), all.size());
        return new ResultList<>(all.size(), all.subList(from, Math.min(all.size(), from + Math.max(0, count))));
    }

    private List<JsonNode> readIndex() {
        String index = pluginIndex;
        if (index == null || index.isBlank()) {
            return List.of();
        }
        try (InputStream in = index.startsWith("http://") || index.startsWith("https://")
            ? URI.create(index).toURL().openStream() : Files.newInputStream(Paths.get(index))) {
            JsonNode root = JSON.readTree(in);
            List<JsonNode> list = new ArrayList<>();
            root.path("plugins").forEach(list::add);
            return list;
        } catch (IOException | RuntimeException e) {
            throw new BobineException(502, "plugin_index_unreadable", "The plugin index " + index + " cannot be read: " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- install, update, remove

    @Override
    public Plugin install(Caller caller, String source) {
        requireAdmin(caller);
        if (source == null || source.isBlank()) {
            throw BobineException.badRequest("Give a path to a KAR, an npmName from the plugin index or a Maven coordinate");
        }
        String s = source.trim();
        return locked(() -> installFrom(s));
    }

    private Plugin installFrom(String source) throws Exception {
        return installFrom(source, null);
    }

    /**
     * @param source       a KAR path, an index npmName or a Maven coordinate
     * @param expectedName the plugin the KAR must hold (when the source came from the index), or null
     */
    private Plugin installFrom(String source, String expectedName) throws Exception {
        if (source.startsWith(PREFIX) && !source.contains("/") && !source.contains(":")) {
            for (JsonNode n : readIndex()) {
                if (source.equals(n.path("npmName").asText())) {
                    String from = n.path("source").asText("");
                    if (from.isBlank() || from.startsWith(PREFIX)) {
                        throw BobineException.badRequest("The plugin index gives no KAR path or Maven coordinate for " + source);
                    }
                    return installFrom(from, source.substring(PREFIX.length()));
                }
            }
            throw BobineException.notFound("Plugin " + source + " is not in the plugin index");
        }
        String mvn = mavenUrl(source);
        Path kar;
        Path download = null;
        if (mvn != null) {
            download = Files.createTempFile(installed.dir(), "download-", ".kar");
            try (InputStream in = new URL(mvn).openStream()) {
                Files.copy(in, download, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(download);
                throw BobineException.notFound("The Maven artifact " + mvn + " cannot be found in the configured repositories: "
                    + e.getMessage());
            }
            kar = download;
        } else {
            kar = Paths.get(source);
            if (!kar.isAbsolute()) {
                throw BobineException.badRequest("A path on the server must be absolute: " + source);
            }
            if (!Files.isRegularFile(kar) || !source.endsWith(".kar")) {
                throw BobineException.notFound("No KAR file at " + source);
            }
        }
        try {
            String holds = KarFile.inspect(kar).name();
            if (expectedName != null && !expectedName.equals(holds)) {
                throw BobineException.badRequest("The plugin index entry " + PREFIX + expectedName + " points to a KAR of "
                    + "another plugin (" + holds + ")");
            }
            String name = deploy(kar, mvn != null ? mvn : kar.toString(), true);
            return dto(name, entry(name), true);
        } finally {
            if (download != null) {
                Files.deleteIfExists(download);
            }
        }
    }

    /** @return the mvn: URL of a Maven coordinate, or null when the source is not one */
    static String mavenUrl(String source) {
        if (source.startsWith("mvn:")) {
            String[] parts = source.substring(4).split("/");
            return parts.length == 3 ? source + "/kar/plugin" : source;
        }
        var m = GAV.matcher(source);
        return m.matches() ? "mvn:" + m.group(1) + "/" + m.group(2) + "/" + m.group(3) + "/kar/plugin" : null;
    }

    @Override
    public Plugin installUpload(Caller caller, InputStream kar, String filename) {
        requireAdmin(caller);
        return locked(() -> {
            Path tmp = Files.createTempFile(installed.dir(), "upload-", ".kar");
            try {
                Files.copy(kar, tmp, StandardCopyOption.REPLACE_EXISTING);
                String name = deploy(tmp, "upload", true);
                return dto(name, entry(name), true);
            } finally {
                Files.deleteIfExists(tmp);
            }
        });
    }

    @Override
    public Plugin update(Caller caller, String name) {
        requireAdmin(caller);
        String n = PluginNames.normalize(name);
        return locked(() -> {
            InstalledPlugins.Entry e = entry(n);
            if ("upload".equals(e.source)) {
                throw BobineException.badRequest("Plugin " + n + " was uploaded: upload its new KAR with POST /api/v1/plugins/upload");
            }
            for (JsonNode idx : readIndex()) {
                if ((PREFIX + n).equals(idx.path("npmName").asText()) && !idx.path("source").asText("").isBlank()) {
                    return installFrom(idx.path("source").asText());
                }
            }
            return installFrom(e.source);
        });
    }

    /**
     * Installs or replaces a plugin from a KAR.
     *
     * @return the plugin's name
     */
    private String deploy(Path kar, String source, boolean enabled) throws Exception {
        KarFile k = KarFile.inspect(kar);
        k.checkBundlesInside(kar);
        InstalledPlugins.Entry old = installed.get(k.name());
        long now = System.currentTimeMillis();
        if (old != null) {
            LOG.info("Updating plugin {} from {} to {}", k.name(), old.version, k.version());
            removeFromKaraf(old);
            enabled = old.enabled;
        }
        Path repo = karRepositories.resolve(k.feature() + "-" + k.version());
        KarFile.extractRepository(kar, repo);
        URI features = repo.resolve(k.featuresXml()).toUri();
        long started = System.nanoTime();
        try {
            this.features.addRepository(features, false);
            EnumSet<FeaturesService.Option> options = EnumSet.copyOf(NO_REFRESH);
            if (!enabled) {
                options.add(FeaturesService.Option.NoAutoStartBundles);
            }
            this.features.installFeature(k.feature(), k.version(), options);
        } catch (Exception e) {
            LOG.warn("Plugin {} {} could not be installed: {}", k.name(), k.version(), e.getMessage());
            try {
                this.features.removeRepository(features, false);
            } catch (Exception ignored) {
                // It may not have been added.
            }
            FileUtils.deleteQuietly(repo.toFile());
            String restored = "";
            if (old != null) {
                installed.remove(k.name());
                // A failed update puts the previous version back, from the KAR kept for it.
                try {
                    deploy(installed.kar(k.name()), old.source, old.enabled);
                    restored = "; version " + old.version + " is back";
                } catch (Exception again) {
                    LOG.error("Plugin {} {} could not be restored after the failed update either", k.name(), old.version, again);
                    restored = "; version " + old.version + " could not be restored: reinstall it";
                }
            }
            throw new BobineException(400, "plugin_install_failed", "Plugin " + k.name() + " " + k.version()
                + " could not be installed: " + firstLine(e.getMessage()) + restored);
        }
        if (!kar.equals(installed.kar(k.name()))) {
            Path keep = installed.kar(k.name());
            Path tmp = keep.resolveSibling(keep.getFileName() + ".tmp");
            Files.copy(kar, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, keep, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        InstalledPlugins.Entry e = new InstalledPlugins.Entry();
        e.version = k.version();
        e.feature = k.feature();
        e.description = k.description();
        e.source = source;
        e.enabled = enabled;
        e.installedAt = old == null ? now : old.installedAt;
        e.updatedAt = now;
        e.repository = features.toString();
        installed.put(k.name(), e);
        LOG.info("Plugin {} {} installed from {} in {} ms ({})", k.name(), k.version(), source,
            (System.nanoTime() - started) / 1_000_000, enabled ? "enabled" : "disabled");
        return k.name();
    }

    private void removeFromKaraf(InstalledPlugins.Entry e) throws Exception {
        Feature f = installedFeature(e.feature);
        if (f != null) {
            features.uninstallFeature(f.getName(), f.getVersion(), NO_REFRESH);
        }
        if (e.repository != null) {
            URI uri = URI.create(e.repository);
            try {
                features.removeRepository(uri, false);
            } catch (Exception ex) {
                LOG.debug("Repository {} was not registered", uri);
            }
            Path featuresFile = Paths.get(uri);
            // <karaf.data>/kar/<feature>-<version>/<group path>/.../x-features.xml: the folder below kar/.
            Path top = featuresFile;
            while (top.getParent() != null && !top.getParent().equals(karRepositories)) {
                top = top.getParent();
            }
            if (top.getParent() != null) {
                FileUtils.deleteQuietly(top.toFile());
            }
        }
    }

    @Override
    public Plugin setEnabled(Caller caller, String name, boolean enabled) {
        requireAdmin(caller);
        String n = PluginNames.normalize(name);
        return locked(() -> {
            InstalledPlugins.Entry e = entry(n);
            Feature f = installedFeature(e.feature);
            if (f == null) {
                throw new BobineException(409, "plugin_not_deployed", "Plugin " + n + " is listed but not installed in Karaf: update it");
            }
            features.updateFeaturesState(Map.of(FeaturesService.ROOT_REGION,
                Map.of(f.getId(), enabled ? FeatureState.Started : FeatureState.Resolved)), NO_REFRESH);
            e.enabled = enabled;
            e.updatedAt = System.currentTimeMillis();
            installed.put(n, e);
            LOG.info("Plugin {} {}", n, enabled ? "enabled" : "disabled");
            return dto(n, e, true);
        });
    }

    @Override
    public void uninstall(Caller caller, String name, boolean purge) {
        requireAdmin(caller);
        String n = PluginNames.normalize(name);
        locked(() -> {
            InstalledPlugins.Entry e = installed.get(n);
            if (e == null && !purge) {
                throw BobineException.notFound("Plugin " + n + " is not installed");
            }
            if (e != null) {
                removeFromKaraf(e);
                installed.remove(n);
                Files.deleteIfExists(installed.kar(n));
            }
            if (purge) {
                int rows = data.purge(n);
                registry.forget(n);
                LOG.info("Plugin {} uninstalled and its {} stored values purged", n, rows);
            } else {
                LOG.info("Plugin {} uninstalled; its settings and stored data are kept", n);
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- settings

    @Override
    public List<PluginSettingInfo> registeredSettings(Caller caller, String name) {
        requireAdmin(caller);
        String n = PluginNames.normalize(name);
        entry(n);
        List<PluginSettingInfo> list = new ArrayList<>();
        for (Setting s : registry.declared(n)) {
            PluginSettingInfo i = new PluginSettingInfo();
            i.name = s.name();
            i.type = s.type().wire();
            i.label = s.label();
            i.descriptionHTML = s.description();
            i.defaultValue = s.defaultValue();
            i.privateValue = s.privateValue();
            i.options = s.options().stream().map(o -> Map.of("value", o.value(), "label", o.label())).toList();
            list.add(i);
        }
        return list;
    }

    @Override
    public Map<String, String> settings(Caller caller, String name) {
        requireAdmin(caller);
        String n = PluginNames.normalize(name);
        entry(n);
        return readable(n);
    }

    /** @return the values, without those of password settings: secrets are written, never read back */
    private Map<String, String> readable(String name) {
        Map<String, String> values = new LinkedHashMap<>(registry.values(name));
        for (Setting s : registry.declared(name)) {
            if (s.type() == SettingType.INPUT_PASSWORD) {
                values.remove(s.name());
            }
        }
        return values;
    }

    @Override
    public void updateSettings(Caller caller, String name, Map<String, Object> values) {
        requireAdmin(caller);
        String n = PluginNames.normalize(name);
        InstalledPlugins.Entry e = entry(n);
        if (values == null) {
            throw BobineException.badRequest("settings: an object of setting names and values is required");
        }
        Map<String, Setting> declared = new LinkedHashMap<>();
        registry.declared(n).forEach(s -> declared.put(s.name(), s));
        if (declared.isEmpty() && !values.isEmpty()) {
            throw new BobineException(409, "plugin_not_running", "Plugin " + n + " is " + state(e)[0]
                + ": its settings can be changed while it runs");
        }
        Map<String, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, Object> v : values.entrySet()) {
            Setting s = declared.get(v.getKey());
            if (s == null) {
                throw BobineException.badRequest("settings." + v.getKey() + ": plugin " + n + " has no such setting");
            }
            checked.put(s.name(), check(s, v.getValue()));
        }
        registry.store(n, checked);
        LOG.info("Settings of plugin {} changed: {}", n, checked.keySet());
    }

    private static String check(Setting s, Object value) {
        String field = "settings." + s.name();
        if (value == null) {
            return s.defaultValue() == null ? "" : s.defaultValue();
        }
        if (value instanceof Map || value instanceof List) {
            throw BobineException.badRequest(field + ": a text, number or boolean is expected");
        }
        String v = String.valueOf(value);
        if (v.length() > 100_000) {
            throw BobineException.badRequest(field + ": at most 100000 characters");
        }
        if (s.type() == SettingType.INPUT_CHECKBOX && !v.equals("true") && !v.equals("false")) {
            throw BobineException.badRequest(field + ": true or false is expected");
        }
        if (s.type() == SettingType.SELECT && s.options().stream().noneMatch(o -> o.value().equals(v))) {
            throw BobineException.badRequest(field + ": one of " + s.options().stream().map(Setting.Option::value).toList()
                + " is expected");
        }
        return v;
    }

    @Override
    public Map<String, String> publicSettings(String name) {
        String n = PluginNames.normalize(name);
        if (installed.get(n) == null) {
            throw BobineException.notFound("Plugin " + n + " is not installed");
        }
        Map<String, String> values = registry.values(n);
        Map<String, String> pub = new LinkedHashMap<>();
        for (Setting s : registry.declared(n)) {
            if (!s.privateValue() && values.get(s.name()) != null) {
                pub.put(s.name(), values.get(s.name()));
            }
        }
        return pub;
    }

    @Override
    public List<Map<String, Object>> registeredClientAssets() {
        Map<String, Map<String, Object>> byPlugin = new LinkedHashMap<>();
        for (PluginRegistry.Owned<ClientAssets> o : registry.assets()) {
            InstalledPlugins.Entry e = installed.get(o.plugin());
            if (e == null || !e.enabled) {
                continue;
            }
            Map<String, Object> m = byPlugin.computeIfAbsent(o.plugin(), p -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("npmName", PREFIX + p);
                r.put("name", p);
                r.put("version", e.version);
                r.put("description", e.description);
                r.put("clientScripts", new LinkedHashMap<String, Object>());
                r.put("css", new ArrayList<String>());
                return r;
            });
            String base = "/plugins/" + o.plugin() + "/" + e.version;
            try {
                ClientAssets a = o.service();
                @SuppressWarnings("unchecked")
                Map<String, Object> scripts = (Map<String, Object>) m.get("clientScripts");
                for (ClientAssets.Script s : registry.hooks().bounded(a::scripts)) {
                    scripts.put(s.path(), Map.of("script", base + "/client-scripts/" + s.path(), "scopes", s.scopes()));
                }
                @SuppressWarnings("unchecked")
                List<String> css = (List<String>) m.get("css");
                for (String c : registry.hooks().bounded(a::styles)) {
                    css.add(base + "/static/" + c);
                }
            } catch (Exception ex) {
                LOG.warn("Plugin {} failed to list its client assets", o.plugin(), ex);
            }
        }
        return new ArrayList<>(byPlugin.values());
    }

    /** @return whether a plugin is installed and enabled (routes and assets of others are not served) */
    boolean enabled(String name) {
        InstalledPlugins.Entry e = installed.get(name);
        return e != null && e.enabled;
    }

    /** @return the installed version of a plugin, or null */
    String version(String name) {
        InstalledPlugins.Entry e = installed.get(name);
        return e == null ? null : e.version;
    }

    // ---------------------------------------------------------------- helpers

    private static void requireAdmin(Caller caller) {
        caller.requireUser();
        if (!caller.admin()) {
            throw BobineException.forbidden("Only administrators manage plugins");
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws Exception;
    }

    private <T> T locked(Work<T> work) {
        boolean got;
        try {
            got = lock.tryLock(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BobineException(503, "interrupted", "Interrupted while waiting for another plugin operation");
        }
        if (!got) {
            throw new BobineException(409, "plugin_operation_running", "Another plugin operation is still running: try again later");
        }
        try {
            return work.run();
        } catch (BobineException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Plugin operation failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private static String iso(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }
}
