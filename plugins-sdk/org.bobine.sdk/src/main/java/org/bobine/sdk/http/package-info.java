/**
 * What every HTTP face of Bobine answers with, shared by the platform and plugins: RFC 7807 problem
 * documents in PeerTube's flavour ({@link org.bobine.sdk.http.Problem}) and JSON string literals
 * ({@link org.bobine.sdk.http.Json}).
 *
 * @since SDK 0.1 (package 1.0)
 */
@Export
@Version("1.0.0")
package org.bobine.sdk.http;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
