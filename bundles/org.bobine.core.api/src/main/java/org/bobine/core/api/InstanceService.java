package org.bobine.core.api;

import java.nio.file.Path;
import java.util.Map;

/** The instance's identity and public configuration. */
public interface InstanceService {

    /** @return the public base URL, without trailing slash, e.g. {@code http://localhost:9000} */
    String publicUrl();

    /** @return host and port as in actor handles, e.g. {@code localhost:9000} */
    String host();

    /** @return the instance's name */
    String name();

    /** @return whether visitors may register */
    boolean signupAllowed();

    /**
     * @return the data directory: every component keeps its state below it, so a backup is one folder
     * @since 1.1
     */
    Path dataDirectory();

    /** @return the JSON tree of {@code GET /api/v1/config}, in PeerTube's shape */
    Map<String, Object> publicConfig();
}
