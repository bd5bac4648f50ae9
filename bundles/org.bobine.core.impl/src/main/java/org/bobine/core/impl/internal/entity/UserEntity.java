package org.bobine.core.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A user who can log in. */
@Entity
@Table(name = "BOBINE_USER")
public class UserEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @Column(nullable = false, unique = true, length = 400)
    private String email;

    @Column(nullable = false, length = 200)
    private String passwordHash;

    /** PeerTube's role id. */
    @Column(nullable = false)
    private int role;

    /** Bytes, -1 unlimited. */
    @Column(nullable = false)
    private long videoQuota;

    /** Bytes per 24 hours, -1 unlimited. */
    @Column(nullable = false)
    private long videoQuotaDaily;

    @Column(nullable = false)
    private boolean blocked;

    @Column(length = 250)
    private String blockedReason;

    @Column(nullable = false, length = 20)
    private String nsfwPolicy;

    @Column(nullable = false)
    private boolean emailVerified;

    @Column(nullable = false)
    private long createdAt;

    private Long lastLoginDate;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public int getRole() {
        return role;
    }

    public void setRole(int role) {
        this.role = role;
    }

    public long getVideoQuota() {
        return videoQuota;
    }

    public void setVideoQuota(long videoQuota) {
        this.videoQuota = videoQuota;
    }

    public long getVideoQuotaDaily() {
        return videoQuotaDaily;
    }

    public void setVideoQuotaDaily(long videoQuotaDaily) {
        this.videoQuotaDaily = videoQuotaDaily;
    }

    public boolean isBlocked() {
        return blocked;
    }

    public void setBlocked(boolean blocked) {
        this.blocked = blocked;
    }

    public String getBlockedReason() {
        return blockedReason;
    }

    public void setBlockedReason(String blockedReason) {
        this.blockedReason = blockedReason;
    }

    public String getNsfwPolicy() {
        return nsfwPolicy;
    }

    public void setNsfwPolicy(String nsfwPolicy) {
        this.nsfwPolicy = nsfwPolicy;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public void setEmailVerified(boolean emailVerified) {
        this.emailVerified = emailVerified;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getLastLoginDate() {
        return lastLoginDate;
    }

    public void setLastLoginDate(Long lastLoginDate) {
        this.lastLoginDate = lastLoginDate;
    }
}
