/**
 * The pinned ffmpeg build outside OSGi too: extracting it once from wherever it travels (this bundle, the
 * runner's jar) and making the ffmpeg engine on it. Used by this bundle's component and by
 * {@code bobine-runner}.
 */
@Export
@Version("1.0.0")
package org.bobine.media.ffmpeg;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
