package org.bobine.core.impl.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.io.FileUtils;
import org.bobine.core.api.BobineException;
import org.bobine.instance.api.InstanceService;
import org.bobine.video.api.VideoConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The media files under the data directory. Everything is first written below {@code tmp/} and then moved
 * into {@code storage/} with an atomic rename on the same file system, so a reader or a crash never sees a
 * half-written file in storage; what a crash leaves in {@code tmp/} or unreferenced in {@code storage/} is
 * swept at the next start.
 */
@Component(service = Storage.class)
public class Storage {

    private static final Logger LOG = LoggerFactory.getLogger(Storage.class);
    /** The sub-folder (and URL segment) of files that only some callers may see, as in PeerTube. */
    public static final String PRIVATE = "private";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    private final Path webVideos;
    private final Path torrents;
    private final Path thumbnails;
    private final Path previews;
    private final Path hls;
    private final Path tmp;
    private final Path webVideosPrivate;
    private final Path hlsPrivate;

    /**
     * @param instance where the data directory is
     * @throws IOException when the directories cannot be created
     */
    @Activate
    public Storage(@Reference InstanceService instance) throws IOException {
        Path root = instance.dataDirectory();
        this.webVideos = Files.createDirectories(root.resolve("storage/web-videos"));
        this.torrents = Files.createDirectories(root.resolve("storage/torrents"));
        this.thumbnails = Files.createDirectories(root.resolve("storage/thumbnails"));
        this.previews = Files.createDirectories(root.resolve("storage/previews"));
        this.hls = Files.createDirectories(root.resolve("storage/streaming-playlists/hls"));
        this.tmp = Files.createDirectories(root.resolve("tmp"));
        this.webVideosPrivate = Files.createDirectories(webVideos.resolve(PRIVATE));
        this.hlsPrivate = Files.createDirectories(hls.resolve(PRIVATE));
    }

    /** @return the directory of web-video files */
    public Path webVideos() {
        return webVideos;
    }

    /** @return the directory of torrents */
    public Path torrents() {
        return torrents;
    }

    /** @return the directory of thumbnails */
    public Path thumbnails() {
        return thumbnails;
    }

    /** @return the directory of previews (the large image shown before playback) */
    public Path previews() {
        return previews;
    }

    /** @return the directory holding one folder of HLS files per video */
    public Path hls() {
        return hls;
    }

    /**
     * Deletes a folder and everything in it, if it exists.
     *
     * @param dir the folder
     */
    public void deleteTree(Path dir) {
        if (dir != null && Files.exists(dir)) {
            try {
                FileUtils.deleteDirectory(dir.toFile());
            } catch (IOException e) {
                LOG.warn("Could not delete {}", dir, e);
            }
        }
    }

    /**
     * @param privacy a video's privacy
     * @return whether its media files live under the private folders (private, internal, password)
     */
    public static boolean isPrivate(int privacy) {
        return privacy == VideoConstants.PRIVATE || privacy == VideoConstants.INTERNAL
            || privacy == VideoConstants.PASSWORD_PROTECTED;
    }

    /**
     * @param privacy  the video's privacy
     * @param filename a web-video file name
     * @return where that file lives: {@code web-videos/} or {@code web-videos/private/}
     */
    public Path webVideo(int privacy, String filename) {
        return resolve(isPrivate(privacy) ? webVideosPrivate : webVideos, filename);
    }

    /**
     * @param privacy   the video's privacy
     * @param directory an HLS folder name (the video's uuid)
     * @return the folder: below {@code hls/} or {@code hls/private/}
     */
    public Path hlsDirectory(int privacy, String directory) {
        return resolve(isPrivate(privacy) ? hlsPrivate : hls, directory);
    }

    /**
     * Puts a video's media files where its privacy wants them, moving them from the other side when they
     * are there: after a change of privacy, after a job published into the side the video has left, and at
     * start for a move a crash interrupted. Each move is one rename.
     *
     * @param privacy    the video's privacy now
     * @param webVideos  its web-video file names
     * @param hlsFolder  its HLS folder name, or null
     * @return how many files or folders moved
     */
    public int place(int privacy, Collection<String> webVideos, String hlsFolder) {
        boolean priv = isPrivate(privacy);
        int moved = 0;
        for (String name : webVideos) {
            moved += move(resolve(priv ? this.webVideos : webVideosPrivate, name), webVideo(privacy, name));
        }
        if (hlsFolder != null) {
            moved += move(resolve(priv ? hls : hlsPrivate, hlsFolder), hlsDirectory(privacy, hlsFolder));
        }
        return moved;
    }

    private static int move(Path from, Path to) {
        if (!Files.exists(from) || Files.exists(to)) {
            return 0;
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            return 1;
        } catch (IOException e) {
            LOG.warn("Could not move {} to {}", from, to, e);
            return 0;
        }
    }

    /** @return the directory of temporary files */
    public Path tmp() {
        return tmp;
    }

    /**
     * @param dir  one of this storage's directories
     * @param name a public file name
     * @return the file
     * @throws BobineException 404 when the name could escape the directory
     */
    public Path resolve(Path dir, String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw BobineException.notFound("File not found");
        }
        return dir.resolve(name);
    }

    /**
     * @return a new empty temporary file below tmp/
     */
    public Path newTempFile() {
        try {
            return Files.createFile(tmp.resolve(UUID.randomUUID() + ".tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes bytes to a new temporary file.
     *
     * @param in the bytes
     * @return the file
     * @throws IOException when writing fails (the file is then removed)
     */
    public Path writeTemp(InputStream in) throws IOException {
        Path f = newTempFile();
        try (OutputStream out = Files.newOutputStream(f)) {
            in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            delete(f);
            throw e;
        }
        return f;
    }

    /**
     * Moves a temporary file into place atomically.
     *
     * @param from a file below tmp/
     * @param to   its final place
     * @throws IOException when the move fails
     */
    public void install(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Only when tmp/ and storage/ were placed on different file systems by hand.
            Path staged = to.resolveSibling("." + to.getFileName() + ".staged");
            FileUtils.moveFile(from.toFile(), staged.toFile());
            Files.move(staged, to, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * Deletes files, logging what could not be deleted.
     *
     * @param files files, nulls ignored
     */
    public void delete(Path... files) {
        for (Path f : files) {
            if (f != null) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", f, e);
                }
            }
        }
    }

    /**
     * Removes what a crash can leave behind: temporary files (regular files of tmp/; its folders belong to
     * other capabilities, as tmp/uploads/ to uploads) and files in storage that no row references.
     *
     * @param referenced every file name rows refer to, in any storage directory
     * @return how many files were removed
     */
    public int sweep(Set<String> referenced) {
        int removed = 0;
        removed += sweepDir(tmp, name -> false);
        for (Path dir : new Path[] {webVideos, webVideosPrivate, torrents, thumbnails, previews}) {
            removed += sweepDir(dir, referenced::contains);
        }
        // HLS folders no row points to (a job that crashed after moving its output) go; the job redoes them.
        for (Path dir : new Path[] {hls, hlsPrivate}) {
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir, Files::isDirectory)) {
                for (Path f : folders) {
                    if (!referenced.contains(f.getFileName().toString()) && !f.equals(hlsPrivate)) {
                        deleteTree(f);
                        removed++;
                    }
                }
            } catch (IOException e) {
                LOG.warn("Could not list {}", dir, e);
            }
        }
        if (removed > 0) {
            LOG.info("Removed {} leftover files from an interrupted run", removed);
        }
        return removed;
    }

    private int sweepDir(Path dir, Predicate<String> keep) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, Files::isRegularFile)) {
            for (Path f : files) {
                if (!keep.test(f.getFileName().toString())) {
                    delete(f);
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list {}", dir, e);
        }
        return removed;
    }
}
