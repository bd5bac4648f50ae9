package org.bobine.notification.impl.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * An e-mail waiting to be sent (or given up on after its last attempt). Deleted once the mail server took it,
 * so the table holds only what is still owed and what failed for good.
 */
@Entity
@Table(name = "BOBINE_NOTIFICATION_MAIL", indexes = @Index(name = "IDX_NOTIFICATION_MAIL_NEXT", columnList = "failed,nextAttemptAt"))
public class MailEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    /** The address. */
    @Column(nullable = false, length = 320)
    private String recipient;

    /** Subject, in the recipient's language. */
    @Column(nullable = false, length = 500)
    private String subject;

    /** Plain text body. */
    @Lob
    @Column(nullable = false)
    private String textBody;

    /** HTML body (user content escaped). */
    @Lob
    @Column(nullable = false)
    private String htmlBody;

    /** Attempts made so far. */
    @Column(nullable = false)
    private int attempts;

    /** Epoch milliseconds of the next attempt. */
    @Column(nullable = false)
    private long nextAttemptAt;

    /** Given up on after the last attempt. */
    @Column(nullable = false)
    private boolean failed;

    /** Why the last attempt failed (never a password). */
    @Column(length = 1000)
    private String lastError;

    /** Epoch milliseconds. */
    @Column(nullable = false)
    private long createdAt;

    public long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public void setTextBody(String textBody) {
        this.textBody = textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public void setHtmlBody(String htmlBody) {
        this.htmlBody = htmlBody;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public long getNextAttemptAt() {
        return nextAttemptAt;
    }

    public void setNextAttemptAt(long nextAttemptAt) {
        this.nextAttemptAt = nextAttemptAt;
    }

    public boolean isFailed() {
        return failed;
    }

    public void setFailed(boolean failed) {
        this.failed = failed;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = lastError;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }
}
