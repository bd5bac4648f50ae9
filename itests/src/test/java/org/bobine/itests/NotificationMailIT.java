package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Notification e-mails through a real SMTP server on loopback (GreenMail), with Bobine's SMTP configured at
 * runtime by writing etc/org.bobine.notification.cfg: subject, recipient, language (English, then French as
 * the instance's default), links and escaping; the import notifications (done, failed) from the import
 * plugin; and the queue that survives a mail server that is down at first, and a restart of the instance.
 * Its own instance: it installs the import plugin, fetches from loopback and restarts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationMailIT {

    private static final String FROM = "videos@bobine.example";

    private Bobine bobine;
    private Api root;
    private GreenMail smtp;
    private HttpServer media;
    private Users.TestUser owner;
    private Users.TestUser fan;
    private String video;

    @BeforeAll
    void boot() throws IOException {
        bobine = Bobine.create("mail", Map.of("BOBINE_ALLOW_PRIVATE_ADDRESSES", "true"));
        root = Users.root(bobine);
        owner = Users.create(bobine, "mailed");
        fan = Users.create(bobine, "writer");
        Api.Res r = owner.api().upload(owner.channelId(), "Tom & <Jerry>", 1, "v.mp4", Media.video());
        assertEquals(200, r.status(), r.toString());
        video = r.json().get("video").get("uuid").asText();
        Published.await(owner.api(), video);
        assertEquals(204, owner.api().putJson("/api/v1/users/me/notification-settings",
            Api.obj("newCommentOnMyVideo", 3, "myVideoImportFinished", 3)).status());
    }

    @AfterAll
    void shutdown() {
        if (smtp != null) {
            smtp.stop();
        }
        if (media != null) {
            media.stop(0);
        }
        bobine.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private GreenMail startSmtp(int port) {
        GreenMail g = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }

    private Path log() {
        return bobine.home().resolve("data/log/karaf.log");
    }

    private long logSize() throws IOException {
        return Files.exists(log()) ? Files.size(log()) : 0;
    }

    /** Waits until the log, after the given offset, has the text. */
    private void awaitLog(long from, String text) throws IOException {
        // A guard so a missing line fails the test instead of the build; not a performance check.
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            byte[] all = Files.readAllBytes(log());
            String since = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
            if (since.contains(text)) {
                return;
            }
            Bobine.sleep(200);
        }
        throw new AssertionError("The log never said: " + text);
    }

    /** Writes the notification configuration into the instance's etc/, as an operator would, and waits for it. */
    private void configure(int port) throws IOException {
        long mark = logSize();
        String cfg = "smtpHost = 127.0.0.1\nsmtpPort = " + port + "\nsmtpTls = none\nsmtpUsername =\nsmtpPassword =\n"
            + "smtpFrom = " + FROM + "\nmailMaxAttempts = 20\nmailRetrySeconds = 1\nstreamsPerUser = 5\nstreamsTotal = 500\n";
        Path file = bobine.home().resolve("etc/org.bobine.notification.cfg");
        Path tmp = file.resolveSibling("org.bobine.notification.cfg.tmp");
        Files.writeString(tmp, cfg);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        awaitLog(mark, "Notification e-mails go through SMTP 127.0.0.1:" + port);
    }

    private MimeMessage awaitMail(GreenMail g, Predicate<MimeMessage> p) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : g.getReceivedMessages()) {
                if (p.test(m)) {
                    return m;
                }
            }
            Bobine.sleep(200);
        }
        throw new AssertionError("No such e-mail arrived; received: " + Arrays.stream(g.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                return "?";
            }
        }).toList());
    }

    private static Predicate<MimeMessage> subject(String prefix) {
        return m -> {
            try {
                return m.getSubject() != null && m.getSubject().startsWith(prefix);
            } catch (Exception e) {
                return false;
            }
        };
    }

    /** @return the plain-text and the HTML parts */
    private static String[] parts(MimeMessage m) throws Exception {
        MimeMultipart mp = (MimeMultipart) m.getContent();
        assertTrue(mp.getContentType().startsWith("multipart/alternative"), mp.getContentType());
        String text = null;
        String html = null;
        for (int i = 0; i < mp.getCount(); i++) {
            BodyPart p = mp.getBodyPart(i);
            if (p.isMimeType("text/plain")) {
                text = (String) p.getContent();
            } else if (p.isMimeType("text/html")) {
                html = (String) p.getContent();
            }
        }
        return new String[] {text, html};
    }

    private void comment(String text) {
        Api.Res r = fan.api().postJson("/api/v1/videos/" + video + "/comment-threads", Api.obj("text", text));
        assertEquals(200, r.status(), r.toString());
    }

    @Test
    @Order(1)
    void mailsGoThroughSmtpInTheRecipientsLanguageWithLinks() throws Exception {
        int port = freePort();
        smtp = startSmtp(port);
        configure(port);
        comment("Hello by mail");
        MimeMessage m = awaitMail(smtp, subject("New comment on your video"));
        assertEquals("New comment on your video Tom & <Jerry>", m.getSubject());
        assertEquals(List.of(new InternetAddress(owner.name() + "@example.org")), Arrays.asList(m.getAllRecipients()));
        assertEquals(FROM, ((InternetAddress) m.getFrom()[0]).getAddress());
        String[] body = parts(m);
        String link = bobine.url() + "/videos/watch/" + video;
        assertTrue(body[0].contains(fan.name() + " commented on your video Tom & <Jerry>."), body[0]);
        assertTrue(body[0].contains(link), body[0]);
        assertTrue(body[0].contains(bobine.url() + "/my-account/notifications"), "the settings' link: " + body[0]);
        assertTrue(body[1].contains("<a href=\"" + link + "\">"), body[1]);
        assertTrue(body[1].contains("Tom &amp; &lt;Jerry&gt;"), "user content escaped: " + body[1]);
        assertFalse(body[1].contains("<Jerry>"), body[1]);
        assertTrue(body[1].contains("lang=\"en\""));
        // The fan chose nothing by e-mail (PeerTube's default for comments is the page only): no mail to them.
        assertTrue(Arrays.stream(smtp.getReceivedMessages()).noneMatch(x -> {
            try {
                return x.getAllRecipients()[0].toString().startsWith(fan.name());
            } catch (Exception e) {
                return false;
            }
        }));

        // The instance's language is French: so are mails to users who chose no language.
        Api.Res r = root.putJson("/api/v1/config/custom", Api.obj("instance", Api.obj("defaultLanguage", "fr")));
        assertEquals(200, r.status(), r.toString());
        comment("Bonjour");
        MimeMessage fr = awaitMail(smtp, subject("Nouveau commentaire"));
        assertEquals("Nouveau commentaire sur votre vidéo Tom & <Jerry>", fr.getSubject());
        String[] frBody = parts(fr);
        assertTrue(frBody[0].contains(fan.name() + " a commenté votre vidéo Tom & <Jerry>."), frBody[0]);
        assertTrue(frBody[1].contains("lang=\"fr\""), frBody[1]);
        assertEquals(200, root.putJson("/api/v1/config/custom", Api.obj("instance", Api.obj("defaultLanguage", "en"))).status());

        // A user's own language (PeerTube's language of PUT /users/me) wins over the instance's.
        assertEquals(204, owner.api().putJson("/api/v1/users/me", Api.obj("language", "fr")).status());
        assertEquals("fr", owner.api().get("/api/v1/users/me").json().get("language").asText());
        assertEquals(400, owner.api().putJson("/api/v1/users/me", Api.obj("language", "<script>")).status());
        smtp.purgeEmailFromAllMailboxes();
        comment("Encore");
        MimeMessage chosen = awaitMail(smtp, subject("Nouveau commentaire"));
        assertTrue(parts(chosen)[1].contains("lang=\"fr\""), "in the language the recipient chose");
        assertEquals(204, owner.api().putJson("/api/v1/users/me", java.util.Collections.singletonMap("language", null)).status());
        JsonNode none = owner.api().get("/api/v1/users/me").json().get("language");
        assertTrue(none == null || none.isNull(), "back to the instance's: " + none);
    }

    private Path kar(String name) {
        Path p = Paths.get(System.getProperty("bobine.plugins", "target/plugins")).resolve("bobine-plugin-" + name + "-plugin.kar");
        assertTrue(Files.exists(p), "KAR built: " + p);
        return p.toAbsolutePath();
    }

    private void serveMedia() throws IOException {
        media = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] clip = Media.video();
        byte[] junk = "this is not a video at all".repeat(100).getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> e : Map.of("/clip.mp4", clip, "/junk.mp4", junk).entrySet()) {
            media.createContext(e.getKey(), x -> {
                x.getResponseHeaders().add("Content-Type", "video/mp4");
                x.sendResponseHeaders(200, e.getValue().length);
                try (OutputStream o = x.getResponseBody()) {
                    o.write(e.getValue());
                }
            });
        }
        media.start();
    }

    private JsonNode awaitNotification(Users.TestUser u, Predicate<JsonNode> p) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode n : u.api().get("/api/v1/users/me/notifications?count=100").json().get("data")) {
                if (p.test(n)) {
                    return n;
                }
            }
            Bobine.sleep(300);
        }
        throw new AssertionError("No such notification: " + u.api().get("/api/v1/users/me/notifications?count=100").text());
    }

    @Test
    @Order(2)
    void importsTellTheirEndInThePageAndByMail() throws Exception {
        assertEquals(200, root.postJson("/api/v1/plugins/install", Api.obj("path", kar("video-import").toString())).status());
        serveMedia();
        String base = "http://127.0.0.1:" + media.getAddress().getPort();
        Api.Res ok = owner.api().postJson("/api/v1/videos/imports", Api.obj("targetUrl", base + "/clip.mp4",
            "channelId", owner.channelId(), "name", "Imported clip", "privacy", 1));
        assertEquals(200, ok.status(), ok.toString());
        long okId = ok.json().get("id").asLong();
        JsonNode done = awaitNotification(owner, n -> n.get("type").asInt() == 7
            && n.get("videoImport").get("id").asLong() == okId);
        assertEquals(base + "/clip.mp4", done.get("videoImport").get("targetUrl").asText());
        assertEquals("Imported clip", done.get("videoImport").get("video").get("name").asText());
        PtTypes.check("UserNotification", done);
        MimeMessage m = awaitMail(smtp, subject("Your import Imported clip is done"));
        assertTrue(parts(m)[0].contains(bobine.url() + "/videos/watch/" + done.get("videoImport").get("video").get("uuid").asText()));

        Api.Res bad = owner.api().postJson("/api/v1/videos/imports", Api.obj("targetUrl", base + "/junk.mp4",
            "channelId", owner.channelId(), "name", "Not a video"));
        assertEquals(200, bad.status(), bad.toString());
        long badId = bad.json().get("id").asLong();
        JsonNode failed = awaitNotification(owner, n -> n.get("type").asInt() == 8
            && n.get("videoImport").get("id").asLong() == badId);
        assertEquals(base + "/junk.mp4", failed.get("videoImport").get("targetUrl").asText());
        MimeMessage f = awaitMail(smtp, subject("Your import failed"));
        assertTrue(parts(f)[0].contains(base + "/junk.mp4"));
        assertTrue(parts(f)[0].contains(bobine.url() + "/my-videos"));
    }

    @Test
    @Order(3)
    void aMailServerThatIsDownLosesNothingEvenAcrossARestart() throws Exception {
        smtp.stop();
        int port = freePort();
        configure(port);
        long mark = logSize();
        comment("Written while the mail server is down");
        awaitLog(mark, "not sent (attempt 1 of 20)");
        bobine.restart();
        GreenMail late = startSmtp(port);
        try {
            MimeMessage m = awaitMail(late, subject("New comment on your video"));
            assertTrue(parts(m)[0].contains(fan.name() + " commented on your video"), parts(m)[0]);
            assertEquals(1, late.getReceivedMessages().length, "sent once");
        } finally {
            late.stop();
        }
    }
}
