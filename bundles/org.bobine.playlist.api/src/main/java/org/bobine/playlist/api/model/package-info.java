/** The playlists' DTOs, shaped as PeerTube's JSON. */
@Export
@Version("1.0.0")
package org.bobine.playlist.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
