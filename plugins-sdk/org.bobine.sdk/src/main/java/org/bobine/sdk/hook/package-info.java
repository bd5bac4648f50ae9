/**
 * Hooks: the typed extension points through which plugins observe and change what Bobine does.
 *
 * <p>A plugin registers a {@link org.bobine.sdk.hook.FilterHook} or an {@link org.bobine.sdk.hook.ActionHook}
 * as an OSGi service with the property {@link org.bobine.sdk.hook.Hooks#HOOK_NAME}. Names and meanings follow
 * PeerTube's server hooks, so a PeerTube plugin author finds the same vocabulary.
 */
@Export
@Version("1.3.0")
package org.bobine.sdk.hook;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
