/**
 * What every capability's API shares: who is asking ({@link org.bobine.core.api.Caller},
 * {@link org.bobine.core.api.UserRole}), errors with PeerTube's codes ({@link org.bobine.core.api.BobineException},
 * {@link org.bobine.core.api.ErrorCodes}) and the runner of plugins' hooks ({@link org.bobine.core.api.HookService}).
 * The capabilities' services are in {@code org.bobine.account.api}, {@code org.bobine.video.api},
 * {@code org.bobine.instance.api} and the capabilities' own API bundles.
 */
@Export
@Version("2.0.0")
package org.bobine.core.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
