package org.bobine.notification.impl.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Date;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.eclipse.angus.activation.MailcapRegistryProviderImpl;

/**
 * Sends one e-mail through SMTP with Jakarta Mail (Eclipse Angus Mail): {@code multipart/alternative} with a
 * plain-text and an HTML part, UTF-8. TLS is {@code none}, STARTTLS (required, the server's certificate
 * checked) or implicit TLS; the password only goes to the server.
 */
final class Mailer {

    private static final int TIMEOUT_MS = 20_000;
    /** One for all sends: Jakarta Activation keeps a command map per context class loader. */
    private static final ClassLoader LOADER = new MailClassLoader();

    private Mailer() {
    }

    /**
     * @param smtp    where to send
     * @param to      recipient
     * @param subject subject
     * @param text    plain text
     * @param html    HTML
     * @throws MessagingException when the server cannot be reached or refuses the mail
     */
    static void send(Smtp smtp, String to, String subject, String text, String html) throws MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Jakarta Mail and Activation find their providers (smtp, the stream provider, the mailcap registry)
        // through the context class loader: Karaf has no service loader mediator, so give them one that
        // sees the mail and activation bundles.
        thread.setContextClassLoader(LOADER);
        try {
            Session session = Session.getInstance(properties(smtp));
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(smtp.from()));
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            m.setSubject(subject, "UTF-8");
            m.setSentDate(new Date());
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(part(text, "text/plain; charset=UTF-8"));
            alternative.addBodyPart(part(html, "text/html; charset=UTF-8"));
            m.setContent(alternative);
            m.saveChanges();
            try (Transport t = session.getTransport(smtp.tls().equals(Smtp.TLS) ? "smtps" : "smtp")) {
                if (smtp.username().isEmpty()) {
                    t.connect();
                } else {
                    t.connect(smtp.host(), smtp.port(), smtp.username(), smtp.password());
                }
                t.sendMessage(m, m.getAllRecipients());
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Parts from bytes, so no content handler (mailcap) is needed to write them. */
    private static MimeBodyPart part(String content, String type) throws MessagingException {
        MimeBodyPart p = new MimeBodyPart();
        p.setDataHandler(new DataHandler(new ByteArrayDataSource(content.getBytes(StandardCharsets.UTF_8), type)));
        p.setHeader("Content-Type", type);
        p.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return p;
    }

    /**
     * Loads classes and resources ({@code META-INF/services}, {@code META-INF/mailcap},
     * {@code META-INF/javamail.*}) from the Jakarta Mail bundle (Angus Mail), Angus Activation and Jakarta
     * Activation, in that order.
     */
    private static final class MailClassLoader extends ClassLoader {
        private final List<ClassLoader> loaders = List.of(Session.class.getClassLoader(),
            MailcapRegistryProviderImpl.class.getClassLoader(), DataHandler.class.getClassLoader());

        MailClassLoader() {
            super(null);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            for (ClassLoader l : loaders) {
                try {
                    return l.loadClass(name);
                } catch (ClassNotFoundException next) {
                    // the next bundle
                }
            }
            throw new ClassNotFoundException(name);
        }

        @Override
        protected URL findResource(String name) {
            for (ClassLoader l : loaders) {
                URL u = l.getResource(name);
                if (u != null) {
                    return u;
                }
            }
            return null;
        }

        @Override
        protected Enumeration<URL> findResources(String name) throws IOException {
            Set<URL> all = new LinkedHashSet<>();
            for (ClassLoader l : loaders) {
                all.addAll(Collections.list(l.getResources(name)));
            }
            return Collections.enumeration(all);
        }
    }

    private static Properties properties(Smtp smtp) {
        Properties p = new Properties();
        String protocol = smtp.tls().equals(Smtp.TLS) ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", smtp.host());
        p.put("mail." + protocol + ".port", String.valueOf(smtp.port()));
        p.put("mail." + protocol + ".auth", String.valueOf(!smtp.username().isEmpty()));
        p.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT_MS));
        p.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT_MS));
        p.put("mail." + protocol + ".writetimeout", String.valueOf(TIMEOUT_MS));
        p.put("mail." + protocol + ".from", smtp.from());
        if (smtp.tls().equals(Smtp.STARTTLS)) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (!smtp.tls().equals(Smtp.NONE)) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return p;
    }
}
