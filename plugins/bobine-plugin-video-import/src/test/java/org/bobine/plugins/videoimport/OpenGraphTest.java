package org.bobine.plugins.videoimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenGraphTest {

    private static final URI PAGE = URI.create("https://example.com/watch/42");

    @Test
    void readsVideoTitleAndDescription() {
        OpenGraph.Page p = OpenGraph.parse("""
            <html><head>
            <title>Fallback</title>
            <meta property="og:title" content="A &amp; B &#8211; the film">
            <meta property='og:description' content='Shot in &quot;Lyon&quot;'>
            <meta property="og:video" content="/media/42.mp4" />
            <meta property="og:video:secure_url" content="https://cdn.example.com/42.mp4">
            <meta property="og:video:type" content="video/mp4">
            </head><body></body></html>""", PAGE);
        assertEquals("A & B \u2013 the film", p.title());
        assertEquals("Shot in \"Lyon\"", p.description());
        assertEquals(List.of(URI.create("https://cdn.example.com/42.mp4"), URI.create("https://example.com/media/42.mp4")),
            p.videos());
    }

    @Test
    void skipsPlayersThatAreNotMediaAndKeepsTwitterStreams() {
        OpenGraph.Page p = OpenGraph.parse("""
            <meta content="https://example.com/embed/42" property="og:video:url">
            <meta property="og:video:type" content="text/html">
            <meta property="og:video:url" content="https://example.com/42.webm">
            <meta property="og:video:type" content="video/webm">
            <meta name="twitter:player:stream" content="https://example.com/42-stream.mp4">
            <meta name="twitter:title" content="Twitter title">
            <meta name="description" content="Plain description">
            """, PAGE);
        assertEquals(List.of(URI.create("https://example.com/42.webm"), URI.create("https://example.com/42-stream.mp4")),
            p.videos());
        assertEquals("Twitter title", p.title());
        assertEquals("Plain description", p.description());
    }

    @Test
    void dropsLinksThatCannotBeImportedAndPlaylists() {
        OpenGraph.Page p = OpenGraph.parse("""
            <meta property="og:video" content="ftp://example.com/a.mp4">
            <meta property="og:video" content="https://user:pw@example.com/b.mp4">
            <meta property="og:video" content="https://example.com/c.m3u8">
            <meta property="og:video:type" content="application/x-mpegURL">
            <META PROPERTY="OG:VIDEO" CONTENT="https://example.com/d.mp4">
            """, PAGE);
        assertEquals(List.of(URI.create("https://example.com/d.mp4")), p.videos());
        assertNull(p.title());
    }

    @Test
    void pageTitleIsTheLastResort() {
        OpenGraph.Page p = OpenGraph.parse("<html><head><title> Just a page </title></head></html>", PAGE);
        assertEquals("Just a page", p.title());
        assertEquals(List.of(), p.videos());
    }

    @Test
    void keepsAtMostFiveLinks() {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            html.append("<meta property=\"og:video\" content=\"https://example.com/").append(i).append(".mp4\">\n");
        }
        assertEquals(OpenGraph.MAX_VIDEOS, OpenGraph.parse(html.toString(), PAGE).videos().size());
    }
}
