/**
 * A video's media, as the core offers it to the capabilities that make renditions (the transcoding pipeline
 * today, live streaming next): which videos wait for it, their original file and privacy, and how renditions
 * are published into storage. The pipeline never writes the core's tables; the core never knows the
 * pipeline's jobs.
 */
@Export
@Version("1.0.0")
package org.bobine.video.api.media;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
