package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks JSON answers against PeerTube's own TypeScript models with the team's {@code pt-types} checker
 * ({@code itests/pt-types}, real {@code tsc} on {@code @peertube/peertube-types} 8.2.3), nulls judged as
 * PeerTube's server does. Several pairs go in one run (one compiler start).
 */
final class PtTypes {

    private static final Path CHECKER = Paths.get(System.getProperty("bobine.ptTypes", "pt-types/check.sh")).toAbsolutePath();

    private PtTypes() {
    }

    /**
     * @param pairs type expression, JSON, type expression, JSON...
     */
    static void check(Object... pairs) {
        try {
            Path dir = Files.createTempDirectory("pt-types-");
            List<String> cmd = new ArrayList<>(List.of("bash", CHECKER.toString()));
            for (int i = 0; i < pairs.length; i += 2) {
                Path f = dir.resolve("answer-" + i / 2 + ".json");
                Files.writeString(f, ((JsonNode) pairs[i + 1]).toPrettyString());
                cmd.add((String) pairs[i]);
                cmd.add(f.toString());
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("PT_CHECK_NULLS", "loose");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            int rc = p.waitFor();
            assertEquals(0, rc, "PeerTube's models refuse the answers:\n" + out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
