/**
 * The transcoding-engine SPI. Engines are whiteboard services implementing
 * {@link org.bobine.media.api.TranscodingEngine}, chosen by configuration through their
 * {@link org.bobine.media.api.TranscodingEngine#ENGINE_NAME} property. The default engine runs ffmpeg as a
 * separate process; others (Humble Video) are optional features.
 */
@Export
@Version("1.4.0")
package org.bobine.media.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
