package org.bobine.media.ffmpeg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The pinned ffmpeg build ({@code org.bytedeco:ffmpeg:...:linux-x86_64-gpl}: standalone {@code ffmpeg} and
 * {@code ffprobe} with their libraries), extracted once into a folder of its own: into a temporary folder
 * next to it, marked complete, then renamed, so a crash never leaves half a toolchain and a folder without
 * its marker is replaced.
 */
public final class PinnedFfmpeg {

    /** Where the build's files are inside this bundle and inside the runner's jar. */
    public static final String NATIVE = "native/linux-x86_64/";

    private static final String MARKER = ".complete";

    /** One file of the build. */
    public interface Entry {

        /** @return its file name, without folders */
        String name();

        /**
         * @return its bytes
         * @throws IOException when it cannot be read
         */
        InputStream open() throws IOException;
    }

    private PinnedFfmpeg() {
    }

    /**
     * @param files  the build's files
     * @param target the folder to extract into, e.g. {@code <data>/tools/ffmpeg-<version>}
     * @return the folder, extracted now or earlier
     * @throws IOException when it cannot be written, or when there are no files
     */
    public static Path extract(Iterable<Entry> files, Path target) throws IOException {
        if (Files.isRegularFile(target.resolve(MARKER))) {
            return target;
        }
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), ".ffmpeg-");
        int count = 0;
        for (Entry e : files) {
            if (e.name().isEmpty() || e.name().contains("/")) {
                continue;
            }
            Path f = staging.resolve(e.name());
            try (InputStream in = e.open()) {
                Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
            }
            f.toFile().setExecutable(e.name().equals("ffmpeg") || e.name().equals("ffprobe"), false);
            count++;
        }
        if (count == 0) {
            deleteTree(staging);
            throw new IOException("No ffmpeg build to extract");
        }
        Files.writeString(staging.resolve(MARKER), "extracted\n");
        // An earlier, interrupted extraction without its marker: replace it.
        deleteTree(target);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * @param dir     a folder {@link #extract} made
     * @param threads ffmpeg threads per encoding, 0 for ffmpeg's choice
     * @return the ffmpeg engine on that build
     */
    public static FfmpegEngine engine(Path dir, int threads) {
        return new FfmpegEngine(dir.resolve("ffmpeg"), dir.resolve("ffprobe"), Map.of("LD_LIBRARY_PATH", dir.toString()),
            threads);
    }

    /**
     * @param ffmpeg  an ffmpeg executable (the system's, say)
     * @param ffprobe its ffprobe
     * @param threads ffmpeg threads per encoding, 0 for ffmpeg's choice
     * @return the ffmpeg engine on those
     */
    public static FfmpegEngine engine(Path ffmpeg, Path ffprobe, int threads) {
        return new FfmpegEngine(ffmpeg, ffprobe, Map.of(), threads);
    }
}
