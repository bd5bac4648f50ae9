package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Plugins on a running instance: each KAR of plugins/ installed through the REST API while another thread keeps
 * listing videos (no request may fail), used, disabled, enabled, uninstalled; a broken plugin; a plugin made with
 * the archetype, installed by Maven coordinate; and what survives a restart. One instance of its own (it
 * restarts), allowed to import from loopback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginsIT {

    private static final Path KARS = Paths.get(System.getProperty("bobine.plugins", "target/plugins"));
    private static final String PASSWORD_HEADER = "x-peertube-video-password";

    private Bobine bobine;
    private Api root;
    private Users.TestUser creator;
    private Load load;
    private String protectedUuid;
    private HttpServer media;

    @BeforeAll
    void start() throws IOException {
        // The administrator's plugin index offers the NSFW filter, installed below by its npmName.
        Path index = Files.createTempFile("plugin-index", ".json");
        Files.writeString(index, Api.JSON.writeValueAsString(Map.of("plugins", List.of(Map.of(
            "npmName", "bobine-plugin-nsfw-filter", "description", "Sensitive videos: display, blur or hide",
            "latestVersion", "0.1.0-SNAPSHOT", "source", kar("nsfw-filter"))))));
        bobine = Bobine.create("plugins", Map.of("BOBINE_ALLOW_PRIVATE_ADDRESSES", "true",
            "BOBINE_PLUGIN_INDEX", index.toString()));
        root = Users.root(bobine);
        creator = Users.create(bobine, "plug");
        // Listing videos (anonymous and logged-in) and the config, all along: plugins come and go under it.
        load = new Load(Api.anonymous(bobine), "/api/v1/videos", "/api/v1/config", "/api/v1/search/videos?search=a");
    }

    @AfterAll
    void stop() {
        if (load != null) {
            load.close();
        }
        if (media != null) {
            media.stop(0);
        }
        if (bobine != null) {
            bobine.close();
        }
    }

    private static String kar(String name) {
        Path p = KARS.resolve("bobine-plugin-" + name + "-plugin.kar");
        assertTrue(Files.exists(p), "KAR built: " + p);
        return p.toAbsolutePath().toString();
    }

    private JsonNode install(String name) {
        Api.Res r = root.postJson("/api/v1/plugins/install", Api.obj("path", kar(name)));
        assertEquals(200, r.status(), r.toString());
        assertEquals("bobine-plugin-" + name, r.json().get("npmName").asText());
        return r.json();
    }

    private JsonNode plugin(String name) {
        Api.Res r = root.get("/api/v1/plugins/bobine-plugin-" + name);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    /** The state settles once the plugin's components have started (or failed to). */
    private JsonNode settled(String name) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode p = plugin(name);
        while (System.nanoTime() < deadline && p.get("state").asText().equals("starting")) {
            Bobine.sleep(250);
            p = plugin(name);
        }
        return p;
    }

    private void assertNoFailedRequests() {
        assertEquals(List.of(), load.failures(), "requests made while plugins changed");
        assertTrue(load.requests() > 0);
    }

    private Api.Res uploadProtected(String name, String... passwords) {
        Api.Multipart m = new Api.Multipart().field("name", name).field("channelId", String.valueOf(creator.channelId()))
            .field("privacy", "5");
        for (int i = 0; i < passwords.length; i++) {
            m.field("videoPasswords[" + i + "]", passwords[i]);
        }
        m.file("videofile", "v.mp4", "video/mp4", Media.video());
        return creator.api().multipart("/api/v1/videos/upload", m);
    }

    private int withPassword(String path, String password) {
        return Api.anonymous(bobine).get(path, password == null ? Map.of() : Map.of(PASSWORD_HEADER, password)).status();
    }

    @Test
    @Order(1)
    void withoutThePluginPasswordVideosAreRefusedAndAdministrationIsForAdmins() {
        Api.Res r = uploadProtected("too early", "secret-1");
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.json().get("detail").asText().contains("video-password plugin"), r.toString());
        assertEquals(401, Api.anonymous(bobine).get("/api/v1/plugins").status());
        assertEquals(403, creator.api().get("/api/v1/plugins").status());
        assertEquals(403, creator.api().postJson("/api/v1/plugins/install", Api.obj("path", kar("video-password"))).status());
        Api.Res bad = root.postJson("/api/v1/plugins/install", Api.obj("path", "/nonexistent/x.kar"));
        assertEquals(404, bad.status(), bad.toString());
        assertEquals("application/problem+json", bad.contentType().split(";")[0]);
        Api.Res notKar = root.postJson("/api/v1/plugins/install", Api.obj("path", Paths.get(System.getProperty("bobine.dist"))
            .toAbsolutePath().toString()));
        assertEquals(404, notKar.status(), notKar.toString());
        assertEquals(0, root.get("/api/v1/plugins").json().get("total").asInt());
    }

    @Test
    @Order(2)
    void thePasswordPluginGuardsVideosAndFailsClosedWhenDisabledOrRemoved() {
        JsonNode p = install("video-password");
        assertTrue(p.get("enabled").asBoolean());
        assertEquals("running", settled("video-password").get("state").asText());

        Api.Res none = uploadProtected("no password");
        assertEquals(400, none.status(), none.toString());
        Api.Res r = uploadProtected("protected", "hunter22", "second-pass");
        assertEquals(200, r.status(), r.toString());
        protectedUuid = r.json().get("video").get("uuid").asText();
        JsonNode v = Published.await(creator.api(), protectedUuid);
        assertEquals(5, v.get("privacy").get("id").asInt());
        String master = v.get("streamingPlaylists").get(0).get("playlistUrl").asText();
        assertTrue(master.contains("/private/"), master);
        String api = "/api/v1/videos/" + protectedUuid;

        Api.Res noPassword = Api.anonymous(bobine).get(api);
        assertEquals(403, noPassword.status());
        assertEquals("video_requires_password", noPassword.json().get("code").asText());
        Api.Res wrong = Api.anonymous(bobine).get(api, Map.of(PASSWORD_HEADER, "wrong"));
        assertEquals(403, wrong.status());
        assertEquals("incorrect_video_password", wrong.json().get("code").asText());
        assertEquals(200, withPassword(api, "hunter22"));
        assertEquals(200, withPassword(api, "second-pass"));
        assertEquals(403, withPassword(master, null));
        assertEquals(200, withPassword(master, "hunter22"));
        assertEquals(200, creator.api().get(api).status(), "the owner needs no password");
        assertFalse(Api.anonymous(bobine).get("/api/v1/videos?count=100").text().contains(protectedUuid), "not listed");

        // Disabled: closed, even with the right password (fail closed), and creating more is refused.
        Api.Res d = root.postJson("/api/v1/plugins/bobine-plugin-video-password/disable", Map.of());
        assertEquals(200, d.status(), d.toString());
        assertEquals("disabled", d.json().get("state").asText());
        assertEquals(403, withPassword(api, "hunter22"));
        assertEquals(403, withPassword(master, "hunter22"));
        assertEquals(400, uploadProtected("while disabled", "abc123").status());
        assertEquals(200, root.postJson("/api/v1/plugins/video-password/enable", Map.of()).status());
        assertEquals(200, withPassword(api, "hunter22"));

        // Uninstalled (data kept): closed; installed again: the same passwords work.
        assertEquals(204, root.postJson("/api/v1/plugins/uninstall", Api.obj("npmName", "bobine-plugin-video-password")).status());
        assertEquals(403, withPassword(api, "hunter22"));
        assertEquals(0, root.get("/api/v1/plugins").json().get("total").asInt());
        // This time from an uploaded KAR, as the admin page sends it.
        Api.Res uploaded;
        try {
            uploaded = root.multipart("/api/v1/plugins/upload", new Api.Multipart()
                .file("pluginfile", "video-password.kar", "application/octet-stream", Files.readAllBytes(Paths.get(kar("video-password")))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(200, uploaded.status(), uploaded.toString());
        assertEquals("upload", uploaded.json().get("source").asText());
        settled("video-password");
        assertEquals(200, withPassword(api, "hunter22"));
        Api.Res notKar = root.multipart("/api/v1/plugins/upload", new Api.Multipart()
            .file("pluginfile", "x.kar", "application/octet-stream", "not a zip".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, notKar.status(), notKar.toString());
        // An uploaded plugin is updated by uploading again; the source of its KAR is not known.
        assertEquals(400, root.postJson("/api/v1/plugins/update", Api.obj("npmName", "video-password")).status());
        root.postJson("/api/v1/plugins/uninstall", Api.obj("npmName", "video-password"));
        install("video-password");
        settled("video-password");

        // The administrator's limit on wrong passwords, changed at runtime.
        Api.Res bad = root.putJson("/api/v1/plugins/video-password/settings", Api.obj("settings", Api.obj("nope", "1")));
        assertEquals(400, bad.status(), bad.toString());
        assertEquals(204, root.putJson("/api/v1/plugins/video-password/settings",
            Api.obj("settings", Api.obj("max-attempts", "2"))).status());
        JsonNode registered = root.get("/api/v1/plugins/video-password/registered-settings").json().get("registeredSettings");
        assertEquals("max-attempts", registered.get(0).get("name").asText());
        String limited = uploadProtected("limited", "right-one").json().get("video").get("uuid").asText();
        String limitedApi = "/api/v1/videos/" + limited;
        Bobine.sleep(500); // the settings listener runs in the background
        assertEquals(403, withPassword(limitedApi, "guess-1"));
        assertEquals(403, withPassword(limitedApi, "guess-2"));
        Api.Res blocked = Api.anonymous(bobine).get(limitedApi, Map.of(PASSWORD_HEADER, "guess-3"));
        assertEquals(429, blocked.status(), blocked.toString());
        assertNoFailedRequests();
    }

    @Test
    @Order(3)
    void theNsfwFilterFlagsUploadsAndHidesThemFromAnonymousLists() {
        JsonNode available = root.get("/api/v1/plugins/available").json();
        assertEquals(1, available.get("total").asInt(), available.toString());
        assertFalse(available.get("data").get(0).get("installed").asBoolean());
        Api.Res r0 = root.postJson("/api/v1/plugins/install", Api.obj("npmName", "bobine-plugin-nsfw-filter"));
        assertEquals(200, r0.status(), r0.toString());
        assertTrue(root.get("/api/v1/plugins/available").json().get("data").get(0).get("installed").asBoolean());
        assertEquals(404, root.postJson("/api/v1/plugins/install", Api.obj("npmName", "bobine-plugin-unknown")).status());
        assertEquals("running", settled("nsfw-filter").get("state").asText());
        assertEquals(204, root.putJson("/api/v1/plugins/nsfw-filter/settings",
            Api.obj("settings", Api.obj("policy", "hide", "words", "gore\nsplatter"))).status());
        assertEquals("hide", Api.anonymous(bobine).get("/api/v1/plugins/nsfw-filter/public-settings").json().get("policy").asText());
        Api.Res bad = root.putJson("/api/v1/plugins/nsfw-filter/settings", Api.obj("settings", Api.obj("policy", "sometimes")));
        assertEquals(400, bad.status(), bad.toString());

        String word = "nf" + Long.toString(System.nanoTime(), 36);
        Api.Res r = creator.api().upload(creator.channelId(), word + " with some gore", 1, "v.mp4", Media.video());
        assertEquals(200, r.status(), r.toString());
        String flagged = r.json().get("video").get("uuid").asText();
        Api.Res clean = creator.api().upload(creator.channelId(), word + " a walk in Essex", 1, "v.mp4", Media.video());
        String cleanUuid = clean.json().get("video").get("uuid").asText();
        assertTrue(Published.await(creator.api(), flagged).get("nsfw").asBoolean(), "flagged by a word");
        assertFalse(Published.await(creator.api(), cleanUuid).get("nsfw").asBoolean(), "whole words only");

        String search = "/api/v1/search/videos?search=" + word;
        String list = Api.anonymous(bobine).get(search).text();
        assertTrue(list.contains(cleanUuid), list);
        assertFalse(list.contains(flagged), "hidden from anonymous search under 'hide'");
        assertFalse(Api.anonymous(bobine).get("/api/v1/videos?count=100").text().contains(flagged), "hidden from lists");

        assertEquals(204, root.putJson("/api/v1/plugins/nsfw-filter/settings", Api.obj("settings", Api.obj("policy", "blur"))).status());
        Bobine.sleep(500);
        assertTrue(Api.anonymous(bobine).get(search).text().contains(flagged), "listed (to be blurred) under 'blur'");

        // Its client assets reach the pages through the config.
        JsonNode registered = Api.anonymous(bobine).get("/api/v1/config").json().get("plugin").get("registered");
        JsonNode nsfw = null;
        for (JsonNode n : registered) {
            if (n.get("name").asText().equals("nsfw-filter")) {
                nsfw = n;
            }
        }
        assertNotNull(nsfw, registered.toString());
        String script = nsfw.get("clientScripts").elements().next().get("script").asText();
        Api.Res js = Api.anonymous(bobine).get(script);
        assertEquals(200, js.status(), script);
        assertTrue(js.contentType().startsWith("text/javascript"), js.contentType());
        assertEquals(404, Api.anonymous(bobine).get(script.replace("client-scripts/", "client-scripts/../../../x")).status());

        assertEquals(200, root.postJson("/api/v1/plugins/nsfw-filter/disable", Map.of()).status());
        assertEquals(404, Api.anonymous(bobine).get(script).status(), "a disabled plugin's assets are gone");
        assertNoFailedRequests();
    }

    private void serveMedia() throws IOException {
        media = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] clip = Media.video();
        media.createContext("/clip.mp4", x -> {
            x.getResponseHeaders().add("Content-Type", "video/mp4");
            x.sendResponseHeaders(200, clip.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(clip);
            }
        });
        media.createContext("/page", x -> {
            String base = "http://127.0.0.1:" + media.getAddress().getPort();
            byte[] html = ("<!DOCTYPE html><html><head><meta property=\"og:title\" content=\"A page with a video\">"
                + "<meta property=\"og:video\" content=\"" + base + "/clip.mp4\"></head><body></body></html>")
                .getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, html.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(html);
            }
        });
        media.createContext("/player", x -> {
            // No OpenGraph tags: only yt-dlp (its generic extractor) finds the video in this page.
            byte[] html = "<!DOCTYPE html><html><head><title>A page with a player</title></head><body><video controls src=\"/clip.mp4\"></video></body></html>"
                .getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, html.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(html);
            }
        });
        media.start();
    }

    private JsonNode awaitImport(long id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode i : creator.api().get("/api/v1/users/me/videos/imports").json().get("data")) {
                if (i.get("id").asLong() == id && i.get("state").get("id").asInt() != 1 && i.get("state").get("id").asInt() != 6) {
                    return i;
                }
            }
            Bobine.sleep(300);
        }
        throw new AssertionError("Import " + id + " did not end in time");
    }

    @Test
    @Order(4)
    void theImportPluginImportsDirectFilesAndOpenGraphPages() throws IOException {
        serveMedia();
        String base = "http://127.0.0.1:" + media.getAddress().getPort();
        Api.Res early = creator.api().postJson("/api/v1/videos/imports",
            Api.obj("targetUrl", base + "/clip.mp4", "channelId", creator.channelId(), "name", "too early"));
        assertEquals(403, early.status(), early.toString());

        install("video-import");
        assertEquals("running", settled("video-import").get("state").asText());
        Api.Res r = creator.api().postJson("/api/v1/videos/imports",
            Api.obj("targetUrl", base + "/clip.mp4", "channelId", creator.channelId(), "name", "imported clip", "privacy", 1));
        assertEquals(200, r.status(), r.toString());
        JsonNode done = awaitImport(r.json().get("id").asLong());
        assertEquals(2, done.get("state").get("id").asInt(), done.toString());
        String uuid = done.get("video").get("uuid").asText();
        assertEquals("imported clip", Published.await(creator.api(), uuid).get("name").asText());

        Api.Res page = creator.api().postJson("/api/v1/videos/imports",
            Api.obj("targetUrl", base + "/page", "channelId", creator.channelId()));
        assertEquals(200, page.status(), page.toString());
        JsonNode fromPage = awaitImport(page.json().get("id").asLong());
        assertEquals(2, fromPage.get("state").get("id").asInt(), fromPage.toString());
        assertEquals("A page with a video", fromPage.get("video").get("name").asText());

        Api.Res other = Users.create(bobine, "imp").api().postJson("/api/v1/videos/imports",
            Api.obj("targetUrl", base + "/clip.mp4", "channelId", creator.channelId()));
        assertEquals(403, other.status(), "someone else's channel: " + other);
        Api.Res ftp = creator.api().postJson("/api/v1/videos/imports",
            Api.obj("targetUrl", "ftp://127.0.0.1/x.mp4", "channelId", creator.channelId()));
        assertEquals(400, ftp.status(), ftp.toString());
        assertNoFailedRequests();
    }

    @Test
    @Order(5)
    void pagesOnlyYtDlpUnderstandsAreImportedWithIt() {
        // .ci/run installs Debian's yt-dlp; on a machine without it this part of the plugin cannot run.
        boolean installed = Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
            .anyMatch(d -> Files.isExecutable(Paths.get(d, "yt-dlp")));
        Assumptions.assumeTrue(installed, "yt-dlp is not installed (apt-get install yt-dlp)");
        String base = "http://127.0.0.1:" + media.getAddress().getPort();
        Api.Res r = creator.api().postJson("/api/v1/videos/imports",
            Api.obj("targetUrl", base + "/player", "channelId", creator.channelId()));
        assertEquals(200, r.status(), r.toString());
        JsonNode done = awaitImport(r.json().get("id").asLong());
        assertEquals(2, done.get("state").get("id").asInt(), done.toString());
        assertTrue(done.get("video").get("name").asText().startsWith("A page with a player"), done.toString());
        Published.await(creator.api(), done.get("video").get("uuid").asText());
    }

    /** Waits until an action of the test-hooks plugin has written a line containing the text. */
    private void awaitEvent(String kind, String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String events = "";
        while (System.nanoTime() < deadline) {
            events = root.get("/plugins/test-hooks/router/events/" + kind).text();
            if (events.contains(text)) {
                return;
            }
            Bobine.sleep(200);
        }
        throw new AssertionError("No " + kind + " event with " + text + " in: " + events);
    }

    @Test
    @Order(6)
    void everyHookRunsInARunningInstance() {
        Api.Res r = root.postJson("/api/v1/plugins/install", Api.obj("path", kar("test-hooks")));
        assertEquals(200, r.status(), r.toString());
        assertEquals("running", settled("test-hooks").get("state").asText());
        awaitEvent("listening", bobine.url());
        assertEquals(403, creator.api().get("/plugins/test-hooks/router/events/listening").status());

        String word = "th" + Long.toString(System.nanoTime(), 36);
        Api.Res up = creator.api().upload(creator.channelId(), word + " annotate drop-me no-embed no-download", 1, "v.mp4",
            Media.video());
        assertEquals(200, up.status(), up.toString());
        String uuid = up.json().get("video").get("uuid").asText();
        JsonNode v = Published.await(creator.api(), uuid);
        awaitEvent("uploaded", uuid);

        assertEquals("Annotated by a plugin", v.get("description").asText(), "filter:api.video.get.result");
        assertFalse(Api.anonymous(bobine).get("/api/v1/search/videos?search=" + word).text().contains(uuid), "dropped from search");
        assertFalse(Api.anonymous(bobine).get("/api/v1/videos?count=100").text().contains(uuid), "dropped from lists");
        Api.Res embed = Api.anonymous(bobine).get("/videos/embed/" + uuid);
        assertEquals(403, embed.status());
        assertTrue(embed.text().contains("Embedding is off for this video"), embed.text());
        String file = v.get("files").get(0).get("fileUrl").asText().replace("/static/web-videos/", "/download/web-videos/");
        Api.Res download = Api.anonymous(bobine).get(file);
        assertEquals(403, download.status(), file);
        assertTrue(download.text().contains("Downloads are off for this video"), download.text());

        // Fields plugins add to the upload form reach the upload hooks.
        Api.Res refusedUpload = creator.api().multipart("/api/v1/videos/upload", new Api.Multipart().field("name", word + " refused")
            .field("channelId", String.valueOf(creator.channelId())).field("pluginData[refuse]", "yes")
            .file("videofile", "v.mp4", "video/mp4", Media.video()));
        assertEquals(403, refusedUpload.status(), refusedUpload.toString());
        assertTrue(refusedUpload.json().get("detail").asText().contains("the form said so"), refusedUpload.toString());
        Api.Res badField = creator.api().multipart("/api/v1/videos/upload", new Api.Multipart().field("name", word + " bad")
            .field("channelId", String.valueOf(creator.channelId())).field("pluginData[no spaces]", "x")
            .file("videofile", "v.mp4", "video/mp4", Media.video()));
        assertEquals(400, badField.status(), badField.toString());

        assertEquals(204, Api.anonymous(bobine).postJson("/api/v1/videos/" + uuid + "/views", Api.obj("currentTime", 3)).status());
        awaitEvent("viewed", uuid + "@3");
        Api.Res refused = creator.api().postJson("/api/v1/videos/imports",
            Api.obj("targetUrl", "http://127.0.0.1:9/forbidden.mp4", "channelId", creator.channelId()));
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.json().get("detail").asText().contains("not allowed here"), refused.toString());
        // Comment hooks: accept or refuse (403 with the plugin's words), filter the threads listed, and the actions.
        String threads = "/api/v1/videos/" + uuid + "/comment-threads";
        Api.Res refusedComment = creator.api().postJson(threads, Api.obj("text", "please refuse-me"));
        assertEquals(403, refusedComment.status(), refusedComment.toString());
        assertTrue(refusedComment.json().get("detail").asText().contains("refused by a plugin"), refusedComment.toString());
        Api.Res kept = creator.api().postJson(threads, Api.obj("text", "a kept thread"));
        assertEquals(200, kept.status(), kept.toString());
        long keptId = kept.json().get("comment").get("id").asLong();
        awaitEvent("thread", uuid + ":a kept thread");
        assertEquals(200, creator.api().postJson(threads, Api.obj("text", "hide-thread please")).status());
        JsonNode listed = Api.anonymous(bobine).get(threads).json();
        assertEquals(1, listed.get("data").size(), listed.toString());
        assertEquals(1, listed.get("total").asInt(), "the total drops with the thread: " + listed);
        String reply = "/api/v1/videos/" + uuid + "/comments/" + keptId;
        assertEquals(403, creator.api().postJson(reply, Api.obj("text", "refuse-me again")).status());
        assertEquals(200, creator.api().postJson(reply, Api.obj("text", "a reply")).status());
        awaitEvent("reply", uuid + ":a reply");
        assertEquals(204, creator.api().delete(reply).status());
        awaitEvent("uncommented", uuid + ":a kept thread");

        assertEquals(204, creator.api().putJson("/api/v1/videos/" + uuid, Api.obj("name", word + " renamed")).status());
        awaitEvent("updated", uuid);
        assertEquals(204, creator.api().delete("/api/v1/videos/" + uuid).status());
        awaitEvent("deleted", uuid);
        // An update whose bundle is not in its KAR is refused before anything changes.
        Api.Res outside = root.multipart("/api/v1/plugins/upload", new Api.Multipart()
            .file("pluginfile", "test-hooks-9.kar", "application/octet-stream", badUpdate("test-hooks", "9.0.0", false)));
        assertEquals(400, outside.status(), outside.toString());
        assertTrue(outside.json().get("detail").asText().contains("is not in the KAR"), outside.toString());
        assertEquals("running", settled("test-hooks").get("state").asText());
        // One Karaf cannot resolve (a package nobody exports) puts the running version back.
        Api.Res bad = root.multipart("/api/v1/plugins/upload", new Api.Multipart()
            .file("pluginfile", "test-hooks-9.kar", "application/octet-stream", badUpdate("test-hooks", "9.0.0", true)));
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.json().get("detail").asText().contains("is back"), bad.toString());
        JsonNode back = settled("test-hooks");
        assertEquals("running", back.get("state").asText(), back.toString());
        assertEquals("0.1.0-SNAPSHOT", back.get("version").asText());
        assertEquals(200, root.get("/plugins/test-hooks/router/events/uploaded").status());
        assertEquals(204, root.postJson("/api/v1/plugins/uninstall", Api.obj("npmName", "test-hooks", "purge", true)).status());
        assertNoFailedRequests();
    }

    /**
     * An update of a plugin that cannot be installed: its bundle is either missing from the KAR or inside it
     * but importing a package nobody exports.
     */
    private static byte[] badUpdate(String name, String version, boolean bundleInside) {
        var out = new ByteArrayOutputStream();
        String dir = "repository/org/example/" + name + "/" + version + "/" + name + "-" + version;
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(dir + "-features.xml"));
            zip.write(("<features xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\" name=\"bad-update\">"
                + "<feature name=\"bobine-plugin-" + name + "\" version=\"" + version + "\">"
                + "<bundle>mvn:org.example/" + name + "/" + version + "</bundle></feature></features>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            if (bundleInside) {
                var jar = new ByteArrayOutputStream();
                var manifest = new Manifest();
                var a = manifest.getMainAttributes();
                a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
                a.putValue("Bundle-ManifestVersion", "2");
                a.putValue("Bundle-SymbolicName", "org.example." + name);
                a.putValue("Bundle-Version", version);
                a.putValue("Bobine-Plugin", name);
                a.putValue("Import-Package", "org.example.nobody.exports.this");
                try (var j = new JarOutputStream(jar, manifest)) {
                    j.flush();
                }
                zip.putNextEntry(new ZipEntry(dir + ".jar"));
                zip.write(jar.toByteArray());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    @Order(7)
    void aBrokenPluginIsShownFailedAndUploadsAndListsGoOn() {
        Api.Res r = root.postJson("/api/v1/plugins/install", Api.obj("path", kar("broken")));
        assertEquals(200, r.status(), r.toString());
        JsonNode p = settled("broken");
        assertEquals("failed", p.get("state").asText(), p.toString());
        assertTrue(p.get("error").asText().contains("cannot start"), p.toString());

        // Its upload hook throws, its list hook hangs: both are skipped, nothing fails.
        Api.Res up = creator.api().upload(creator.channelId(), "despite a broken plugin", 1, "v.mp4", Media.video());
        assertEquals(200, up.status(), up.toString());
        for (int i = 0; i < 4; i++) {
            assertEquals(200, Api.anonymous(bobine).get("/api/v1/videos").status());
        }
        assertEquals(404, Api.anonymous(bobine).get("/plugins/broken/router/anything").status());
        assertTrue(bobine.shell("bobine:plugin-list").contains("broken"));
        // Administered from the shell as well.
        assertTrue(bobine.shell("bobine:plugin-disable broken").contains("Plugin broken disabled"));
        assertEquals("disabled", plugin("broken").get("state").asText());
        assertTrue(bobine.shell("bobine:plugin-uninstall --purge broken").contains("uninstalled"));
        assertEquals(404, root.get("/api/v1/plugins/broken").status());
        assertNoFailedRequests();
    }

    @Test
    @Order(8)
    void aPluginMadeWithTheArchetypeInstallsByMavenCoordinate() {
        Api.Res r = root.postJson("/api/v1/plugins/install", Api.obj("mavenCoordinate", "org.bobine.generated:bobine-plugin-hello:0.1.0"));
        assertEquals(200, r.status(), r.toString());
        assertEquals("running", settled("hello").get("state").asText());
        Api.Res ping = Api.anonymous(bobine).get("/plugins/hello/router/ping");
        assertEquals(200, ping.status(), ping.toString());
        assertEquals("hello", ping.json().get("plugin").asText());
        Api.Res missing = root.postJson("/api/v1/plugins/install", Api.obj("mavenCoordinate", "org.bobine.generated:nothing-here:9.9.9"));
        assertEquals(404, missing.status(), missing.toString());
    }

    @Test
    @Order(9)
    void pluginsTheirStateAndSettingsSurviveARestart() {
        String before = bobine.shell("bobine:plugin-list");
        assertTrue(before.contains("video-password") && before.contains("running"), before);
        load.close();
        assertNoFailedRequests();
        bobine.restart();
        root = Users.root(bobine);
        List<String> states = new ArrayList<>();
        for (JsonNode p : root.get("/api/v1/plugins").json().get("data")) {
            states.add(p.get("name").asText() + "=" + p.get("state").asText());
        }
        assertTrue(states.contains("video-password=running"), states.toString());
        assertTrue(states.contains("nsfw-filter=disabled"), states.toString());
        assertTrue(states.contains("video-import=running"), states.toString());
        assertEquals("2", root.get("/api/v1/plugins/video-password/settings").json().get("max-attempts").asText());
        assertEquals(200, withPassword("/api/v1/videos/" + protectedUuid, "hunter22"));

        // Updating reinstalls from where it came from; its data and settings stay.
        Api.Res updated = root.postJson("/api/v1/plugins/update", Api.obj("npmName", "bobine-plugin-video-password"));
        assertEquals(200, updated.status(), updated.toString());
        assertEquals("running", settled("video-password").get("state").asText());
        assertEquals(200, withPassword("/api/v1/videos/" + protectedUuid, "hunter22"));
        assertEquals("2", root.get("/api/v1/plugins/video-password/settings").json().get("max-attempts").asText());

        // Uninstalling keeps the settings unless purged.
        assertEquals(204, root.postJson("/api/v1/plugins/uninstall", Api.obj("npmName", "nsfw-filter")).status());
        install("nsfw-filter");
        settled("nsfw-filter");
        assertEquals("blur", root.get("/api/v1/plugins/nsfw-filter/settings").json().get("policy").asText());
        assertEquals(204, root.postJson("/api/v1/plugins/uninstall", Api.obj("npmName", "nsfw-filter", "purge", true)).status());
        install("nsfw-filter");
        settled("nsfw-filter");
        assertEquals("blur", root.get("/api/v1/plugins/nsfw-filter/settings").json().get("policy").asText(), "the default");
        assertEquals("", root.get("/api/v1/plugins/nsfw-filter/settings").json().path("words").asText(""), "purged");
    }
}
