package org.bobine.sdk.plugin;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The calling plugin's own key-value storage, kept in the instance's database (so in its backups). Each
 * plugin sees only its own keys. Uninstalling a plugin keeps them unless the administrator purges them.
 * Every call is its own transaction.
 */
@ProviderType
public interface PluginStorage {

    /** Longest key, in characters. */
    int MAX_KEY_LENGTH = 200;

    /** Largest value, in characters. */
    int MAX_VALUE_LENGTH = 1_000_000;

    /**
     * @param key the key
     * @return the stored value, if any
     */
    Optional<String> get(String key);

    /**
     * Stores a value, replacing any previous one.
     *
     * @param key   1 to {@value #MAX_KEY_LENGTH} characters
     * @param value at most {@value #MAX_VALUE_LENGTH} characters
     * @throws IllegalArgumentException when the key is empty or too long, or the value is null or too long (an empty value is fine)
     */
    void put(String key, String value);

    /**
     * @param key the key
     * @return true when a value was removed
     */
    boolean remove(String key);

    /**
     * @param prefix the start of the keys wanted ("" for all)
     * @return the keys, sorted
     */
    List<String> keys(String prefix);
}
