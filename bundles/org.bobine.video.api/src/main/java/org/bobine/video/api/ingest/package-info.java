/**
 * How a new video enters the catalogue, for the capabilities that receive media (uploads and imports today,
 * federation's copies and live replays next): they receive and check the bytes, the core checks the video's
 * attributes and channel, then takes the files into storage and writes the video's rows at once
 * ({@link org.bobine.video.api.ingest.VideoIngest#publish}). The receiving side never writes the core's
 * tables; the core never knows upload sessions.
 */
@Export
@Version("1.0.0")
package org.bobine.video.api.ingest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
