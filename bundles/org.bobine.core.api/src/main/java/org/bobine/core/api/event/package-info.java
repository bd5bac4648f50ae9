/**
 * What happened, told between capabilities through OSGi Event Admin: the topics and their properties
 * ({@link org.bobine.core.api.event.BobineEvents}). A capability posts (asynchronously, after its
 * transaction committed) what others may react to — notifications today, federation next — without either
 * knowing the other. Handlers must return quickly: Event Admin stops delivering to a handler that blocks.
 */
@Export
@Version("1.0.0")
package org.bobine.core.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
