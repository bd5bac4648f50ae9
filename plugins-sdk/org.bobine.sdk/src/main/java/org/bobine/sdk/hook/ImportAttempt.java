package org.bobine.sdk.hook;

/**
 * An import by URL about to start, for {@link Hooks#FILTER_PRE_IMPORT_URL_ACCEPT}.
 *
 * @param username  the importing user
 * @param targetUrl the URL to import from
 * @since 1.1
 */
public record ImportAttempt(String username, String targetUrl) {
}
