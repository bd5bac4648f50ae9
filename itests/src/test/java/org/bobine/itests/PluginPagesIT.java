package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
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
 * Plugins as viewers and administrators meet them, in Debian's headless Chromium: the NSFW filter's client
 * script blurring sensitive thumbnails, the password prompt of a password-protected video, and the admin
 * page that lists, disables, enables and configures plugins. An instance of its own: plugins change what
 * every page shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginPagesIT {

    private static final Path SHOTS = Paths.get(System.getProperty("bobine.work", "target/instances")).resolveSibling("screenshots");
    private static final Path KARS = Paths.get(System.getProperty("bobine.plugins", "target/plugins"));

    private Bobine bobine;
    private Api root;
    private WebDriver browser;
    private JsonNode sensitive;
    private JsonNode locked;
    private HttpServer media;

    @BeforeAll
    void boot() throws Exception {
        // Imports from the test's own loopback server are allowed on this instance.
        bobine = Bobine.create("pluginpages", Map.of("BOBINE_ALLOW_PRIVATE_ADDRESSES", "true"));
        root = Users.root(bobine);
        media = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] clip = Media.video();
        media.createContext("/clip.mp4", x -> {
            x.getResponseHeaders().add("Content-Type", "video/mp4");
            x.sendResponseHeaders(200, clip.length);
            try (var o = x.getResponseBody()) {
                o.write(clip);
            }
        });
        media.start();
        for (String p : new String[] {"nsfw-filter", "video-password", "video-import"}) {
            Api.Res r = root.postJson("/api/v1/plugins/install",
                Api.obj("path", KARS.resolve("bobine-plugin-" + p + "-plugin.kar").toAbsolutePath().toString()));
            assertEquals(200, r.status(), r.toString());
        }
        Bobine.sleep(1000);
        assertEquals(204, root.putJson("/api/v1/plugins/nsfw-filter/settings",
            Api.obj("settings", Api.obj("policy", "blur", "words", "gore"))).status());
        Users.TestUser user = Users.create(bobine, "pages");
        String uuid = user.api().upload(user.channelId(), "A clip with gore", 1, "v.mp4", Media.video())
            .json().get("video").get("uuid").asText();
        sensitive = Published.await(user.api(), uuid);
        assertTrue(sensitive.get("nsfw").asBoolean());
        Api.Multipart m = new Api.Multipart().field("name", "A locked clip").field("channelId", String.valueOf(user.channelId()))
            .field("privacy", "5").field("videoPasswords[0]", "open-sesame").file("videofile", "v.mp4", "video/mp4", Media.video());
        Api.Res r = user.api().multipart("/api/v1/videos/upload", m);
        assertEquals(200, r.status(), r.toString());
        locked = Published.await(user.api(), r.json().get("video").get("uuid").asText());
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--mute-audio",
            "--autoplay-policy=no-user-gesture-required", "--window-size=1280,900");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    }

    @AfterAll
    void shutdown() {
        if (browser != null) {
            browser.quit();
        }
        if (media != null) {
            media.stop(0);
        }
        if (bobine != null) {
            bobine.close();
        }
    }

    private WebDriverWait await() {
        // A guard so a broken page fails the test instead of hanging the build; not a performance check.
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void open(String path) {
        browser.get(bobine.url() + path);
        await().until(d -> path.split("\\?")[0].equals(js("return document.body.dataset.ready")));
    }

    private void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    @Order(1)
    void thePluginsScriptBlursSensitiveThumbnails() throws Exception {
        open("/");
        await().until(d -> Boolean.TRUE.equals(js("return document.body.classList.contains('bobine-nsfw-blur')")));
        WebElement thumb = await().until(ExpectedConditions.presenceOfElementLocated(
            By.xpath("//article[.//a[@class='title' and text()='A clip with gore']]//*[@data-nsfw='true']//img")));
        await().until(d -> String.valueOf(js("return getComputedStyle(arguments[0]).filter", thumb)).contains("blur"));
        shot("plugin-nsfw-blur");
    }

    @Test
    @Order(2)
    void theWatchPageAsksForThePasswordThenPlays() throws Exception {
        open("/w/" + locked.get("shortUUID").asText());
        WebElement field = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("video-password")));
        field.sendKeys("not-it");
        browser.findElement(By.id("video-password-submit")).click();
        WebElement error = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("video-password-error")));
        await().until(d -> !error.getText().isBlank());
        shot("plugin-password-wrong");
        WebElement again = browser.findElement(By.id("video-password"));
        again.clear();
        again.sendKeys("open-sesame");
        browser.findElement(By.id("video-password-submit")).click();
        await().until(d -> Boolean.TRUE.equals(js("return !!(window.bobinePlayer && window.bobinePlayer.readyState >= 2)")));
        js("window.bobinePlayer.play()");
        await().until(d -> ((Number) js("return window.bobinePlayer.currentTime")).doubleValue() > 0.5);
        shot("plugin-password-playing");
    }

    @Test
    @Order(3)
    void theAdminPageDisablesEnablesAndConfiguresPlugins() throws Exception {
        open("/login");
        browser.findElement(By.name("username")).sendKeys("root");
        browser.findElement(By.name("password")).sendKeys(Bobine.ROOT_PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
        open("/admin/plugins");
        By nsfwRow = By.cssSelector("#plugins [data-plugin='nsfw-filter']");
        await().until(ExpectedConditions.visibilityOfElementLocated(nsfwRow));
        assertTrue(browser.findElement(By.cssSelector("#plugins [data-plugin='video-password']")).getText().contains("running"));
        shot("plugin-admin");

        browser.findElement(nsfwRow).findElement(By.cssSelector(".plugin-disable")).click();
        await().until(d -> "disabled".equals(root.get("/api/v1/plugins/nsfw-filter").json().get("state").asText()));
        await().until(d -> d.findElement(nsfwRow).getText().contains("disabled"));
        d(nsfwRow, ".plugin-enable").click();
        await().until(d -> "running".equals(root.get("/api/v1/plugins/nsfw-filter").json().get("state").asText()));

        await().until(ExpectedConditions.elementToBeClickable(d(nsfwRow, ".plugin-settings"))).click();
        WebElement dialog = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("plugin-settings-dialog")));
        new Select(dialog.findElement(By.name("policy"))).selectByValue("hide");
        shot("plugin-settings");
        dialog.findElement(By.id("plugin-settings-save")).click();
        await().until(d -> "hide".equals(root.get("/api/v1/plugins/nsfw-filter/settings").json().get("policy").asText()));
    }

    @Test
    @Order(4)
    void anImportByUrlIsFollowedOnTheUploadPageAndListedInMyVideos() throws Exception {
        open("/upload");
        String url = "http://127.0.0.1:" + media.getAddress().getPort() + "/clip.mp4";
        WebElement field = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-url")));
        field.sendKeys(url);
        browser.findElement(By.id("import-name")).sendKeys("Imported through the page");
        browser.findElement(By.id("import-submit")).click();
        WebElement link = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-video-link")));
        assertTrue(link.getAttribute("href").contains("/w/"), link.getAttribute("href"));
        shot("plugin-import");
        open("/my-videos");
        WebElement row = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#imports [data-import]")));
        assertTrue(row.getText().contains(url), row.getText());
    }

    private WebElement d(By row, String css) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(row)).findElement(By.cssSelector(css));
    }
}
