package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web front end in Debian's headless Chromium (through /usr/bin/chromedriver): pages list and play
 * videos, the embed plays inside an iframe of another origin, an upload through the page completes, login
 * failures are explained, phones do not scroll sideways, two viewers of one video exchange segments over
 * WebRTC through the instance's tracker. Screenshots of the main pages are kept in
 * target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {

    private static final Path SHOTS = Paths.get(System.getProperty("bobine.work", "target/instances")).resolveSibling("screenshots");

    private Bobine bobine;
    private WebDriver browser;
    private Users.TestUser user;
    private JsonNode longVideo;

    @BeforeAll
    void boot() throws Exception {
        bobine = Bobine.create("browser");
        user = Users.create(bobine, "viewer");
        String uuid = user.api().upload(user.channelId(), "A long test pattern", 1, "long.mp4", Media.video720Long(),
            "pattern").json().get("video").get("uuid").asText();
        longVideo = Published.await(user.api(), uuid);
        Files.createDirectories(SHOTS);
        browser = chromium();
    }

    /** Debian's headless Chromium; WebRTC may use loopback addresses, shown as they are (no mDNS names). */
    private static WebDriver chromium() {
        return chromium("en-US,en");
    }

    private static WebDriver chromium(String acceptLanguage) {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--mute-audio",
            "--autoplay-policy=no-user-gesture-required", "--window-size=1280,900",
            "--allow-loopback-in-peer-connection", "--disable-features=WebRtcHideLocalIpsWithMdns");
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    void shutdown() {
        if (browser != null) {
            browser.quit();
        }
        bobine.close();
    }

    private WebDriverWait await() {
        // A guard so a broken page fails the test instead of hanging the build; not a performance check.
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private void open(String path) {
        browser.get(bobine.url() + path);
        await().until(d -> path.split("\\?")[0].equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
    }

    private void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void theHomePageListsVideosWithoutSidewaysScrollOnAPhone() throws Exception {
        open("/");
        WebElement title = await().until(ExpectedConditions.presenceOfElementLocated(
            By.xpath("//a[@class='title' and text()='A long test pattern']")));
        assertEquals("/w/" + longVideo.get("shortUUID").asText(), title.getAttribute("pathname"));
        String shown = browser.findElement(By.xpath("//article[.//a[@class='title' and text()='A long test pattern']]"
            + "//span[@class='duration']")).getText();
        assertTrue(shown.matches("0:(29|30)"), "duration shown: " + shown);
        shot("home");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/");
            await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".video-card")));
            long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow <= 0, "sideways scroll of " + overflow + " px at 390 px wide");
            shot("home-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theWatchPagePlaysFromTheStartTimeAndShares() throws Exception {
        open("/w/" + longVideo.get("shortUUID").asText() + "?start=10");
        await().until(d -> js("return window.bobinePlayer && window.bobinePlayer.readyState >= 1") == Boolean.TRUE);
        js("window.bobinePlayer.muted = true; window.bobinePlayer.play()");
        await().until(d -> ((Number) js("return window.bobinePlayer.currentTime")).doubleValue() > 10.5);
        double first = ((Number) js("return window.bobinePlayer.currentTime")).doubleValue();
        assertTrue(first >= 10, "started at ?start=10: " + first);
        await().until(d -> ((Number) js("return window.bobinePlayer.currentTime")).doubleValue() > first + 0.5);
        assertTrue(browser.findElements(By.cssSelector("#quality option")).size() >= 3, "Auto and each resolution");
        assertEquals("A long test pattern", browser.findElement(By.tagName("h1")).getText());
        shot("watch");
        browser.findElement(By.id("share")).click();
        String atTime = browser.findElement(By.id("share-link-time")).getAttribute("value");
        assertTrue(atTime.matches(".*/w/" + longVideo.get("shortUUID").asText() + "\\?start=\\d+s"), atTime);
        assertTrue(browser.findElement(By.id("share-embed")).getAttribute("value").contains("/videos/embed/"));
        shot("share");

        open("/videos/watch/" + longVideo.get("uuid").asText() + "?t=1m0s");
        assertEquals("A long test pattern", browser.findElement(By.tagName("h1")).getText(), "the long URL works too");
    }

    @Test
    void theEmbedPlaysInAnIframeOfAnotherOrigin() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String embed = bobine.url() + "/videos/embed/" + longVideo.get("uuid").asText() + "?autoplay=1";
        byte[] page = ("<!doctype html><title>Elsewhere</title><iframe id=f width=640 height=360 allow=autoplay src=\""
            + embed + "\"></iframe>").getBytes(StandardCharsets.UTF_8);
        other.createContext("/", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        other.start();
        try {
            // "localhost" and another port: a different origin from the instance's 127.0.0.1.
            browser.get("http://localhost:" + other.getAddress().getPort() + "/");
            browser.switchTo().frame("f");
            await().until(d -> js("return !!window.bobinePlayer") == Boolean.TRUE);
            js("window.bobinePlayer.muted = true; window.bobinePlayer.play()");
            await().until(d -> ((Number) js("return window.bobinePlayer.currentTime")).doubleValue() > 1);
            assertTrue(browser.findElements(By.cssSelector("header.top")).get(0).isDisplayed() == false,
                "the embed shows the player alone");
            browser.switchTo().defaultContent();
            shot("embed");
        } finally {
            browser.switchTo().defaultContent();
            other.stop(0);
        }
    }

    @Test
    void aFailedLoginSaysWhyAndAnUploadThroughThePageIsPublished() throws Exception {
        open("/login");
        browser.findElement(By.name("username")).sendKeys(user.name());
        browser.findElement(By.name("password")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        WebElement error = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        await().until(d -> !error.getText().isEmpty());
        assertEquals("Wrong user name or password.", error.getText());
        shot("login-failed");

        browser.findElement(By.name("password")).clear();
        browser.findElement(By.name("password")).sendKeys(user.password());
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        await().until(d -> "/".equals(js("return document.body.dataset.ready")));
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));

        open("/upload");
        Path clip = Paths.get(System.getProperty("bobine.work", "target/instances"), "media", "clip-360.mp4");
        Media.video360();
        browser.findElement(By.id("upload-file")).sendKeys(clip.toAbsolutePath().toString());
        browser.findElement(By.id("upload-name")).sendKeys("Sent from the page");
        browser.findElement(By.id("upload-submit")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("upload-done")));
        assertEquals("100", browser.findElement(By.id("upload-progress")).getAttribute("value"));
        shot("upload-done");

        open("/my-videos");
        await().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//table[@id='my-videos']//a[text()='Sent from the page']")));
        shot("my-videos");
        List<WebElement> rows = browser.findElements(By.cssSelector("#my-videos tbody tr"));
        assertTrue(rows.size() >= 2, "both of the user's videos are listed");

        // Edit: a support text (the description stays empty), then the watch page's Support button shows it.
        WebElement row = browser.findElement(By.xpath("//table[@id='my-videos']//tr[.//a[text()='Sent from the page']]"));
        String uuid = row.getAttribute("data-uuid");
        row.findElement(By.xpath(".//button[text()='Edit']")).click();
        WebElement dialog = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        dialog.findElement(By.name("support")).sendKeys("Buy our **film club** a coffee.");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        await().until(d -> d.findElements(By.cssSelector("dialog[open]")).isEmpty());
        open("/videos/watch/" + uuid);
        await().until(ExpectedConditions.elementToBeClickable(By.id("support"))).click();
        WebElement support = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("support-dialog")));
        assertTrue(support.getText().contains("Buy our film club a coffee."), support.getText());
        assertEquals("film club", support.findElement(By.tagName("strong")).getText(), "Markdown rendered");
        shot("support");
        support.findElement(By.tagName("button")).click();
        browser.findElement(By.id("logout")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
    }

    @Test
    void aViewerSubscribesLikesAndFindsTheVideoInTheirSubscriptions() throws Exception {
        Users.TestUser fan = Users.create(bobine, "fan");
        open("/login?next=/w/" + longVideo.get("shortUUID").asText());
        browser.findElement(By.name("username")).sendKeys(fan.name());
        browser.findElement(By.name("password")).sendKeys(fan.password());
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        WebElement subscribe = await().until(ExpectedConditions.elementToBeClickable(By.id("subscribe")));
        assertEquals("Subscribe", subscribe.getText());
        assertEquals("0 followers", browser.findElement(By.id("followers-count")).getText());
        subscribe.click();
        await().until(ExpectedConditions.textToBe(By.id("subscribe"), "Unsubscribe"));
        assertEquals("1 followers", browser.findElement(By.id("followers-count")).getText());
        WebElement like = browser.findElement(By.id("like"));
        assertEquals("Like · 0", like.getText());
        like.click();
        await().until(ExpectedConditions.textToBe(By.id("like"), "Like · 1"));
        assertEquals("true", browser.findElement(By.id("like")).getAttribute("aria-pressed"));
        shot("watch-rated");
        // What the page showed is what the instance kept.
        assertEquals(1, Api.anonymous(bobine).get("/api/v1/videos/" + longVideo.get("uuid").asText()).json()
            .get("likes").asInt());
        browser.findElement(By.cssSelector("nav a[href='/videos/subscriptions']")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(
            By.xpath("//article[contains(@class,'video-card')]//a[@class='title' and text()='A long test pattern']")));
        // Loaded directly, as from a bookmark: the server answers the page's address too.
        open("/my-library/subscriptions");
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#subscriptions li.subscription")));
        browser.findElement(By.cssSelector("#subscriptions #subscribe")).click();
        await().until(ExpectedConditions.textToBe(By.cssSelector("#subscriptions #subscribe"), "Subscribe"));
        assertEquals(0, fan.api().get("/api/v1/users/me/subscriptions").json().get("total").asInt());
        browser.findElement(By.id("logout")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
    }

    @Test
    void aLoggedInViewerResumesWhereTheyStoppedAndFindsTheVideoInTheirHistory() throws Exception {
        Users.TestUser returning = Users.create(bobine, "returning");
        String uuid = longVideo.get("uuid").asText();
        open("/login?next=/w/" + longVideo.get("shortUUID").asText());
        browser.findElement(By.name("username")).sendKeys(returning.name());
        browser.findElement(By.name("password")).sendKeys(returning.password());
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        await().until(d -> js("return window.bobinePlayer && window.bobinePlayer.readyState >= 1") == Boolean.TRUE);
        js("window.bobinePlayer.muted = true; window.bobinePlayer.currentTime = 12; window.bobinePlayer.play()");
        // The player reports its position after the seek; the instance keeps it as this viewer's history.
        await().until(d -> {
            JsonNode h = returning.api().get("/api/v1/videos/" + uuid).json().get("userHistory");
            return h != null && h.get("currentTime").asInt() >= 12;
        });
        js("window.bobinePlayer.pause()");
        int kept = returning.api().get("/api/v1/videos/" + uuid).json().get("userHistory").get("currentTime").asInt();

        open("/w/" + longVideo.get("shortUUID").asText());
        await().until(d -> js("return window.bobinePlayer && window.bobinePlayer.readyState >= 1") == Boolean.TRUE);
        await().until(d -> ((Number) js("return window.bobinePlayer.currentTime")).doubleValue() >= kept - 1);
        double at = ((Number) js("return window.bobinePlayer.currentTime")).doubleValue();
        assertTrue(at >= kept - 1 && at < 25, "resumed near " + kept + ": " + at);

        browser.findElement(By.cssSelector("nav a[href='/my-library/history/videos']")).click();
        WebElement card = await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history-list article.video-card.watched")));
        String title = card.findElement(By.cssSelector("a.title")).getText();
        assertTrue(title.startsWith("A long test pattern"), title);
        assertFalse(card.findElements(By.cssSelector(".watched-bar")).isEmpty(), "how far they got is shown");
        shot("history");
        card.findElement(By.cssSelector("button[data-video]")).click();
        await().until(d -> d.findElements(By.cssSelector("#history-list article.video-card")).isEmpty());
        assertEquals(0, returning.api().get("/api/v1/users/me/history/videos").json().get("total").asInt());
        browser.findElement(By.id("logout")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
    }

    @Test
    void theOwnerApprovesAHeldCommentFromTheWatchPage() throws Exception {
        Api.Res up = user.api().upload(user.channelId(), "Held comments here", 1, "v.mp4", Media.video());
        String uuid = up.json().get("video").get("uuid").asText();
        JsonNode v = Published.await(user.api(), uuid);
        assertEquals(204, user.api().putJson("/api/v1/videos/" + uuid, Api.obj("commentsPolicy", 3)).status());
        Users.TestUser guest = Users.create(bobine, "guest");
        assertEquals(200, guest.api().postJson("/api/v1/videos/" + uuid + "/comment-threads", Api.obj("text", "Waiting for you"))
            .status());
        assertEquals(0, Api.anonymous(bobine).get("/api/v1/videos/" + uuid + "/comment-threads").json().get("total").asInt(),
            "held: nobody else sees it");
        open("/login?next=/w/" + v.get("shortUUID").asText());
        browser.findElement(By.name("username")).sendKeys(user.name());
        browser.findElement(By.name("password")).sendKeys(user.password());
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        WebElement held = await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comment-list article.comment.held")));
        assertEquals("Waiting for you", held.findElement(By.cssSelector(".comment-text")).getText());
        shot("watch-held-comment");
        held.findElement(By.cssSelector("button.approve")).click();
        await().until(d -> d.findElements(By.cssSelector("#comment-list article.comment.held")).isEmpty());
        assertEquals(1, Api.anonymous(bobine).get("/api/v1/videos/" + uuid + "/comment-threads").json().get("total").asInt(),
            "approved: everyone sees it");
        browser.findElement(By.id("logout")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
    }

    @Test
    void aViewerCommentsRepliesAndDeletesUnderTheVideo() throws Exception {
        Users.TestUser writer = Users.create(bobine, "writer");
        open("/login?next=/w/" + longVideo.get("shortUUID").asText());
        browser.findElement(By.name("username")).sendKeys(writer.name());
        browser.findElement(By.name("password")).sendKeys(writer.password());
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        WebElement area = await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#comments .comment-form textarea")));
        area.sendKeys("Lovely *pattern* <img src=x onerror=alert(1)>");
        browser.findElement(By.cssSelector("#comments .comment-form button[type=submit]")).click();
        WebElement comment = await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comment-list article.comment")));
        assertEquals("pattern", comment.findElement(By.cssSelector(".comment-text em")).getText(), "Markdown rendered");
        assertTrue(browser.findElements(By.cssSelector("#comment-list img")).isEmpty(), "no image, no raw HTML");
        comment.findElement(By.cssSelector("button.reply")).click();
        WebElement reply = await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#comment-list article.comment .comment-form textarea")));
        reply.sendKeys("And a reply");
        browser.findElement(By.cssSelector("#comment-list article.comment .comment-form button[type=submit]")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comment-list article.comment[data-depth='1']")));
        assertEquals("And a reply", browser.findElement(By.cssSelector("article.comment[data-depth='1'] .comment-text")).getText());
        shot("watch-comments");
        browser.findElement(By.cssSelector("article.comment[data-depth='1'] button.delete")).click();
        browser.switchTo().alert().accept();
        await().until(d -> d.findElements(By.cssSelector("article.comment[data-depth='1']")).isEmpty());
        assertEquals(1, Api.anonymous(bobine).get("/api/v1/videos/" + longVideo.get("uuid").asText()).json()
            .get("comments").asInt());
        browser.findElement(By.id("logout")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
    }

    @Test
    void aSecondViewerReceivesSegmentsFromTheFirstOverP2P() throws Exception {
        // Two browsers (two processes, as two people), both on the lowest quality: a P2P swarm is one rendition.
        WebDriver second = chromium();
        try {
            String watch = bobine.url() + "/w/" + longVideo.get("shortUUID").asText();
            for (WebDriver b : List.of(browser, second)) {
                b.get(watch);
                WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(60));
                wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.querySelectorAll('#quality option').length") instanceof Number n
                    && n.intValue() > 2);
                // The viewer's choice is remembered in this browser and applies from the first segment on.
                new Select(b.findElement(By.id("quality"))).selectByValue("0");
                b.navigate().refresh();
                wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !!window.bobinePlayer && !!window.bobineP2P && document.querySelector('#quality').value === '0'")));
            }
            js("window.bobinePlayer.muted = true; window.bobinePlayer.play()");
            await().until(d -> ((Number) js("return window.bobinePlayer.currentTime")).doubleValue() > 2);
            JavascriptExecutor viewer2 = (JavascriptExecutor) second;
            viewer2.executeScript("window.bobinePlayer.muted = true; window.bobinePlayer.play()");
            new WebDriverWait(second, Duration.ofSeconds(60)).until(d -> ((Number) viewer2.executeScript(
                "return window.bobineP2P.p2p")).longValue() > 0);
            long fromPeers = ((Number) viewer2.executeScript("return window.bobineP2P.p2p")).longValue();
            assertTrue(fromPeers > 0, "validated segment bytes from the first viewer: " + fromPeers);
            assertTrue(((Number) viewer2.executeScript("return window.bobinePlayer.currentTime")).doubleValue() > 0);
            String status = new WebDriverWait(second, Duration.ofSeconds(10)).until(d -> {
                String text = d.findElement(By.id("p2p-status")).getText();
                return text.startsWith("P2P: 1 peer") && !text.contains(" 0.0 MB from peers") ? text : null;
            });
            assertTrue(status.contains("from this instance"), status);
            Files.write(SHOTS.resolve("watch-p2p.png"), ((TakesScreenshot) second).getScreenshotAs(OutputType.BYTES));
        } finally {
            second.quit();
        }
    }

    @Test
    void pagesSpeakTheBrowsersLanguageAndTheViewerCanSwitch() throws Exception {
        WebDriver french = chromium("fr-FR,fr;q=0.9,en;q=0.5");
        try {
            WebDriverWait wait = new WebDriverWait(french, Duration.ofSeconds(60));
            JavascriptExecutor page = (JavascriptExecutor) french;
            french.get(bobine.url() + "/");
            wait.until(d -> "/".equals(page.executeScript("return document.body.dataset.ready")));
            assertEquals("fr", page.executeScript("return document.documentElement.lang"));
            assertEquals("Ajoutées récemment", french.findElement(By.tagName("h1")).getText());
            assertEquals("Accueil", french.findElement(By.cssSelector("nav a[href='/']")).getText());
            assertTrue(french.findElement(By.cssSelector(".video-card .meta")).getText().contains(" vues"));
            noKeyShows(page);
            Files.write(SHOTS.resolve("home-fr.png"), ((TakesScreenshot) french).getScreenshotAs(OutputType.BYTES));

            french.get(bobine.url() + "/w/" + longVideo.get("shortUUID").asText());
            wait.until(d -> page.executeScript("return document.body.dataset.ready") != null
                && french.findElements(By.id("share")).size() == 1);
            assertEquals("Partager", french.findElement(By.id("share")).getText());
            wait.until(d -> french.findElements(By.cssSelector("#quality option")).size() > 1);
            assertTrue(french.findElement(By.cssSelector(".controls")).getText().contains("Qualité"));
            noKeyShows(page);
            Files.write(SHOTS.resolve("watch-fr.png"), ((TakesScreenshot) french).getScreenshotAs(OutputType.BYTES));

            // The switch: remembered in a cookie, the page comes back in English.
            new Select(french.findElement(By.id("lang-switch"))).selectByValue("en");
            wait.until(d -> "en".equals(page.executeScript("return document.documentElement.lang"))
                && french.findElements(By.id("share")).size() == 1 && "Share".equals(french.findElement(By.id("share")).getText()));
            french.get(bobine.url() + "/");
            wait.until(d -> "/".equals(page.executeScript("return document.body.dataset.ready")));
            assertEquals("Recently added", french.findElement(By.tagName("h1")).getText());
            noKeyShows(page);
        } finally {
            french.quit();
        }
    }

    /** No text key (home.title, ...) shows instead of its text. */
    private static void noKeyShows(JavascriptExecutor page) {
        Object leftover = page.executeAsyncScript("const done = arguments[arguments.length - 1];"
            + "fetch('/client/i18n/en.json').then(r => r.json()).then(keys => done(Object.keys(keys)"
            + ".filter(k => document.body.innerText.includes(k) || document.title.includes(k))))");
        assertEquals(List.of(), leftover);
    }

    @Test
    void theAboutPageShowsWhatTheAdministratorSetThroughTheApi() throws Exception {
        Api root = Users.root(bobine);
        Api anonymous = Api.anonymous(bobine);
        assertEquals(401, anonymous.get("/api/v1/config/custom").status());
        assertEquals(403, user.api().putJson("/api/v1/config/custom", Api.obj("instance", Api.obj("name", "Mine"))).status());
        Api.Res bad = root.putJson("/api/v1/config/custom", Api.obj("instance", Api.obj("name", "Ok", "languages", List.of("French"))));
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        assertEquals("", anonymous.get("/api/v1/config/about").json().get("instance").get("terms").asText(), "a refused change changes nothing");

        Api.Res ok = root.putJson("/api/v1/config/custom", Api.obj("instance", Api.obj(
            "shortDescription", "Videos of the river valley.",
            "administrator", "Run by the *Valley* film club, contact@valley.example.",
            "terms", "Be kind. <script>alert('x')</script>No advertising.",
            "languages", List.of("fr", "en"), "categories", List.of(13, 15))));
        assertEquals(200, ok.status(), ok.toString());
        JsonNode about = anonymous.get("/api/v1/config/about").json().get("instance");
        assertEquals("Videos of the river valley.", about.get("shortDescription").asText());
        assertEquals("[\"fr\",\"en\"]", about.get("languages").toString());
        assertEquals("Videos of the river valley.", anonymous.get("/api/v1/config").json().get("instance").get("shortDescription").asText());

        open("/about");
        assertEquals("Videos of the river valley.", browser.findElement(By.id("about-short")).getText());
        assertTrue(browser.findElement(By.cssSelector(".about-administrator")).getText().contains("Run by the Valley film club"));
        String terms = browser.findElement(By.cssSelector(".about-terms")).getText();
        assertTrue(terms.contains("Be kind.") && terms.contains("No advertising."), terms);
        assertEquals(0L, js("return document.querySelectorAll('main script').length"), "user HTML is sanitised");
        assertTrue(!browser.findElement(By.tagName("main")).getText().contains("null"), "sections left empty are left out");
        assertTrue(browser.findElement(By.id("about-link")).isDisplayed(), "every page links to it");
        shot("about");

        WebDriver french = chromium("fr-FR,fr");
        try {
            french.get(bobine.url() + "/about");
            new WebDriverWait(french, Duration.ofSeconds(60)).until(d -> "/about".equals(
                ((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
            assertTrue(french.findElement(By.tagName("h1")).getText().startsWith("À propos de"));
            assertEquals("Qui la gère", french.findElement(By.cssSelector(".about-administrator h2")).getText());
            assertTrue(french.findElement(By.tagName("main")).getText().contains("Langues parlées ici : français, anglais."));
            assertEquals("Catégories privilégiées : Éducation, Sciences et technologies.", french.findElement(By.id("about-categories")).getText());
            noKeyShows((JavascriptExecutor) french);
            Files.write(SHOTS.resolve("about-fr.png"), ((TakesScreenshot) french).getScreenshotAs(OutputType.BYTES));
        } finally {
            french.quit();
        }
    }

    @Test
    void noRequestLeavesForAnotherHostAndEachListSaysHowItIsOrdered() throws Exception {
        String origin = bobine.url();
        Set<String> elsewhere = new TreeSet<>();
        Consumer<String> check = path -> {
            @SuppressWarnings("unchecked")
            List<String> urls = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".concat(performance.getEntriesByType('navigation').map(e => e.name))");
            assertTrue(urls.size() > 3, path + " made requests: " + urls);
            urls.stream().filter(u -> !u.startsWith(origin + "/")).forEach(u -> elsewhere.add(path + " -> " + u));
        };
        open("/");
        assertEquals("Recently added", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("list-explain")).getText().contains("newest first"));
        check.accept("/");
        browser.findElement(By.id("list-local")).click();
        await().until(d -> "/".equals(js("return document.body.dataset.ready")) && "Local videos".equals(
            browser.findElement(By.tagName("h1")).getText()));
        assertTrue(browser.findElement(By.id("list-explain")).getText().contains("uploaded to this instance"));
        open("/w/" + longVideo.get("shortUUID").asText());
        js("window.bobinePlayer.muted = true; window.bobinePlayer.play()");
        await().until(d -> ((Number) js("return window.bobinePlayer.currentTime")).doubleValue() > 1);
        check.accept("/w/");
        open("/about");
        check.accept("/about");
        open("/privacy");
        assertEquals(5L, js("return document.querySelectorAll('main p').length"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("bobine-lang"));
        check.accept("/privacy");
        shot("privacy");
        assertEquals(new TreeSet<String>(), elsewhere, "every request goes to the instance");
    }

    @Test
    void watchPagesCarryPreviewsForOtherAppsAndOembedDescribesThem() {
        String shortUuid = longVideo.get("shortUUID").asText();
        Api.Res page = Api.anonymous(bobine).get("/w/" + shortUuid);
        assertEquals(200, page.status());
        String html = page.text();
        assertTrue(html.contains("<meta property=\"og:title\" content=\"A long test pattern\">"), html);
        assertTrue(html.contains("og:video:url\" content=\"" + bobine.url() + "/videos/embed/" + longVideo.get("uuid").asText()));
        assertTrue(html.contains("application/json+oembed"));
        assertTrue(page.raw().headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        JsonNode o = Api.anonymous(bobine).get("/services/oembed?url=" + URLEncoder.encode(bobine.url() + "/w/" + shortUuid,
            StandardCharsets.UTF_8)).json();
        assertEquals("video", o.get("type").asText());
        assertTrue(o.get("html").asText().contains("/videos/embed/" + longVideo.get("uuid").asText()));
        assertEquals(404, Api.anonymous(bobine).get("/services/oembed?url=https%3A%2F%2Felsewhere.example%2Fw%2Fx").status());
        String priv = user.api().upload(user.channelId(), "Secret title", 3, "s.mp4", Media.video()).json().get("video")
            .get("uuid").asText();
        String privatePage = Api.anonymous(bobine).get("/videos/watch/" + priv).text();
        assertTrue(!privatePage.contains("Secret title"), "a private video's page says nothing about it");
    }
}
