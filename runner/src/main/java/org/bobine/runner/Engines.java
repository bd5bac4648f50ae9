package org.bobine.runner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.bobine.media.api.TranscodingEngine;
import org.bobine.media.ffmpeg.PinnedFfmpeg;

/** Makes the runner's engine: the same ffmpeg engine the instance uses, on the build carried in this jar. */
final class Engines {

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
            return PinnedFfmpeg.engine(ffmpeg, ffprobe, 0);
        }
        return PinnedFfmpeg.engine(extract(home.resolve("tools")), 0);
    }

    /** Extracts the pinned build from this jar once (see {@link PinnedFfmpeg#extract}). */
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
        try (JarFile jf = new JarFile(jar.toFile())) {
            List<PinnedFfmpeg.Entry> files = new ArrayList<>();
            for (JarEntry e : Collections.list(jf.entries())) {
                if (e.isDirectory() || !e.getName().startsWith(PinnedFfmpeg.NATIVE)) {
                    continue;
                }
                String name = e.getName().substring(PinnedFfmpeg.NATIVE.length());
                files.add(new PinnedFfmpeg.Entry() {
                    @Override
                    public String name() {
                        return name;
                    }

                    @Override
                    public InputStream open() throws IOException {
                        return jf.getInputStream(e);
                    }
                });
            }
            if (files.isEmpty()) {
                throw new RunnerException("This jar carries no ffmpeg build; pass --ffmpeg and --ffprobe");
            }
            return PinnedFfmpeg.extract(files, target);
        }
    }
}
