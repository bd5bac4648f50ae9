package org.bobine.plugins.videoimport;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs yt-dlp for pages that are neither media files nor OpenGraph pages with a media link (most video sites).
 * yt-dlp does its own networking, so the address rule is applied to the URL's host just before it starts; the
 * process is bounded in time and size by this class (the whole process tree is killed past either bound), and
 * its JSON output gives the title and description.
 */
final class YtDlp {

    /** The format asked for: one file with audio and video, MP4 when there is one, so no merging is needed. */
    static final String FORMAT = "best[ext=mp4]/best";

    private static final long MAX_JSON_BYTES = 32L << 20;

    /**
     * A file yt-dlp downloaded.
     *
     * @param file        where it is
     * @param filename    its name for the platform
     * @param title       the source's title, or null
     * @param description the source's description, or null
     */
    record Download(Path file, String filename, String title, String description) {
    }

    private YtDlp() {
    }

    /**
     * Finds the program.
     *
     * @param setting a path, or a command name looked up in the PATH
     * @param path    the PATH environment variable, or null
     * @return the executable, empty when there is none
     */
    static Optional<Path> locate(String setting, String path) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        String name = setting.strip();
        if (name.contains("/") || name.contains(File.separator)) {
            Path p = Path.of(name);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * @param exe      the program
     * @param url      the page
     * @param dir      where the file goes
     * @param maxBytes the largest file
     * @return the command line
     */
    static List<String> command(Path exe, URI url, Path dir, long maxBytes) {
        return List.of(exe.toString(),
            "--ignore-config",
            "--no-playlist",
            "--no-progress",
            "--no-mtime",
            "--restrict-filenames",
            "--socket-timeout", "30",
            "-f", FORMAT,
            "--max-filesize", Long.toString(maxBytes),
            "-o", dir.toString().replace("%", "%%") + File.separator + "media.%(ext)s",
            "--dump-json", "--no-simulate",
            "--", url.toString());
    }

    /**
     * Downloads a page's video.
     *
     * @param exe      the program
     * @param url      the page, whose host has been checked
     * @param dir      an empty directory for the file and the program's output
     * @param limit    the largest file
     * @param deadline when to give up
     * @param progress told the bytes on disk about once a second (total unknown)
     * @return the download
     * @throws ImportFailure        when yt-dlp fails, finds nothing, or a bound is reached
     * @throws InterruptedException when the importing thread is stopped (the process is killed first)
     */
    static Download run(Path exe, URI url, Path dir, Fetcher.Limit limit, Deadline deadline, Fetcher.Progress progress)
        throws ImportFailure, InterruptedException {
        Path out = dir.resolve("yt-dlp.json");
        Path log = dir.resolve("yt-dlp.log");
        ProcessBuilder pb = new ProcessBuilder(command(exe, url, dir, limit.bytes()))
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(log.toFile());
        Process process;
        try {
            process = pb.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw ImportFailure.failed("yt-dlp could not be started: " + e.getMessage());
        }
        try {
            while (!process.waitFor(Math.min(1000, deadline.remainingMillis()), TimeUnit.MILLISECONDS)) {
                if (deadline.expired()) {
                    kill(process);
                    throw deadline.failure();
                }
                long size = mediaSize(dir);
                if (size > limit.bytes()) {
                    kill(process);
                    throw ImportFailure.rejected(limit.message());
                }
                progress.update(size, -1);
            }
        } catch (InterruptedException e) {
            kill(process);
            throw e;
        }
        if (process.exitValue() != 0) {
            throw ImportFailure.failed("yt-dlp could not download the video" + lastError(log));
        }
        Optional<Path> file = mediaFiles(dir).max(Comparator.comparingLong(YtDlp::size));
        if (file.isEmpty()) {
            if (read(log).contains("max-filesize") || read(log).contains("larger than max")) {
                throw ImportFailure.rejected(limit.message());
            }
            throw ImportFailure.failed("yt-dlp did not download any file" + lastError(log));
        }
        if (size(file.get()) > limit.bytes()) {
            throw ImportFailure.rejected(limit.message());
        }
        Map<?, ?> info = metadata(out);
        String title = info.get("title") instanceof String s && !s.isBlank() ? s : null;
        String description = info.get("description") instanceof String s && !s.isBlank() ? s : null;
        String ext = MediaTypes.extension(file.get().getFileName().toString());
        String filename = Fetcher.sanitize(title == null ? "video" : title);
        return new Download(file.get(), ext.isEmpty() ? filename : filename + "." + ext, title, description);
    }

    /** Kills the process and everything it started (ffmpeg, a wrapper's children). */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Stream<Path> mediaFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = new ArrayList<>();
            files.filter(Files::isRegularFile)
                .filter(p -> {
                    String n = p.getFileName().toString();
                    return n.startsWith("media.") && !n.endsWith(".part") && !n.endsWith(".ytdl")
                        && !n.contains(".part-") && !n.endsWith(".json") && !n.endsWith(".temp");
                })
                .forEach(found::add);
            return found.stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static long mediaSize(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("media.")).mapToLong(YtDlp::size).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Map<?, ?> metadata(Path out) {
        if (size(out) > MAX_JSON_BYTES) {
            return Map.of();
        }
        for (String line : read(out).split("\n")) {
            if (line.startsWith("{")) {
                try {
                    return Json.parse(line) instanceof Map<?, ?> m ? m : Map.of();
                } catch (IllegalArgumentException e) {
                    return Map.of();
                }
            }
        }
        return Map.of();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The reason yt-dlp gives: its last "ERROR:" line (or last line), cleaned and short. */
    private static String lastError(Path log) {
        String text = read(log).replaceAll("\u001B\\[[0-9;]*[A-Za-z]", "");
        String last = null;
        String error = null;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            last = l;
            if (l.startsWith("ERROR:")) {
                error = l.substring("ERROR:".length()).strip();
            }
        }
        String reason = error != null ? error : last;
        if (reason == null) {
            return "";
        }
        return ": " + (reason.length() > 300 ? reason.substring(0, 300) + "…" : reason);
    }
}
