/**
 * The shared database. Each capability bundle owns its entities in its own persistence unit and opens it
 * on the one DataSource through {@link org.bobine.persistence.api.PersistenceService}, with its own
 * numbered, append-only {@link org.bobine.persistence.api.Migration}s recorded per unit. The rules are in
 * this bundle's README.
 */
@Export
@Version("1.1.0")
package org.bobine.persistence.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
