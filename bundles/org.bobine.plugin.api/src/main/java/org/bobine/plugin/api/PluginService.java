package org.bobine.plugin.api;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Installs, updates, enables, disables and removes plugins on a running instance. Plugins are KARs with one
 * feature named {@code bobine-plugin-<name>}; installing one adds bundles without refreshing the platform's.
 * Every operation but the public settings needs an administrator.
 */
@ProviderType
public interface PluginService {

    /** The prefix of every plugin's feature and npmName. */
    String PREFIX = "bobine-plugin-";

    /**
     * @param caller an administrator
     * @return installed plugins, by name
     */
    List<Plugin> list(Caller caller);

    /**
     * @param caller an administrator
     * @param name   name or npmName
     * @return the plugin
     * @throws BobineException 404 when not installed
     */
    Plugin get(Caller caller, String name);

    /**
     * @param caller an administrator
     * @param search words to look for in names and descriptions, or null
     * @param start  offset
     * @param count  page size
     * @return what the configured plugin index offers
     */
    ResultList<PluginIndexEntry> available(Caller caller, String search, int start, int count);

    /**
     * Installs (or, when already installed, updates) a plugin from a KAR and enables it.
     *
     * @param caller an administrator
     * @param source one of: a path to a {@code .kar} on the server, an index npmName, or a Maven coordinate
     *               {@code mvn:g/a/v} or {@code g:a:v} (resolved as {@code mvn:g/a/v/kar/plugin})
     * @return the installed plugin
     * @throws BobineException 400 when the source is not a valid plugin, 404 when not found, 409 when busy
     */
    Plugin install(Caller caller, String source);

    /**
     * Installs or updates a plugin from an uploaded KAR.
     *
     * @param caller   an administrator
     * @param kar      the KAR's bytes
     * @param filename its file name as sent
     * @return the installed plugin
     */
    Plugin installUpload(Caller caller, InputStream kar, String filename);

    /**
     * Updates a plugin from where it was installed from (or from the index's newer version).
     *
     * @param caller an administrator
     * @param name   name or npmName
     * @return the plugin after update
     */
    Plugin update(Caller caller, String name);

    /**
     * @param caller  an administrator
     * @param name    name or npmName
     * @param enabled true to start it, false to stop it (its data and settings stay)
     * @return the plugin
     */
    Plugin setEnabled(Caller caller, String name, boolean enabled);

    /**
     * Removes a plugin's bundles and feature.
     *
     * @param caller an administrator
     * @param name   name or npmName
     * @param purge  true to also delete its settings and stored data
     */
    void uninstall(Caller caller, String name, boolean purge);

    /**
     * @param caller an administrator
     * @param name   name or npmName
     * @return the settings it declares (empty when it is disabled: only a running plugin declares)
     */
    List<PluginSettingInfo> registeredSettings(Caller caller, String name);

    /**
     * @param caller an administrator
     * @param name   name or npmName
     * @return every declared setting's value
     */
    Map<String, String> settings(Caller caller, String name);

    /**
     * Checks and stores settings, then tells the plugin.
     *
     * @param caller   an administrator
     * @param name     name or npmName
     * @param settings new values, by setting name; undeclared names are refused
     * @throws BobineException 400 naming the first bad value; nothing is stored then
     */
    void updateSettings(Caller caller, String name, Map<String, Object> settings);

    /**
     * @param name name or npmName
     * @return the values of its public settings (anyone may read them)
     */
    Map<String, String> publicSettings(String name);

    /**
     * @return the client scripts and styles of running plugins, shaped like PeerTube's
     *         {@code ServerConfig.plugin.registered}
     */
    List<Map<String, Object>> registeredClientAssets();
}
