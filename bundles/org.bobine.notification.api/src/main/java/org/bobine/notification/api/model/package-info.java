/** The notification capability's DTOs, shaped as PeerTube's {@code UserNotification} JSON. */
@Export
@Version("1.0.0")
package org.bobine.notification.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
