/**
 * Bobine's core services: users and their accounts, channels, videos, uploads, OAuth tokens and the
 * instance configuration. REST resources, shell commands and plugins call these; implementations live in
 * {@code org.bobine.core.impl}.
 */
@Export
@Version("2.0.0")
package org.bobine.core.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
