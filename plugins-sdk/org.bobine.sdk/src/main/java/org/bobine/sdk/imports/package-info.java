/**
 * Imports by URL: the platform answers PeerTube's {@code POST /api/v1/videos/imports} and
 * {@code GET /api/v1/users/me/videos/imports} (authentication, the {@code filter:api.video.pre-import-url.accept.result}
 * hooks) and hands the work to the {@link org.bobine.sdk.imports.VideoImporter} service a plugin provides. Without
 * one, imports are refused with 403.
 */
@Export
@Version("1.1.0")
package org.bobine.sdk.imports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
