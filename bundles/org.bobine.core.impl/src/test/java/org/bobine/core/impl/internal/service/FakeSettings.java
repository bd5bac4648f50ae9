package org.bobine.core.impl.internal.service;

import java.nio.file.Path;
import java.util.Map;
import org.bobine.core.api.Caller;
import org.bobine.instance.api.InstanceService;

/** The instance for unit tests: a data directory and fixed values, no configuration or environment. */
public class FakeSettings implements InstanceService {

    private final Path dataDir;

    /** @param dataDir the data directory, usually a JUnit temporary directory */
    public FakeSettings(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public String publicUrl() {
        return "http://localhost:9000";
    }

    @Override
    public String host() {
        return "localhost:9000";
    }

    @Override
    public String name() {
        return "Test";
    }

    @Override
    public Map<String, Object> publicConfig() {
        return Map.of();
    }

    @Override
    public Map<String, Object> about() {
        return Map.of();
    }

    @Override
    public Map<String, Object> customConfig(Caller caller) {
        return Map.of();
    }

    @Override
    public Map<String, Object> updateCustomConfig(Caller caller, Map<String, Object> custom) {
        return Map.of();
    }

    @Override
    public Path dataDirectory() {
        return dataDir;
    }

}
