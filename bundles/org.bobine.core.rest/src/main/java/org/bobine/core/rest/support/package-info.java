/**
 * What every Bobine REST bundle shares with the core's: the names of the JAX-RS extensions its resources
 * select (the JSON provider, the bearer-token filter, the one RFC 7807 exception mapper), the caller of a
 * request, query parameters in PeerTube's forms, and multipart forms read with bounds. A capability's
 * {@code *.rest} bundle imports this package; the extensions themselves are registered by
 * {@code org.bobine.core.rest}.
 */
@Export
@Version("1.1.0")
package org.bobine.core.rest.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
