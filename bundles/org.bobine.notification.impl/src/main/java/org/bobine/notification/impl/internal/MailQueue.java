package org.bobine.notification.impl.internal;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.bobine.instance.api.InstanceService;
import org.bobine.notification.impl.internal.entity.MailEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The e-mail queue: mails are rows of the unit, written in the transaction of their notification, and one
 * worker sends those due, oldest first. A mail the server did not take is tried again after
 * {@link NotificationConfig#mailRetrySeconds()}, doubling each time up to an hour, and given up on after
 * {@link NotificationConfig#mailMaxAttempts()} attempts (the row stays, marked failed, with the reason); a
 * sent mail's row is deleted. A mail server that is down loses nothing and a restart resumes. Without an SMTP
 * host e-mail is off: nothing is queued, and the log says so once.
 */
@Component(service = MailQueue.class, configurationPid = "org.bobine.notification", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = NotificationConfig.class)
public class MailQueue {

    private static final Logger LOG = LoggerFactory.getLogger(MailQueue.class);
    private static final long MAX_WAIT_MS = 3_600_000L;
    private static final int BATCH = 20;

    private final NotificationDatabase db;
    private final InstanceService instance;
    private final Function<String, String> env;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bobine-mail");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean toldOff = new AtomicBoolean();
    private volatile Smtp smtp;
    private volatile int maxAttempts;
    private volatile long retryMs;

    /**
     * @param db       the queue's rows
     * @param instance the instance's host, for the default sender
     * @param config   SMTP and retries
     */
    @Activate
    public MailQueue(@Reference NotificationDatabase db, @Reference InstanceService instance, NotificationConfig config) {
        this(db, instance, config, System::getenv);
    }

    MailQueue(NotificationDatabase db, InstanceService instance, NotificationConfig config, Function<String, String> env) {
        this.db = db;
        this.instance = instance;
        this.env = env;
        configure(config);
        worker.scheduleWithFixedDelay(this::sendDue, 2, 5, TimeUnit.SECONDS);
    }

    @Modified
    void modified(NotificationConfig config) {
        configure(config);
        poke();
    }

    private void configure(NotificationConfig config) {
        Smtp s = Smtp.of(config, env, instance.host());
        maxAttempts = Math.max(1, config.mailMaxAttempts());
        retryMs = Math.max(1, config.mailRetrySeconds()) * 1000L;
        Smtp before = smtp;
        smtp = s;
        if (s.enabled()) {
            toldOff.set(false);
            if (before == null || !s.equals(before)) {
                LOG.info("Notification e-mails go through SMTP {}", s);
            }
        } else if (toldOff.compareAndSet(false, true)) {
            LOG.info("No SMTP host configured (smtpHost in etc/org.bobine.notification.cfg or BOBINE_SMTP_HOST): "
                + "notifications are not sent by e-mail");
        }
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return whether e-mail is on */
    boolean enabled() {
        return smtp.enabled();
    }

    /**
     * Queues a mail in the caller's transaction; {@link #poke()} once it committed.
     *
     * @param em   the unit's entity manager, in a transaction
     * @param to   recipient
     * @param mail the mail
     */
    void add(EntityManager em, String to, Mails.Mail mail) {
        MailEntity m = new MailEntity();
        m.setRecipient(to);
        m.setSubject(mail.subject());
        m.setTextBody(mail.text());
        m.setHtmlBody(mail.html());
        long now = System.currentTimeMillis();
        m.setCreatedAt(now);
        m.setNextAttemptAt(now);
        em.persist(m);
    }

    /** Sends what is due now, on the worker. */
    void poke() {
        if (!worker.isShutdown()) {
            try {
                worker.execute(this::sendDue);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // Stopping: the next start sends it.
            }
        }
    }

    private void sendDue() {
        Smtp s = smtp;
        if (!s.enabled()) {
            return;
        }
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.currentTimeMillis();
                List<MailEntity> due = db.tx(em -> em.createQuery("SELECT m FROM MailEntity m WHERE m.failed = false "
                    + "AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id", MailEntity.class).setParameter("now", now)
                    .setMaxResults(BATCH).getResultList());
                if (due.isEmpty()) {
                    return;
                }
                boolean serverDown = false;
                for (MailEntity m : due) {
                    if (!attempt(s, m)) {
                        serverDown = true;
                    }
                }
                if (serverDown) {
                    // The rest waits for its own next attempt rather than hammering a server that failed.
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("The e-mail queue could not be read; it is tried again shortly", e);
        }
    }

    /** @return whether the mail was sent */
    private boolean attempt(Smtp s, MailEntity m) {
        try {
            Mailer.send(s, m.getRecipient(), m.getSubject(), m.getTextBody(), m.getHtmlBody());
            db.run(em -> {
                MailEntity row = em.find(MailEntity.class, m.getId());
                if (row != null) {
                    em.remove(row);
                }
            });
            LOG.debug("Notification e-mail {} sent to {}", m.getId(), m.getRecipient());
            return true;
        } catch (Exception e) {
            int attempts = m.getAttempts() + 1;
            boolean last = attempts >= maxAttempts;
            long wait = Math.min(MAX_WAIT_MS, retryMs << Math.min(20, attempts - 1));
            String reason = reason(e);
            db.run(em -> {
                MailEntity row = em.find(MailEntity.class, m.getId());
                if (row != null) {
                    row.setAttempts(attempts);
                    row.setLastError(reason);
                    row.setFailed(last);
                    row.setNextAttemptAt(System.currentTimeMillis() + wait);
                }
            });
            if (last) {
                LOG.warn("Notification e-mail {} to {} given up after {} attempts: {}", m.getId(), m.getRecipient(), attempts, reason);
            } else {
                LOG.info("Notification e-mail {} to {} not sent (attempt {} of {}), next in {} s: {}", m.getId(), m.getRecipient(),
                    attempts, maxAttempts, wait / 1000, reason);
            }
            return false;
        }
    }

    /** @return the failure in words, without anything from the configuration but the host */
    private static String reason(Exception e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 900; t = t.getCause()) {
            if (b.length() > 0) {
                b.append(": ");
            }
            b.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                b.append(' ').append(Mails.line(t.getMessage()));
            }
        }
        return b.length() > 1000 ? b.substring(0, 1000) : b.toString();
    }
}
