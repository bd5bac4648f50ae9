package org.bobine.core.api.model;

import java.util.Map;

/**
 * PeerTube's {@code {id, label}} pair for an enumerated attribute (category, privacy, state, ...).
 *
 * @param <T> the id's type (Integer or String)
 */
public class Constant<T> {
    /** The id, null when unknown. */
    public T id;
    /** The English label, "Unknown" when the id is null or not in the table. */
    public String label;

    /** For deserialisation. */
    public Constant() {
    }

    /**
     * @param id    the id
     * @param label the label
     */
    public Constant(T id, String label) {
        this.id = id;
        this.label = label;
    }

    /**
     * @param id    the id, may be null
     * @param table the constant table
     * @param <T>   the id's type
     * @return the pair, labelled "Unknown" when the id is not in the table
     */
    public static <T> Constant<T> of(T id, Map<T, String> table) {
        String label = id == null ? null : table.get(id);
        return new Constant<>(label == null ? null : id, label == null ? "Unknown" : label);
    }
}
