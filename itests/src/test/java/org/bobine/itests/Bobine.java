package org.bobine.itests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * One Bobine instance: a fresh copy of the built distribution in its own folder, on free loopback ports,
 * started as a real {@code bin/karaf server} process. Tests stop it cleanly, kill it with SIGKILL, and start
 * it again on the same data.
 */
public final class Bobine implements AutoCloseable {

    static final String ROOT_PASSWORD = "root-password-for-tests";

    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private final Map<String, String> extraEnv;
    private Process process;

    private Bobine(Path home, int httpPort, int sshPort, Map<String, String> extraEnv) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
        this.extraEnv = extraEnv;
    }

    /**
     * Copies the distribution into a new folder and starts it.
     *
     * @param name a folder name for this instance
     * @return the running instance
     */
    public static Bobine create(String name) {
        return create(name, Map.of());
    }

    /**
     * Copies the distribution into a new folder and starts it with extra environment variables.
     *
     * @param name a folder name for this instance
     * @param env  BOBINE_* settings for this instance
     * @return the running instance
     */
    public static Bobine create(String name, Map<String, String> env) {
        try {
            Path dist = distribution();
            Path home = Paths.get(System.getProperty("bobine.work", "target/instances")).resolve(name + "-" + System.nanoTime());
            copy(dist, home);
            Bobine b = new Bobine(home, freePort(), freePort(), env);
            b.start();
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path distribution() throws IOException {
        Path dist = Paths.get(System.getProperty("bobine.dist", "target/dist"));
        if (Files.isDirectory(dist.resolve("bin"))) {
            return dist;
        }
        try (Stream<Path> s = Files.list(dist)) {
            return s.filter(p -> Files.isDirectory(p.resolve("bin"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No unpacked distribution in " + dist));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        try (Stream<Path> s = Files.list(to.resolve("bin"))) {
            s.forEach(p -> p.toFile().setExecutable(true));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Starts the process and waits until the API answers. */
    public void start() {
        try {
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server");
            pb.directory(home.toFile());
            Map<String, String> env = pb.environment();
            env.put("BOBINE_HTTP_PORT", String.valueOf(httpPort));
            env.put("BOBINE_SSH_PORT", String.valueOf(sshPort));
            env.put("BOBINE_PUBLIC_URL", url());
            env.put("BOBINE_ROOT_PASSWORD", ROOT_PASSWORD);
            env.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
            env.putAll(extraEnv);
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
            process = pb.start();
            try {
                waitUntilUp();
            } catch (RuntimeException e) {
                // Leave no instance running behind a failed start.
                kill();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitUntilUp() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // A generous guard against a distribution that never comes up; not a performance check.
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Bobine exited with " + process.exitValue() + ", see " + home);
            }
            try {
                // The readiness URL answers 503 until every route of the boot features is registered.
                if (status(client, "/api/v1/ready") == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("Bobine did not come up, see " + home.resolve("data/log/karaf.log"));
    }

    private int status(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Stops the instance cleanly (SIGTERM) and waits for the process to end. */
    public void stop() {
        if (process != null && process.isAlive()) {
            // bin/karaf runs java as a child: Karaf's shutdown hook handles SIGTERM on the JVM itself.
            List<ProcessHandle> children = process.descendants().toList();
            children.forEach(ProcessHandle::destroy);
            process.destroy();
            waitFor(children);
        }
    }

    /** Kills the instance with SIGKILL, as a crash would. */
    public void kill() {
        if (process != null && process.isAlive()) {
            List<ProcessHandle> children = process.descendants().toList();
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitFor(children);
        }
    }

    /** Waits for the script and the JVM it started, so the next start finds the instance gone. */
    private void waitFor(List<ProcessHandle> children) {
        try {
            process.waitFor();
            for (ProcessHandle child : children) {
                child.onExit().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops and starts again on the same data. */
    public void restart() {
        stop();
        start();
    }

    /** @return the base URL, on loopback */
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** @return the SSH port of the Karaf shell */
    public int sshPort() {
        return sshPort;
    }

    /** @return the distribution's folder */
    public Path home() {
        return home;
    }

    /** @return the data directory */
    public Path data() {
        return home.resolve("data/bobine");
    }

    /**
     * @param dir a folder below the data directory, e.g. "storage/web-videos"
     * @return the names of the regular files in it
     */
    public List<String> files(String dir) {
        Path d = data().resolve(dir);
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(d)) {
            for (File f : d.toFile().listFiles()) {
                if (f.isFile()) {
                    out.add(f.getName());
                }
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * Runs a Karaf shell command through bin/client.
     *
     * @param command the command line
     * @return what the shell printed
     */
    public String shell(String command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort),
                "-u", "karaf", "-p", "karaf", "-r", "10", "-d", "1");
            pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
            pb.redirectErrorStream(true);
            Process p = pb.start();
            p.getOutputStream().write((command + "\nlogout\n").getBytes());
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
