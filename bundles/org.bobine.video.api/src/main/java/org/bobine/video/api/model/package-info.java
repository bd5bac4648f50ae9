/**
 * DTOs of videos, their files and playlists, with PeerTube's JSON field names and nesting.
 */
@Export
@Version("1.1.0")
package org.bobine.video.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
