package org.bobine.media.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaSnifferTest {

    @TempDir
    Path dir;

    private String container(byte[] head) throws Exception {
        byte[] content = new byte[head.length + 64];
        System.arraycopy(head, 0, content, 0, head.length);
        return MediaSniffer.videoContainer(Files.write(dir.resolve("f" + System.nanoTime()), content));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void mp4HasAnFtypBox() throws Exception {
        assertEquals("mp4", container(ascii("\0\0\0\u0020ftypisom\0\0\u0002\0")));
        assertEquals("mp4", container(ascii("\0\0\0\u0018ftypqt  ")));
    }

    @Test
    void quicktimeStartsWithMoovWideOrMdat() throws Exception {
        assertEquals("quicktime", container(ascii("\0\0\0\u0008wide")));
        assertEquals("quicktime", container(ascii("\0\0\u0010\0moov")));
        assertEquals("quicktime", container(ascii("\0\0\u0010\0mdat")));
    }

    @Test
    void webmIsEbml() throws Exception {
        assertEquals("webm", container(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86}));
    }

    @Test
    void oggStartsWithOggS() throws Exception {
        assertEquals("ogg", container(ascii("OggS\0\u0002")));
    }

    @Test
    void anythingElseIsNotAVideo() throws Exception {
        byte[] random = new byte[4096];
        new Random(1).nextBytes(random);
        // Make sure the random bytes do not happen to carry a signature.
        random[0] = 'x';
        random[4] = 'x';
        assertNull(container(random));
        assertNull(container(ascii("<html><body>not a video</body></html>")));
        assertNull(MediaSniffer.videoContainer(Files.write(dir.resolve("empty"), new byte[0])));
        assertNull(MediaSniffer.videoContainer(Files.write(dir.resolve("short"), ascii("ftyp"))));
    }

    @Test
    void mimeTypes() {
        assertEquals("video/mp4", MediaSniffer.mimeFor("mp4", ".mp4"));
        assertEquals("video/webm", MediaSniffer.mimeFor("webm", ".webm"));
        assertEquals("video/x-matroska", MediaSniffer.mimeFor("webm", ".MKV"));
        assertEquals("video/ogg", MediaSniffer.mimeFor("ogg", ".ogv"));
        assertEquals("video/quicktime", MediaSniffer.mimeFor("quicktime", ".mov"));
        assertEquals("application/octet-stream", MediaSniffer.mimeFor("other", ".bin"));
    }

    @Test
    void images() {
        assertEquals(".jpg", MediaSniffer.imageExtension(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(".png", MediaSniffer.imageExtension(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D}));
        assertEquals(".webp", MediaSniffer.imageExtension(ascii("RIFF\u0024\0\0\0WEBPVP8 ")));
        assertNull(MediaSniffer.imageExtension(ascii("RIFF\u0024\0\0\0WAVEfmt ")));
        assertNull(MediaSniffer.imageExtension(ascii("GIF89a")));
        assertNull(MediaSniffer.imageExtension(new byte[0]));
        assertNull(MediaSniffer.imageExtension(new byte[] {(byte) 0xFF, (byte) 0xD8}));
    }
}
