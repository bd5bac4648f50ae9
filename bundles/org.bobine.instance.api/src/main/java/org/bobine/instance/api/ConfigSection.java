package org.bobine.instance.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A top-level section of the public configuration ({@code GET /api/v1/config}) that a capability fills,
 * registered as a whiteboard service with the property {@link #KEY} naming the section, e.g. the plugin
 * platform's {@code plugin} (client scripts and styles pages load). Sections come and go with their
 * capability; a missing one keeps the core's default value.
 */
@ConsumerType
public interface ConfigSection {

    /**
     * Service property: the section's key in the configuration's JSON tree, a String; a dotted path
     * ({@code defaults.p2p}) names a section inside another one. Several keys (a String array) let one
     * service fill several sections: {@link #value()} then answers a map from each key to its value.
     */
    String KEY = "bobine.config.section";

    /**
     * @return the section's JSON tree now (maps, lists, strings, numbers, booleans), or for several keys a map
     *     from each key to its tree; called on every request
     */
    Object value();
}
