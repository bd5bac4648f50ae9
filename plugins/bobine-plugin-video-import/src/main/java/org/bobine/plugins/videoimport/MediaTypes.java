package org.bobine.plugins.videoimport;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which responses are media files, which are pages, and the file extensions that go with them. */
final class MediaTypes {

    /** Extensions of media files, for responses typed application/octet-stream. */
    static final Set<String> MEDIA_EXTENSIONS = Set.of("mp4", "m4v", "webm", "mkv", "mov", "avi", "ogv", "ogg",
        "mpg", "mpeg", "ts", "mts", "m2ts", "flv", "wmv", "3gp", "mp3", "m4a", "wav", "flac", "opus", "aac", "oga",
        "weba");

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
        Map.entry("video/mp4", "mp4"), Map.entry("video/webm", "webm"), Map.entry("video/ogg", "ogv"),
        Map.entry("video/quicktime", "mov"), Map.entry("video/x-matroska", "mkv"), Map.entry("video/x-msvideo", "avi"),
        Map.entry("video/mpeg", "mpg"), Map.entry("video/mp2t", "ts"), Map.entry("video/3gpp", "3gp"),
        Map.entry("video/x-flv", "flv"), Map.entry("video/x-ms-wmv", "wmv"), Map.entry("video/x-m4v", "m4v"),
        Map.entry("audio/mpeg", "mp3"), Map.entry("audio/mp4", "m4a"), Map.entry("audio/x-m4a", "m4a"),
        Map.entry("audio/ogg", "ogg"), Map.entry("audio/wav", "wav"), Map.entry("audio/x-wav", "wav"),
        Map.entry("audio/flac", "flac"), Map.entry("audio/x-flac", "flac"), Map.entry("audio/aac", "aac"),
        Map.entry("audio/opus", "opus"), Map.entry("audio/webm", "weba"), Map.entry("application/ogg", "ogg"),
        Map.entry("application/mp4", "mp4"));

    private MediaTypes() {
    }

    /**
     * @param contentType a Content-Type header, or null
     * @return its media type in lower case without parameters, "" when absent
     */
    static String base(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @param contentType a media type (from a header or an og:video:type tag)
     * @return true when it may be a media file (application/octet-stream included); playlists (HLS, DASH) are not
     */
    static boolean isMediaType(String contentType) {
        String t = base(contentType);
        if (t.contains("mpegurl") || t.contains("dash+xml")) {
            return false;
        }
        return t.startsWith("video/") || t.startsWith("audio/") || t.equals("application/mp4")
            || t.equals("application/ogg") || isOctetStream(t);
    }

    /**
     * @param contentType the response's Content-Type
     * @param name        the file name the response gives (Content-Disposition or the URL's last segment), or null
     * @return true when the response is a media file to download
     */
    static boolean isMedia(String contentType, String name) {
        String t = base(contentType);
        if (!isMediaType(t)) {
            return false;
        }
        return !isOctetStream(t) || MEDIA_EXTENSIONS.contains(extension(name));
    }

    /**
     * @param contentType the response's Content-Type
     * @return true for an HTML page
     */
    static boolean isHtml(String contentType) {
        String t = base(contentType);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    /**
     * @param contentType a media type
     * @return the usual extension for it, or "" when unknown
     */
    static String extensionFor(String contentType) {
        return EXTENSIONS.getOrDefault(base(contentType), "");
    }

    /**
     * @param name a file name, or null
     * @return its extension in lower case, "" when none
     */
    static String extension(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isOctetStream(String t) {
        return t.equals("application/octet-stream") || t.equals("binary/octet-stream");
    }
}
