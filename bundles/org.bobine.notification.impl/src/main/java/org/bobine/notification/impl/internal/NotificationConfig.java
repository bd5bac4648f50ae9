package org.bobine.notification.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the notification capability, PID {@code org.bobine.notification}
 * (etc/org.bobine.notification.cfg); the {@code BOBINE_SMTP_*} variables win over the SMTP keys. A change
 * applies at once, without restarting anything.
 */
@ObjectClassDefinition(name = "Bobine notifications", description = "E-mail through SMTP and the live feeds of notifications")
public @interface NotificationConfig {

    @AttributeDefinition(description = "SMTP server's host name; empty: no e-mail is sent (BOBINE_SMTP_HOST)")
    String smtpHost() default "";

    @AttributeDefinition(description = "SMTP server's port (BOBINE_SMTP_PORT)")
    int smtpPort() default 587;

    @AttributeDefinition(description = "none, starttls (required) or tls (implicit TLS, usually port 465) (BOBINE_SMTP_TLS)")
    String smtpTls() default "starttls";

    @AttributeDefinition(description = "User name for SMTP authentication; empty: none (BOBINE_SMTP_USERNAME)")
    String smtpUsername() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Password for SMTP authentication (BOBINE_SMTP_PASSWORD)")
    String smtpPassword() default "";

    @AttributeDefinition(description = "Sender address; empty: noreply@<the instance's host> (BOBINE_SMTP_FROM)")
    String smtpFrom() default "";

    @AttributeDefinition(description = "Attempts to send one e-mail before giving up on it")
    int mailMaxAttempts() default 10;

    @AttributeDefinition(description = "Seconds before the first retry of an e-mail; each next wait doubles, up to an hour")
    int mailRetrySeconds() default 60;

    @AttributeDefinition(description = "Live feeds (the page's badge) one user may have open at once")
    int streamsPerUser() default 5;

    @AttributeDefinition(description = "Live feeds open at once on the instance")
    int streamsTotal() default 500;
}
