package org.bobine.notification.impl.internal;

import java.util.Locale;
import java.util.function.Function;

/**
 * Where e-mails go: the SMTP keys of {@link NotificationConfig}, each overridden by its {@code BOBINE_SMTP_*}
 * variable. Without a host, e-mail is off. {@link #toString()} never shows the password.
 *
 * @param host     server host, or empty when e-mail is off
 * @param port     server port
 * @param tls      {@code none}, {@code starttls} or {@code tls}
 * @param username user name, or empty for no authentication
 * @param password password
 * @param from     sender address
 */
record Smtp(String host, int port, String tls, String username, String password, String from) {

    static final String NONE = "none";
    static final String STARTTLS = "starttls";
    static final String TLS = "tls";

    /**
     * @param c           the file's values
     * @param env         the environment
     * @param defaultHost the instance's host, for the default sender
     * @return the settings in force
     * @throws IllegalArgumentException on a bad port or TLS mode (the component then does not start)
     */
    static Smtp of(NotificationConfig c, Function<String, String> env, String defaultHost) {
        String host = pick(env, "BOBINE_SMTP_HOST", c.smtpHost());
        String portText = pick(env, "BOBINE_SMTP_PORT", String.valueOf(c.smtpPort()));
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SMTP port is not a number: " + portText, e);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port out of range: " + port);
        }
        String tls = pick(env, "BOBINE_SMTP_TLS", c.smtpTls()).toLowerCase(Locale.ROOT);
        if (tls.isEmpty()) {
            tls = STARTTLS;
        }
        if (!tls.equals(NONE) && !tls.equals(STARTTLS) && !tls.equals(TLS)) {
            throw new IllegalArgumentException("SMTP TLS mode must be none, starttls or tls, not " + tls);
        }
        String from = pick(env, "BOBINE_SMTP_FROM", c.smtpFrom());
        if (from.isEmpty()) {
            from = "noreply@" + defaultHost.replaceFirst(":\\d+$", "");
        }
        return new Smtp(host, port, tls, pick(env, "BOBINE_SMTP_USERNAME", c.smtpUsername()),
            pick(env, "BOBINE_SMTP_PASSWORD", c.smtpPassword()), from);
    }

    private static String pick(Function<String, String> env, String variable, String fromFile) {
        String v = env.apply(variable);
        if (v != null && !v.isBlank()) {
            return v.trim();
        }
        return fromFile == null ? "" : fromFile.trim();
    }

    /** @return whether e-mail is on */
    boolean enabled() {
        return !host.isEmpty();
    }

    @Override
    public String toString() {
        return enabled() ? host + ":" + port + " (" + tls + (username.isEmpty() ? "" : ", as " + username) + ", from " + from + ")"
            : "off";
    }
}
