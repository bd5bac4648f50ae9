/**
 * The plugin platform as other bundles see it: installed plugins, their settings, the administrator's
 * index of installable plugins, and the client scripts pages load. Implemented by
 * {@code org.bobine.plugin.impl}; REST in {@code org.bobine.plugin.rest}, shell commands in
 * {@code org.bobine.plugin.shell}.
 */
@Export
@Version("1.0.0")
package org.bobine.plugin.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
