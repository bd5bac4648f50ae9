package org.bobine.player.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The front end's files, read once from this bundle's {@code web/} folder, with their ETag. */
final class Assets {

    /** One file. */
    record Asset(byte[] bytes, String contentType, String etag) {
    }

    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
        "mjs", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "html", "text/html; charset=utf-8",
        "svg", "image/svg+xml", "png", "image/png", "json", "application/json", "map", "application/json",
        "ico", "image/x-icon", "woff2", "font/woff2");

    private final ClassLoader loader;
    private final Map<String, Asset> cache = new ConcurrentHashMap<>();

    Assets(ClassLoader loader) {
        this.loader = loader;
    }

    /** @param path a path below web/, without a leading slash @return the file, or null */
    Asset get(String path) {
        if (path == null || path.isEmpty() || path.contains("..") || path.startsWith("/") || path.contains("\\")) {
            return null;
        }
        return cache.computeIfAbsent(path, this::load);
    }

    private Asset load(String path) {
        URL url = loader.getResource("web/" + path);
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            String ext = path.substring(path.lastIndexOf('.') + 1);
            String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12) + "\"";
            return new Asset(bytes, TYPES.getOrDefault(ext, "application/octet-stream"), etag);
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }
}
