package org.bobine.sdk.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.bobine.sdk.plugin.PluginStorage;

/**
 * A plugin's key-value storage in memory, with the checks the platform's storage makes: keys of 1 to
 * {@value PluginStorage#MAX_KEY_LENGTH} characters, values of at most {@value PluginStorage#MAX_VALUE_LENGTH}
 * characters, never null. Safe to use from hook threads.
 */
public final class MemoryStorage implements PluginStorage {

    private final ConcurrentSkipListMap<String, String> entries = new ConcurrentSkipListMap<>();

    @Override
    public Optional<String> get(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(entries.get(key));
    }

    @Override
    public void put(String key, String value) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("A storage key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (value == null || value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("A stored value is not null and has at most " + MAX_VALUE_LENGTH
                + " characters");
        }
        entries.put(key, value);
    }

    @Override
    public boolean remove(String key) {
        return key != null && entries.remove(key) != null;
    }

    @Override
    public List<String> keys(String prefix) {
        String p = prefix == null ? "" : prefix;
        List<String> keys = new ArrayList<>();
        for (String k : entries.tailMap(p, true).keySet()) {
            if (!k.startsWith(p)) {
                break;
            }
            keys.add(k);
        }
        return keys;
    }

    /** @return a copy of everything stored, sorted by key, for assertions */
    public SortedMap<String, String> entries() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    /** Forgets everything, as a purge does. */
    public void clear() {
        entries.clear();
    }
}
