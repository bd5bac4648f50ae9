package org.bobine.upload.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A resumable upload in progress; its bytes are in tmp/uploads/{uploadId}. */
@Entity
@Table(name = "BOBINE_UPLOAD_SESSION")
public class UploadSessionEntity {
    @Id
    @Column(length = 64)
    private String uploadId;

    @Column(nullable = false)
    private long userId;

    @Column(nullable = false)
    private long size;

    /** The video's attributes as JSON-free key=value lines (see org.bobine.upload.impl.internal.UploadServiceImpl). */
    @Column(nullable = false, length = 16000)
    private String attributes;

    @Column(nullable = false)
    private long createdAt;

    public String getUploadId() {
        return uploadId;
    }

    public void setUploadId(String uploadId) {
        this.uploadId = uploadId;
    }

    public long getUserId() {
        return userId;
    }

    public void setUserId(long userId) {
        this.userId = userId;
    }

    public long getSize() {
        return size;
    }

    public void setSize(long size) {
        this.size = size;
    }

    public String getAttributes() {
        return attributes;
    }

    public void setAttributes(String attributes) {
        this.attributes = attributes;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }
}
