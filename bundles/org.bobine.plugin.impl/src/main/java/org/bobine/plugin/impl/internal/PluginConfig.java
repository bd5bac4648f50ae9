package org.bobine.plugin.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the plugin platform, PID {@code org.bobine.plugin} (etc/org.bobine.plugin.cfg). */
@ObjectClassDefinition(name = "Bobine plugins", description = "Where installable plugins are listed")
@interface PluginConfig {

    @AttributeDefinition(description = "The plugin index: a path or http(s) URL of a JSON file listing installable plugins; empty for none. Env: BOBINE_PLUGIN_INDEX")
    String pluginIndex() default "";
}
