package org.bobine.runner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.bobine.media.api.TranscodingEngine;
import org.bobine.media.ffmpeg.internal.FfmpegEngine;

/** Makes the runner's engine: the same ffmpeg engine the instance uses, on the build carried in this jar. */
final class Engines {

    private static final String NATIVE = "native/linux-x86_64/";

    private Engines() {
    }

    /**
     * @param home    the runner's folder, where the pinned build is extracted once
     * @param ffmpeg  an ffmpeg to use instead, or null
     * @param ffprobe an ffprobe to use instead, or null
     * @return the engine
     * @throws RunnerException when there is no ffmpeg to run
     */
    static TranscodingEngine ffmpeg(Path home, Path ffmpeg, Path ffprobe) throws RunnerException, IOException {
        String envFfmpeg = System.getenv("BOBINE_FFMPEG");
        String envFfprobe = System.getenv("BOBINE_FFPROBE");
        if (ffmpeg == null && envFfmpeg != null && !envFfmpeg.isBlank()) {
            ffmpeg = Paths.get(envFfmpeg);
        }
        if (ffprobe == null && envFfprobe != null && !envFfprobe.isBlank()) {
            ffprobe = Paths.get(envFfprobe);
        }
        if (ffmpeg != null && ffprobe != null) {
            return new FfmpegEngine(ffmpeg, ffprobe, Map.of(), 0);
        }
        Path dir = extract(home.resolve("tools"));
        return new FfmpegEngine(dir.resolve("ffmpeg"), dir.resolve("ffprobe"), Map.of("LD_LIBRARY_PATH", dir.toString()), 0);
    }

    /** Extracts the pinned build from this jar once, through a temporary folder renamed at the end. */
    private static Path extract(Path tools) throws RunnerException, IOException {
        Path jar;
        try {
            jar = Paths.get(Engines.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new RunnerException("Cannot find this runner's jar: " + e.getMessage());
        }
        if (!Files.isRegularFile(jar)) {
            throw new RunnerException("No ffmpeg build to extract outside the runnable jar; pass --ffmpeg and --ffprobe");
        }
        Path target = tools.resolve("ffmpeg-" + Long.toHexString(Files.getLastModifiedTime(jar).toMillis() ^ Files.size(jar)));
        if (Files.isRegularFile(target.resolve(".complete"))) {
            return target;
        }
        Files.createDirectories(tools);
        Path staging = Files.createTempDirectory(tools, ".ffmpeg-");
        int count = 0;
        try (JarFile jf = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = jf.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.isDirectory() || !e.getName().startsWith(NATIVE) || e.getName().indexOf('/', NATIVE.length()) >= 0) {
                    continue;
                }
                String name = e.getName().substring(NATIVE.length());
                Path f = staging.resolve(name);
                try (InputStream in = jf.getInputStream(e)) {
                    Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
                }
                f.toFile().setExecutable(name.equals("ffmpeg") || name.equals("ffprobe"), false);
                count++;
            }
        }
        if (count == 0) {
            throw new RunnerException("This jar carries no ffmpeg build; pass --ffmpeg and --ffprobe");
        }
        Files.writeString(staging.resolve(".complete"), "extracted\n");
        if (Files.exists(target)) {
            try (var old = Files.walk(target)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
