package org.bobine.plugins.videoimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlsTest {

    @Test
    void normalisesAcceptedUrls() {
        assertEquals(URI.create("https://example.com/"), Urls.check(" HTTPS://example.com "));
        assertEquals(URI.create("http://example.com:8080/a/b.mp4?x=1"), Urls.check("http://example.com:8080/a/b.mp4?x=1#t=3"));
        assertEquals(URI.create("http://[2606:2800:220:1::]/v"), Urls.check("http://[2606:2800:220:1::]/v"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/a.mp4", "file:///etc/passwd", "javascript:alert(1)", "example.com/a.mp4",
        "gopher://example.com/", "data:video/mp4;base64,AAAA", "http://", "http:///path", "http://exa mple.com/"})
    void refusesOtherSchemesAndBrokenUrls(String url) {
        assertThrows(IllegalArgumentException.class, () -> Urls.check(url));
    }

    @Test
    void refusesCredentials() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Urls.check("https://user:secret@example.com/a.mp4"));
        assertTrue(e.getMessage().contains("user name or password"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Urls.check("https://user@example.com/a.mp4"));
    }

    @Test
    void refusesLongUrls() {
        String base = "https://example.com/";
        assertEquals(2000, Urls.check(base + "a".repeat(2000 - base.length())).toString().length());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Urls.check(base + "a".repeat(2001 - base.length())));
        assertTrue(e.getMessage().contains("2000"), e.getMessage());
    }

    @Test
    void resolvesRelativeLinksAndChecksThem() {
        URI page = URI.create("https://example.com/watch/1");
        assertEquals(URI.create("https://example.com/media/1.mp4"), Urls.resolve(page, "/media/1.mp4"));
        assertEquals(URI.create("https://cdn.example.net/1.mp4"), Urls.resolve(page, "//cdn.example.net/1.mp4"));
        assertThrows(IllegalArgumentException.class, () -> Urls.resolve(page, "ftp://example.com/1.mp4"));
        assertThrows(IllegalArgumentException.class, () -> Urls.resolve(page, "http://a:b@example.com/1.mp4"));
    }

    @Test
    void hostsAndPorts() {
        assertEquals("::1", Urls.host(URI.create("http://[::1]:8080/")));
        assertEquals(443, Urls.port(URI.create("https://example.com/")));
        assertEquals(80, Urls.port(URI.create("http://example.com/")));
        assertEquals(8080, Urls.port(URI.create("http://example.com:8080/")));
    }
}
