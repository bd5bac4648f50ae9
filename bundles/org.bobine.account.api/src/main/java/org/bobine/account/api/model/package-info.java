/**
 * DTOs of accounts, users, channels and OAuth, with PeerTube's JSON field names and nesting.
 */
@Export
@Version("1.1.0")
package org.bobine.account.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
