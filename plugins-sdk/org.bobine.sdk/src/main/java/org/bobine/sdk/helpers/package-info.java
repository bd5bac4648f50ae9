/**
 * Helpers: the platform's main services as plugins may use them, always within the rights of the viewer
 * given (a plugin acting for a user can do what that user can, no more).
 */
@Export
@Version("1.1.0")
package org.bobine.sdk.helpers;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
