/**
 * What several capabilities do with media files without a media engine: recognise video containers and
 * images by their first bytes ({@link org.bobine.media.files.MediaSniffer}), fit an image to a size
 * ({@link org.bobine.media.files.Images}), and make a file's BitTorrent metainfo and magnet link
 * ({@link org.bobine.media.files.Torrents}, {@link org.bobine.media.files.Bencode}) for WebTorrent and
 * PeerTube's {@code torrentUrl}, {@code magnetUri} and {@code infoHash}.
 */
@Export
@Version("1.0.0")
package org.bobine.media.files;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
