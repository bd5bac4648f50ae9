/**
 * Access guards: how a plugin grants access to videos whose privacy it implements (the password plugin
 * guards privacy 5). The platform fails closed: a video whose guard is missing, disabled, throws or does
 * not answer in time is not shown to anyone but its owner and the moderators.
 */
@Export
@Version("1.0.0")
package org.bobine.sdk.access;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
