package org.bobine.instance.api;

import java.nio.file.Path;
import java.util.Map;
import org.bobine.core.api.Caller;
import org.osgi.annotation.versioning.ProviderType;

/** The instance's identity and public configuration. */
@ProviderType
public interface InstanceService {

    /** @return the public base URL, without trailing slash, e.g. {@code http://localhost:9000} */
    String publicUrl();

    /** @return host and port as in actor handles, e.g. {@code localhost:9000} */
    String host();

    /** @return the instance's name */
    String name();


    /**
     * @return the data directory: every component keeps its state below it, so a backup is one folder
     */
    Path dataDirectory();

    /** @return the JSON tree of {@code GET /api/v1/config}, in PeerTube's shape */
    Map<String, Object> publicConfig();

    /**
     * @return {@code GET /api/v1/config/about} in PeerTube's shape: who runs the instance, its rules and terms
     */
    Map<String, Object> about();

    /**
     * @param caller an administrator
     * @return the fields of PeerTube's custom configuration that Bobine lets administrators edit
     */
    Map<String, Object> customConfig(Caller caller);

    /**
     * Changes the editable fields ({@code instance.*} of PeerTube's {@code PUT /api/v1/config/custom}); fields
     * left out keep their value. Stored in the data directory, so they survive restarts.
     *
     * @param caller an administrator
     * @param custom PeerTube's custom configuration JSON tree
     * @return the configuration after the change
     */
    Map<String, Object> updateCustomConfig(Caller caller, Map<String, Object> custom);
}
