package org.bobine.itests.hooks;

import org.bobine.sdk.plugin.PluginStorage;

/** Appends what happened to one storage key per kind, so the test can read it back through the route. */
final class Events {

    private Events() {
    }

    static synchronized void add(PluginStorage storage, String kind, String line) {
        String key = "events:" + kind;
        String old = storage.get(key).orElse("");
        storage.put(key, old.isEmpty() ? line : old + "\n" + line);
    }
}
