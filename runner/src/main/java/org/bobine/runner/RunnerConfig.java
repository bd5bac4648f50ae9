package org.bobine.runner;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * The registration (instance URL, runner token, name) in {@code <home>/runner.properties}, readable by its
 * owner only since the token is a secret; and the work folder {@code <home>/work}.
 */
final class RunnerConfig {

    private final Path home;
    private String url;
    private String runnerToken;
    private String name;

    RunnerConfig(Path home) {
        this.home = home.toAbsolutePath();
    }

    Path home() {
        return home;
    }

    Path file() {
        return home.resolve("runner.properties");
    }

    Path work() throws IOException {
        return Files.createDirectories(home.resolve("work"));
    }

    String url() {
        return url;
    }

    String runnerToken() {
        return runnerToken;
    }

    String name() {
        return name;
    }

    void save(String url, String runnerToken, String name) throws IOException {
        Files.createDirectories(home);
        Properties p = new Properties();
        p.setProperty("url", url);
        p.setProperty("runnerToken", runnerToken);
        p.setProperty("name", name);
        Path tmp = Files.createTempFile(home, ".runner-", ".properties",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer w = Files.newBufferedWriter(tmp)) {
            p.store(w, "bobine-runner registration; the runner token is a secret");
        }
        Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        this.url = url;
        this.runnerToken = runnerToken;
        this.name = name;
    }

    void load() throws RunnerException, IOException {
        if (!Files.isRegularFile(file())) {
            throw new RunnerException("This runner is not registered (no " + file() + "); run the register command first");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file())) {
            p.load(r);
        }
        url = p.getProperty("url");
        runnerToken = p.getProperty("runnerToken");
        name = p.getProperty("name");
        if (url == null || runnerToken == null) {
            throw new RunnerException(file() + " is incomplete; register again");
        }
    }

    void forget() throws IOException {
        Files.deleteIfExists(file());
    }
}
