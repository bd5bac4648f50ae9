package org.bobine.sdk.plugin;

import java.util.List;

/**
 * Register one as a service to have the web front end load scripts and styles from the plugin bundle. Paths
 * are inside the bundle, below {@code /client/}, and are served at
 * {@code /plugins/<name>/<version>/client-scripts/<path>} and {@code /plugins/<name>/<version>/static/<path>}.
 *
 * <p>A script is an ES module whose default export is {@code register({registerHook, peertubeHelpers})};
 * {@code registerHook({target, handler})} takes the client hook targets listed in the SDK guide.
 */
public interface ClientAssets {

    /**
     * A script and the pages it is loaded on.
     *
     * @param path   path below {@code /client/} in the bundle, for example "main.js"
     * @param scopes "common" (every page), "video-watch", "upload", "video-edit", "embed"
     */
    record Script(String path, List<String> scopes) {

        /** Copies the scopes so the record stays immutable. */
        public Script {
            scopes = List.copyOf(scopes);
        }
    }

    /** @return the scripts to load */
    List<Script> scripts();

    /** @return paths below {@code /client/} of style sheets every page loads */
    default List<String> styles() {
        return List.of();
    }
}
