/**
 * A user's notifications: what happened that concerns them (a new video of a channel they follow, a comment
 * on their video, a reply or a mention, their video published or imported, a new follower), with their
 * settings per type (web, e-mail, both, none) and a live feed of new ones.
 */
@Export
@Version("1.0.0")
package org.bobine.notification.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
