/**
 * A test kit for Bobine plugins: runs a plugin's filter and action hooks, access guards, router, settings
 * listeners and client assets in plain JUnit 5 tests, without Karaf, with the platform's rules (priority
 * order, calls bounded in time, failures isolated and recorded). {@link org.bobine.sdk.testkit.MemoryStorage}
 * and {@link org.bobine.sdk.testkit.MapSettings} stand in for the per-plugin storage and settings.
 *
 * <p>It is a test library, not an OSGi bundle: a plugin depends on it in {@code test} scope.
 */
package org.bobine.sdk.testkit;
