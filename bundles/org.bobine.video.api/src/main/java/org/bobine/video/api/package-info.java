/**
 * Videos: the catalogue ({@link org.bobine.video.api.VideoService}), uploads
 * ({@link org.bobine.video.api.UploadService}), imports by URL, static files, PeerTube's constants
 * ({@link org.bobine.video.api.VideoConstants}). Implemented by {@code org.bobine.core.impl}.
 */
@Export
@Version("1.2.0")
package org.bobine.video.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
