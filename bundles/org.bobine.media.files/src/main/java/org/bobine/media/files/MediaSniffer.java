package org.bobine.media.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises media containers and images from their first bytes, so an upload whose content is not what
 * it claims is refused before it is stored. This is a gate, not a decoder: the media pipeline probes the
 * streams later.
 */
public final class MediaSniffer {

    private static final Map<String, String> VIDEO_MIME = Map.of(
        "mp4", "video/mp4", "webm", "video/webm", "ogg", "video/ogg", "quicktime", "video/quicktime");

    private MediaSniffer() {
    }

    /**
     * @param file a file
     * @return the container family ("mp4", "webm", "ogg"), or null when not a known video container
     * @throws IOException when unreadable
     */
    public static String videoContainer(Path file) throws IOException {
        byte[] h = head(file, 16);
        if (h.length >= 12 && h[4] == 'f' && h[5] == 't' && h[6] == 'y' && h[7] == 'p') {
            return "mp4";
        }
        if (h.length >= 8 && (h[4] == 'm' && h[5] == 'o' && h[6] == 'o' && h[7] == 'v'
            || h[4] == 'w' && h[5] == 'i' && h[6] == 'd' && h[7] == 'e' || h[4] == 'm' && h[5] == 'd' && h[6] == 'a' && h[7] == 't')) {
            return "quicktime";
        }
        if (h.length >= 4 && (h[0] & 0xff) == 0x1A && (h[1] & 0xff) == 0x45 && (h[2] & 0xff) == 0xDF && (h[3] & 0xff) == 0xA3) {
            return "webm";
        }
        if (h.length >= 4 && h[0] == 'O' && h[1] == 'g' && h[2] == 'g' && h[3] == 'S') {
            return "ogg";
        }
        return null;
    }

    /**
     * @param container a family from {@link #videoContainer(Path)}
     * @param extension the file's extension, with the dot
     * @return the MIME type to serve it with
     */
    public static String mimeFor(String container, String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        if (ext.equals(".mkv")) {
            return "video/x-matroska";
        }
        if (ext.equals(".ogv") || ext.equals(".ogg")) {
            return "video/ogg";
        }
        return VIDEO_MIME.getOrDefault(container, "application/octet-stream");
    }

    /**
     * @param bytes the start of a file
     * @return ".jpg", ".png" or ".webp" when the bytes are such an image, else null
     */
    public static String imageExtension(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 && (bytes[2] & 0xff) == 0xFF) {
            return ".jpg";
        }
        if (bytes.length >= 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return ".png";
        }
        if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
            && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return ".webp";
        }
        return null;
    }

    private static byte[] head(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }
}
