package org.bobine.notification.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.lang.annotation.Annotation;
import java.util.Map;
import org.bobine.notification.api.NotificationTypes;
import org.bobine.notification.impl.internal.entity.NotificationEntity;
import org.junit.jupiter.api.Test;

/**
 * The e-mails' texts (languages, escaping, links), the SMTP settings (the environment wins, the password
 * never shown) and one real send to GreenMail on loopback.
 */
class MailsTest {

    private static NotificationEntity comment(String video, String actor) {
        NotificationEntity n = new NotificationEntity();
        n.setType(NotificationTypes.NEW_COMMENT_ON_MY_VIDEO);
        n.setVideoUuid("0e8c7a5e-7b34-4a0e-9d4b-3d0b8f2a9e11");
        n.setVideoName(video);
        n.setActorName(actor);
        n.setActorDisplayName(actor);
        return n;
    }

    @Test
    void textsAreInTheLanguageWithUserContentEscapedAndNoHeaderInjection() {
        Mails.Mail en = Mails.compose(null, comment("<script>x</script> & co\r\nBcc: evil@example.org", "ann"),
            "https://v.example", "Bobine");
        assertEquals("New comment on your video <script>x</script> & co Bcc: evil@example.org", en.subject());
        assertFalse(en.subject().contains("\n"));
        assertTrue(en.html().contains("&lt;script&gt;x&lt;/script&gt; &amp; co"), en.html());
        assertFalse(en.html().contains("<script>"));
        assertTrue(en.text().contains("https://v.example/videos/watch/0e8c7a5e-7b34-4a0e-9d4b-3d0b8f2a9e11"));
        assertTrue(en.text().contains("https://v.example/my-account/notifications"));
        Mails.Mail fr = Mails.compose("fr-FR", comment("Clip", "ann"), "https://v.example", "Bobine");
        assertEquals("Nouveau commentaire sur votre vidéo Clip", fr.subject());
        assertTrue(fr.html().contains("lang=\"fr\""));
        assertEquals("en", Mails.language("de"));
    }

    private static NotificationConfig config(Map<String, Object> values) {
        return new NotificationConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return NotificationConfig.class;
            }

            private Object get(String k, Object d) {
                return values.getOrDefault(k, d);
            }

            @Override
            public String smtpHost() {
                return (String) get("smtpHost", "");
            }

            @Override
            public int smtpPort() {
                return (Integer) get("smtpPort", 587);
            }

            @Override
            public String smtpTls() {
                return (String) get("smtpTls", "starttls");
            }

            @Override
            public String smtpUsername() {
                return (String) get("smtpUsername", "");
            }

            @Override
            public String smtpPassword() {
                return (String) get("smtpPassword", "");
            }

            @Override
            public String smtpFrom() {
                return (String) get("smtpFrom", "");
            }

            @Override
            public int mailMaxAttempts() {
                return 10;
            }

            @Override
            public int mailRetrySeconds() {
                return 60;
            }

            @Override
            public int streamsPerUser() {
                return 5;
            }

            @Override
            public int streamsTotal() {
                return 500;
            }
        };
    }

    @Test
    void theEnvironmentWinsAndThePasswordIsNeverShown() {
        Smtp off = Smtp.of(config(Map.of()), k -> null, "videos.example:9000");
        assertFalse(off.enabled());
        assertEquals("noreply@videos.example", off.from());
        Map<String, String> env = Map.of("BOBINE_SMTP_HOST", "mail.example", "BOBINE_SMTP_PORT", "465", "BOBINE_SMTP_TLS", "TLS",
            "BOBINE_SMTP_USERNAME", "bob", "BOBINE_SMTP_PASSWORD", "s3cret-pass");
        Smtp s = Smtp.of(config(Map.of("smtpHost", "file.example", "smtpPassword", "from-file")), env::get, "videos.example");
        assertEquals("mail.example", s.host());
        assertEquals(465, s.port());
        assertEquals("tls", s.tls());
        assertEquals("s3cret-pass", s.password());
        assertFalse(s.toString().contains("s3cret"), s.toString());
        assertThrows(IllegalArgumentException.class, () -> Smtp.of(config(Map.of("smtpTls", "ssl3")), k -> null, "h"));
        assertThrows(IllegalArgumentException.class, () -> Smtp.of(config(Map.of()), Map.of("BOBINE_SMTP_PORT", "x")::get, "h"));
    }

    @Test
    void aMailReachesARealSmtpServer() throws Exception {
        GreenMail g = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        try {
            int port = g.getSmtp().getPort();
            Smtp s = Smtp.of(config(Map.of("smtpHost", "127.0.0.1", "smtpPort", port, "smtpTls", "none", "smtpFrom", "b@example.org")),
                k -> null, "h");
            Mails.Mail m = Mails.compose("en", comment("Clip é", "ann"), "https://v.example", "Bobine");
            Mailer.send(s, "owner@example.org", m.subject(), m.text(), m.html());
            MimeMessage got = g.getReceivedMessages()[0];
            assertEquals("New comment on your video Clip é", got.getSubject());
            MimeMultipart parts = (MimeMultipart) got.getContent();
            assertEquals(2, parts.getCount());
            assertTrue(((String) parts.getBodyPart(0).getContent()).contains("ann commented on your video Clip é."));
            assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        } finally {
            g.stop();
        }
    }
}
