package org.bobine.plugin.impl.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.bobine.plugin.impl.internal.entity.PluginDataEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Plugins' settings and key-value entries in the database, one row per (plugin, kind, key). */
@Component(service = PluginData.class)
public class PluginData {

    private final PluginDatabase db;

    /** @param db the database */
    @Activate
    public PluginData(@Reference PluginDatabase db) {
        this.db = db;
    }

    Optional<String> get(String plugin, String kind, String key) {
        return db.tx(em -> find(em, plugin, kind, key).map(PluginDataEntity::getDataValue));
    }

    void put(String plugin, String kind, String key, String value) {
        try {
            db.run(em -> upsert(em, plugin, kind, key, value));
        } catch (RuntimeException e) {
            // Two first writes of one key at once: the unique constraint refused one; it is an update now.
            db.run(em -> upsert(em, plugin, kind, key, value));
        }
    }

    /** Writes several values in one transaction: all or nothing. */
    void putAll(String plugin, String kind, Map<String, String> values) {
        db.run(em -> values.forEach((k, v) -> upsert(em, plugin, kind, k, v)));
    }

    boolean remove(String plugin, String kind, String key) {
        return db.tx(em -> em.createQuery("DELETE FROM PluginDataEntity d WHERE d.plugin = :p AND d.kind = :k AND d.dataKey = :key")
            .setParameter("p", plugin).setParameter("k", kind).setParameter("key", key).executeUpdate() > 0);
    }

    List<String> keys(String plugin, String kind, String prefix) {
        return db.tx(em -> em.createQuery("SELECT d.dataKey FROM PluginDataEntity d WHERE d.plugin = :p AND d.kind = :k"
                + " AND d.dataKey LIKE :prefix ESCAPE '\\' ORDER BY d.dataKey", String.class)
            .setParameter("p", plugin).setParameter("k", kind).setParameter("prefix", like(prefix) + "%").getResultList());
    }

    Map<String, String> all(String plugin, String kind) {
        return db.tx(em -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (PluginDataEntity d : em.createQuery("SELECT d FROM PluginDataEntity d WHERE d.plugin = :p AND d.kind = :k"
                + " ORDER BY d.dataKey", PluginDataEntity.class).setParameter("p", plugin).setParameter("k", kind).getResultList()) {
                m.put(d.getDataKey(), d.getDataValue());
            }
            return m;
        });
    }

    /** Deletes everything a plugin kept. */
    int purge(String plugin) {
        return db.tx(em -> em.createQuery("DELETE FROM PluginDataEntity d WHERE d.plugin = :p")
            .setParameter("p", plugin).executeUpdate());
    }

    private static Optional<PluginDataEntity> find(EntityManager em, String plugin, String kind, String key) {
        return em.createQuery("SELECT d FROM PluginDataEntity d WHERE d.plugin = :p AND d.kind = :k AND d.dataKey = :key",
                PluginDataEntity.class)
            .setParameter("p", plugin).setParameter("k", kind).setParameter("key", key).getResultList().stream().findFirst();
    }

    private static void upsert(EntityManager em, String plugin, String kind, String key, String value) {
        PluginDataEntity d = find(em, plugin, kind, key).orElse(null);
        if (d == null) {
            d = new PluginDataEntity();
            d.setPlugin(plugin);
            d.setKind(kind);
            d.setDataKey(key);
            d.setDataValue(value);
            d.setUpdatedAt(System.currentTimeMillis());
            em.persist(d);
        } else {
            d.setDataValue(value);
            d.setUpdatedAt(System.currentTimeMillis());
        }
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
