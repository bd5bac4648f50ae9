package org.bobine.plugin.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** One value a plugin keeps: a setting the administrator chose or an entry of its key-value storage. */
@Entity
@Table(name = "BOBINE_PLUGIN_DATA",
    uniqueConstraints = @UniqueConstraint(name = "UQ_PLUGIN_DATA", columnNames = {"PLUGIN", "KIND", "DATAKEY"}))
public class PluginDataEntity {

    /** Kind of a setting value. */
    public static final String SETTING = "setting";
    /** Kind of a storage entry. */
    public static final String STORAGE = "storage";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "PLUGIN", nullable = false, length = 64)
    private String plugin;

    @Column(name = "KIND", nullable = false, length = 16)
    private String kind;

    @Column(name = "DATAKEY", nullable = false, length = 200)
    private String dataKey;

    @Lob
    @Column(name = "DATAVALUE", nullable = false)
    private String dataValue;

    @Column(nullable = false)
    private long updatedAt;

    public long getId() {
        return id;
    }

    public String getPlugin() {
        return plugin;
    }

    public void setPlugin(String plugin) {
        this.plugin = plugin;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDataKey() {
        return dataKey;
    }

    public void setDataKey(String dataKey) {
        this.dataKey = dataKey;
    }

    public String getDataValue() {
        return dataValue;
    }

    public void setDataValue(String dataValue) {
        this.dataValue = dataValue;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }
}
