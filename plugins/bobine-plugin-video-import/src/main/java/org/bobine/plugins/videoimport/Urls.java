package org.bobine.plugins.videoimport;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The rules a URL must follow to be fetched: the import's target, every redirect and every page's video link. */
final class Urls {

    /** Longest URL accepted, in characters. */
    static final int MAX_LENGTH = 2000;

    private Urls() {
    }

    /**
     * @param url a URL as given
     * @return the URL, normalised (lower-case scheme, no fragment, at least "/" as path)
     * @throws IllegalArgumentException with a message for the user when the URL is not acceptable
     */
    static URI check(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("targetUrl is required");
        }
        String text = url.strip();
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The URL is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The URL is not valid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("Only http:// and https:// URLs can be imported");
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            throw new IllegalArgumentException("The URL has no host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) {
            throw new IllegalArgumentException("The URL must not contain a user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("The URL's host is not valid (internationalised names must be "
                + "given in their ASCII form)");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new IllegalArgumentException("The URL's port is not valid");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        try {
            URI normal = new URI(scheme + "://" + uri.getRawAuthority() + path + query).parseServerAuthority();
            return URI.create(normal.toASCIIString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The URL is not valid");
        }
    }

    /**
     * @param base     the URL of the response that gave the link
     * @param location a redirect's Location or a page's link, absolute or relative
     * @return the checked absolute URL
     * @throws IllegalArgumentException when it is not acceptable
     */
    static URI resolve(URI base, String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("An empty link was given");
        }
        URI target;
        try {
            target = base.resolve(new URI(location.strip()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("A link is not a valid URL");
        }
        return check(target.toString());
    }

    /**
     * @param uri a checked URL
     * @return its host, without the brackets of an IPv6 literal
     */
    static String host(URI uri) {
        String h = uri.getHost();
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    /**
     * @param uri a checked URL
     * @return its port, the scheme's default when none is given
     */
    static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
