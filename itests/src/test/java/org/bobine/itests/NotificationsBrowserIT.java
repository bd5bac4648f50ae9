package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The notification badge in Debian's headless Chromium, on the shared instance: it lights up live (the
 * page's Server-Sent Events stream, read with fetch) when another user comments on the viewer's video, the
 * notifications page lists it, and "Mark all as read" puts the badge out; the page in French.
 */
@ExtendWith(BobineExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsBrowserIT {

    private static final Path SHOTS = Paths.get(System.getProperty("bobine.work", "target/instances")).resolveSibling("screenshots");

    private final Bobine bobine;
    private WebDriver browser;
    private Users.TestUser viewer;
    private Users.TestUser commenter;
    private String video;

    NotificationsBrowserIT(Bobine bobine) {
        this.bobine = bobine;
    }

    @BeforeAll
    void setUp() throws Exception {
        viewer = Users.create(bobine, "badge");
        commenter = Users.create(bobine, "talker");
        Api.Res r = viewer.api().upload(viewer.channelId(), "Comment on me", 1, "v.mp4", Media.video());
        assertEquals(200, r.status(), r.toString());
        video = r.json().get("video").get("uuid").asText();
        Published.await(viewer.api(), video);
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void shutdown() {
        if (browser != null) {
            browser.quit();
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

    private long unreadShown() {
        Object v = js("const b = document.getElementById('notification-badge'); return b && !b.hidden ? Number(b.dataset.unread) : 0");
        return ((Number) v).longValue();
    }

    @Test
    void theBadgeLightsUpLiveWhenSomeoneComments() throws Exception {
        open("/");
        js("localStorage.setItem('bobine.tokens', JSON.stringify({access: arguments[0], refresh: null}))", viewer.token());
        open("/");
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("notifications-link")));
        // The stream opened and said the count (the publication of the video, at least, is unread).
        await().until(d -> unreadShown() >= 1);
        long before = unreadShown();

        Api.Res c = commenter.api().postJson("/api/v1/videos/" + video + "/comment-threads", Api.obj("text", "Seen live?"));
        assertEquals(200, c.status(), c.toString());
        // No reload, no polling: the page learns it from its stream.
        await().until(d -> unreadShown() == before + 1);
        Files.write(SHOTS.resolve("notification-badge.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.id("notifications-link")).click();
        await().until(d -> "/my-account/notifications".equals(js("return document.body.dataset.ready")));
        WebElement item = await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#notifications li[data-type='2'].unread")));
        assertTrue(item.getText().contains(commenter.name()), item.getText());
        assertTrue(item.getText().contains("Comment on me"), item.getText());
        assertTrue(browser.findElement(By.id("notification-settings")).isDisplayed());
        Files.write(SHOTS.resolve("notifications.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.id("notifications-read-all")).click();
        await().until(d -> unreadShown() == 0);
        await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#notifications li.unread")));

        // A comment while the page is open appears in the list too.
        commenter.api().postJson("/api/v1/videos/" + video + "/comment-threads", Api.obj("text", "And again"));
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#notifications li.unread")));
        await().until(d -> unreadShown() == 1);

        // The settings form stores what is ticked.
        WebElement email = browser.findElement(By.name("newCommentOnMyVideo.2"));
        email.click();
        browser.findElement(By.id("notification-settings-save")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notification-settings-status"), "Settings saved."));
        assertEquals(3, viewer.api().get("/api/v1/users/me").json().get("notificationSettings").get("newCommentOnMyVideo").asInt());

        // In French.
        browser.manage().addCookie(new org.openqa.selenium.Cookie("bobine-lang", "fr"));
        open("/my-account/notifications");
        assertEquals("Mes notifications", browser.findElement(By.cssSelector("main h1")).getText());
        assertEquals("Tout marquer comme lu", browser.findElement(By.id("notifications-read-all")).getText());
        browser.manage().deleteCookieNamed("bobine-lang");
    }
}
