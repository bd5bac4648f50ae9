/**
 * DTOs every capability's API shares: a page of results ({@link org.bobine.core.api.model.ResultList}) and
 * PeerTube's id-and-label constants ({@link org.bobine.core.api.model.Constant}).
 */
@Export
@Version("2.0.0")
package org.bobine.core.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
