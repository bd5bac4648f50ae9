/**
 * The instance's identity and public configuration ({@link org.bobine.instance.api.InstanceService}), and the
 * {@link org.bobine.instance.api.ConfigSection} whiteboard through which capabilities fill their sections of
 * {@code GET /api/v1/config}. Implemented by {@code org.bobine.core.impl}.
 */
@Export
@Version("1.0.0")
package org.bobine.instance.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
