package org.bobine.media.ffmpeg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.bobine.media.api.EngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the engine's processes: arguments as a list (never a shell), bounded in time, killed when the
 * calling thread is interrupted or the engine stops, stderr kept (its last lines) for the job's log.
 */
final class Processes {

    private static final Logger LOG = LoggerFactory.getLogger(Processes.class);

    private static final int LOG_LINES = 60;

    /** What a finished process left. */
    record Result(int exitCode, String stdout, String log) {
    }

    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private final Map<String, String> environment;

    Processes(Map<String, String> environment) {
        this.environment = environment;
    }

    Result run(List<String> command, Duration timeout, Consumer<String> stdoutLines) throws EngineException {
        if (LOG.isDebugEnabled()) {
            // As a JSON array, so bench/transcoding.sh can replay exactly the same commands by hand.
            LOG.debug("Running {}", command.stream().map(a -> "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]")));
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(environment);
        pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new EngineException(EngineException.Kind.FAILED, "Cannot start " + command.get(0) + ": " + e.getMessage(), "");
        }
        running.add(p);
        long started = System.nanoTime();
        Deque<String> log = new ArrayDeque<>();
        StringBuilder stdout = new StringBuilder();
        Thread err = reader(p.getErrorStream(), line -> {
            synchronized (log) {
                log.addLast(line);
                if (log.size() > LOG_LINES) {
                    log.removeFirst();
                }
            }
        });
        Thread out = reader(p.getInputStream(), line -> {
            if (stdoutLines != null) {
                stdoutLines.accept(line);
            } else if (stdout.length() < 4 * 1024 * 1024) {
                stdout.append(line).append('\n');
            }
        });
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(p);
                throw new EngineException(EngineException.Kind.CANCELLED, command.get(0) + " ran past its bound of "
                    + timeout.toSeconds() + " s and was stopped", joined(log));
            }
            err.join(5_000);
            out.join(5_000);
            LOG.debug("Finished with exit code {} in {} ms", p.exitValue(), (System.nanoTime() - started) / 1_000_000);
            return new Result(p.exitValue(), stdout.toString(), joined(log));
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            throw new EngineException(EngineException.Kind.CANCELLED, command.get(0) + " was cancelled", joined(log));
        } finally {
            running.remove(p);
        }
    }

    private static String joined(Deque<String> log) {
        synchronized (log) {
            return String.join("\n", log);
        }
    }

    private static Thread reader(InputStream in, Consumer<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "bobine-ffmpeg-io");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void kill(Process p) {
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills whatever still runs; called when the engine stops. */
    void killAll() {
        running.forEach(Processes::kill);
    }
}
