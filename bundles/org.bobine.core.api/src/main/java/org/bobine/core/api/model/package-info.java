/**
 * Data transfer objects of the core services. Their field names and nesting are PeerTube's JSON shapes
 * (see {@code @peertube/peertube-types}), so REST resources serialise them as they are.
 */
@Export
@Version("2.0.0")
package org.bobine.core.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
