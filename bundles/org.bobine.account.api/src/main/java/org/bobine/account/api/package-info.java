/**
 * Accounts: OAuth tokens ({@link org.bobine.account.api.AuthService}), users and their accounts
 * ({@link org.bobine.account.api.UserService}), channels ({@link org.bobine.account.api.ChannelService}).
 * Implemented by {@code org.bobine.core.impl}.
 */
@Export
@Version("1.2.0")
package org.bobine.account.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
