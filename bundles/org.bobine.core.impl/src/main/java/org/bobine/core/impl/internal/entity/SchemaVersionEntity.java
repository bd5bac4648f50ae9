package org.bobine.core.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One applied schema migration; see the bundle's README. Dates are epoch milliseconds in every entity. */
@Entity
@Table(name = "BOBINE_SCHEMA_VERSION")
public class SchemaVersionEntity {
    @Id
    private int version;

    @Column(nullable = false, length = 200)
    private String description;

    @Column(nullable = false)
    private long appliedAt;

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public long getAppliedAt() {
        return appliedAt;
    }

    public void setAppliedAt(long appliedAt) {
        this.appliedAt = appliedAt;
    }
}
