package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * Playlists in Debian's headless Chromium, on the shared instance: a viewer saves two videos to Watch later
 * from their watch pages, opens the playlist from "My playlists", reorders it by dragging and with its buttons,
 * plays it, and the player goes on to the second element from that element's start time. Every wait is on the
 * page's state.
 */
@ExtendWith(BobineExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaylistBrowserIT {

    private static final Path SHOTS = Paths.get(System.getProperty("bobine.work", "target/instances")).resolveSibling("screenshots");

    private final Bobine bobine;
    private WebDriver browser;
    private Users.TestUser viewer;
    private JsonNode first;
    private JsonNode second;

    PlaylistBrowserIT(Bobine bobine) {
        this.bobine = bobine;
    }

    @BeforeAll
    void setUp() throws Exception {
        Users.TestUser creator = Users.create(bobine, "maker");
        viewer = Users.create(bobine, "saver");
        first = upload(creator, "Playlist first clip");
        second = upload(creator, "Playlist second clip");
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--mute-audio",
            "--autoplay-policy=no-user-gesture-required", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
    }

    private static JsonNode upload(Users.TestUser u, String name) {
        Api.Res r = u.api().upload(u.channelId(), name, 1, "v.mp4", Media.video(), "playlist");
        assertEquals(200, r.status(), r.toString());
        return Published.await(u.api(), r.json().get("video").get("uuid").asText());
    }

    @AfterAll
    void tearDown() {
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

    private void ready(String path) {
        await().until(d -> path.equals(js("return document.body.dataset.ready")));
    }

    private void saveToWatchLater(JsonNode video) {
        browser.get(bobine.url() + "/w/" + video.get("shortUUID").asText());
        ready("/w/" + video.get("shortUUID").asText());
        await().until(ExpectedConditions.elementToBeClickable(By.id("save"))).click();
        WebElement box = await().until(ExpectedConditions.elementToBeClickable(By.id("save-watch-later")));
        assertEquals("Watch later", browser.findElement(By.cssSelector("label[for=save-watch-later]")).getText());
        box.click();
        await().until(d -> "true".equals(d.findElement(By.id("save-watch-later")).getAttribute("data-saved")));
        assertEquals("Saved to Watch later", browser.findElement(By.id("save-status")).getText());
        browser.findElement(By.id("save-close")).click();
    }

    /** The elements' ids in the order the page shows them, read at once (the list is rebuilt after each change). */
    @SuppressWarnings("unchecked")
    private List<String> shownOrder() {
        return new ArrayList<>((List<String>) js("return [...document.querySelectorAll('#playlist-elements li.playlist-element')]"
            + ".map(li => li.dataset.elementId)"));
    }

    @Test
    void aViewerSavesToWatchLaterAndThePlaylistPlaysOnToTheNextVideo() throws Exception {
        browser.get(bobine.url() + "/login?next=/w/" + second.get("shortUUID").asText());
        ready("/login");
        browser.findElement(By.name("username")).sendKeys(viewer.name());
        browser.findElement(By.name("password")).sendKeys(viewer.password());
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        await().until(ExpectedConditions.elementToBeClickable(By.id("save")));
        saveToWatchLater(second);
        saveToWatchLater(first);

        long watchLater = viewer.api().get("/api/v1/users/me").json().get("specialPlaylists").get(0).get("id").asLong();
        JsonNode elements = viewer.api().get("/api/v1/video-playlists/" + watchLater + "/videos").json();
        assertEquals(2, elements.get("total").asInt(), "what the page showed is what the instance kept");
        String secondElement = elements.get("data").get(0).get("id").asText();
        String firstElement = elements.get("data").get(1).get("id").asText();
        // The element that will play second starts one second in: the player must honour it.
        assertEquals(204, viewer.api().putJson("/api/v1/video-playlists/" + watchLater + "/videos/" + secondElement,
            Api.obj("startTimestamp", 1)).status());

        browser.get(bobine.url() + "/my-library/video-playlists");
        ready("/my-library/video-playlists");
        WebElement link = await().until(ExpectedConditions.elementToBeClickable(
            By.xpath("//ul[@id='my-playlists']//a[@class='title' and text()='Watch later']")));
        String page = link.getAttribute("pathname");
        link.click();
        ready(page);
        await().until(d -> "1".equals(d.findElement(By.id("playlist-page")).getAttribute("data-playlist-position")));
        assertEquals(List.of(secondElement, firstElement), shownOrder());

        // Reordered by dragging (the page's drag and drop handlers, given the browser's drag events): the first
        // saved, dropped on the top element, takes its place.
        js("const from = document.querySelector(\"li[data-element-id='\" + arguments[0] + \"']\");"
            + "const to = document.querySelector(\"li[data-element-id='\" + arguments[1] + \"']\");"
            + "const dt = new DataTransfer();"
            + "from.dispatchEvent(new DragEvent('dragstart', {dataTransfer: dt, bubbles: true}));"
            + "to.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));"
            + "to.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
            firstElement, secondElement);
        await().until(d -> shownOrder().equals(List.of(firstElement, secondElement)));
        JsonNode after = viewer.api().get("/api/v1/video-playlists/" + watchLater + "/videos").json();
        assertEquals(firstElement, after.get("data").get(0).get("id").asText(), "the drag reordered the playlist itself");
        // And with the buttons: down, then up again.
        browser.findElement(By.cssSelector("li[data-element-id='" + firstElement + "'] button.move-down")).click();
        await().until(d -> shownOrder().equals(List.of(secondElement, firstElement)));
        browser.findElement(By.cssSelector("li[data-element-id='" + firstElement + "'] button.move-up")).click();
        await().until(d -> shownOrder().equals(List.of(firstElement, secondElement)));
        after = viewer.api().get("/api/v1/video-playlists/" + watchLater + "/videos").json();
        assertEquals(firstElement, after.get("data").get(0).get("id").asText());
        Files.write(SHOTS.resolve("playlist.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        // Played from the top: the first clip plays out, then the player moves to the next element.
        browser.findElement(By.cssSelector("li[data-element-id='" + firstElement + "'] button.playlist-play")).click();
        await().until(d -> js("return window.bobinePlayer && !window.bobinePlayer.paused && window.bobinePlayer.currentTime >= 1") == Boolean.TRUE);
        assertEquals(first.get("name").asText(), browser.findElement(By.id("playlist-current")).getText());
        await().until(d -> "2".equals(d.findElement(By.id("playlist-page")).getAttribute("data-playlist-position")));
        assertEquals(second.get("name").asText(), browser.findElement(By.id("playlist-current")).getText());
        assertTrue(browser.getCurrentUrl().endsWith("?playlistPosition=2"), browser.getCurrentUrl());
        // It played from its start time: the first range it played begins at one second, not at zero.
        await().until(d -> js("const p = window.bobinePlayer; return p.played.length > 0 && !p.paused") == Boolean.TRUE);
        double from = ((Number) js("return window.bobinePlayer.played.start(0)")).doubleValue();
        assertTrue(from >= 0.9, "the second element started at " + from + " s");
        await().until(d -> "end".equals(d.findElement(By.id("playlist-page")).getAttribute("data-playlist-position")));
        assertEquals("End of the playlist.", browser.findElement(By.id("playlist-end")).getText());
    }

    @Test
    void myPlaylistsCreatesWithAThumbnailChangesAndDeletes() throws Exception {
        Users.TestUser keeper = Users.create(bobine, "keeper");
        browser.get(bobine.url() + "/login?next=/my-library/video-playlists");
        ready("/login");
        js("localStorage.clear()");
        browser.findElement(By.name("username")).sendKeys(keeper.name());
        browser.findElement(By.name("password")).sendKeys(keeper.password());
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        WebElement name = await().until(ExpectedConditions.elementToBeClickable(By.id("create-playlist-name")));
        name.sendKeys("Road trip");
        browser.findElement(By.id("create-playlist-description")).sendKeys("Songs for the road");
        Path image = Files.createTempFile(SHOTS, "cover-", ".jpg");
        Files.write(image, Media.thumbnail());
        browser.findElement(By.id("create-playlist-thumbnail")).sendKeys(image.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#create-playlist-form button[type=submit]")).click();
        WebElement row = await().until(ExpectedConditions.presenceOfElementLocated(
            By.xpath("//li[@class='my-playlist' and .//a[@class='title' and text()='Road trip']]")));
        String id = row.getAttribute("data-playlist-id");
        JsonNode p = keeper.api().get("/api/v1/video-playlists/" + id).json();
        assertEquals("Songs for the road", p.get("description").asText());
        assertTrue(p.get("thumbnailPath").asText().startsWith("/lazy-static/playlist-thumbnails/"), p.toString());
        String shown = row.findElement(By.tagName("img")).getAttribute("src");
        assertTrue(shown.endsWith(p.get("thumbnailPath").asText()), shown);

        row.findElement(By.className("edit-playlist")).click();
        WebElement edit = await().until(ExpectedConditions.elementToBeClickable(By.id("edit-playlist-name")));
        edit.clear();
        edit.sendKeys("Long road trip");
        browser.findElement(By.cssSelector("#edit-playlist-form button[type=submit]")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//li[@data-playlist-id='" + id
            + "']//a[@class='title' and text()='Long road trip']")));
        assertEquals("Long road trip", keeper.api().get("/api/v1/video-playlists/" + id).json().get("displayName").asText());

        By delete = By.cssSelector("li[data-playlist-id='" + id + "'] .delete-playlist");
        browser.findElement(delete).click();
        await().until(ExpectedConditions.textToBe(delete, "Delete for good"));
        browser.findElement(delete).click();
        await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("li[data-playlist-id='" + id + "']")));
        assertEquals(404, keeper.api().get("/api/v1/video-playlists/" + id).status());
        assertTrue(browser.findElements(By.cssSelector("li.my-playlist")).size() == 1, "Watch later stays, without a delete button");
        assertTrue(browser.findElements(By.cssSelector("li.my-playlist .delete-playlist")).isEmpty());
    }
}
