/**
 * What a plugin gets from the platform besides hooks: declared settings, its own key-value storage, HTTP
 * routes under {@code /plugins/<name>/router/}, client assets for the web front end, and
 * {@link org.bobine.sdk.plugin.PluginException} for answering errors.
 *
 * <p>A plugin bundle names its plugin with the manifest header {@value org.bobine.sdk.plugin.PluginSettings#PLUGIN_HEADER}
 * ({@code Bobine-Plugin: video-password}); the per-plugin services ({@link org.bobine.sdk.plugin.PluginSettings},
 * {@link org.bobine.sdk.plugin.PluginStorage}) are bound to that name.
 */
@Export
@Version("1.0.0")
package org.bobine.sdk.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
