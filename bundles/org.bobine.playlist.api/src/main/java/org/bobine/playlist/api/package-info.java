/**
 * Video playlists (PeerTube's {@code /api/v1/video-playlists}) and each user's Watch later
 * ({@link org.bobine.playlist.api.PlaylistService}). Every playlist has an owner account, an optional channel
 * (required when public), a UUID, a short UUID and a stable URL ({@code <instance>/video-playlists/<uuid>}),
 * as federation will send them. Implemented by {@code org.bobine.playlist.impl}.
 */
@Export
@Version("1.0.0")
package org.bobine.playlist.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
