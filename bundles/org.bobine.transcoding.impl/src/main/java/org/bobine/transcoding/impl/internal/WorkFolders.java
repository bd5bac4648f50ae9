package org.bobine.transcoding.impl.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.commons.io.FileUtils;
import org.bobine.core.api.BobineException;
import org.bobine.instance.api.InstanceService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's folders below the data directory: {@code tmp/jobs/<job id>/} (a job's work, moved into
 * storage in one rename by the core), {@code tmp/runner-uploads/<runner job>/} (result files being received)
 * and {@code runner-results/<runner job>/} (checked results, kept across restarts until published). They are
 * on the file system of the core's storage, so publishing is a rename.
 */
@Component(service = WorkFolders.class)
public class WorkFolders {

    private static final Logger LOG = LoggerFactory.getLogger(WorkFolders.class);
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    private final Path jobs;
    private final Path runnerResults;
    private final Path runnerUploads;

    /**
     * @param instance where the data directory is
     * @throws IOException when the folders cannot be made
     */
    @Activate
    public WorkFolders(@Reference InstanceService instance) throws IOException {
        this(instance.dataDirectory());
    }

    WorkFolders(Path data) throws IOException {
        this.jobs = Files.createDirectories(data.resolve("tmp/jobs"));
        this.runnerResults = Files.createDirectories(data.resolve("runner-results"));
        this.runnerUploads = Files.createDirectories(data.resolve("tmp/runner-uploads"));
    }

    /**
     * @param jobId a job
     * @return a new, empty working folder for it below tmp/jobs/
     * @throws IOException when it cannot be made
     */
    Path jobDirectory(long jobId) throws IOException {
        Path dir = jobs.resolve(String.valueOf(jobId));
        deleteTree(dir);
        return Files.createDirectories(dir);
    }

    /** @return where the checked results of remote runners wait, one folder per runner job */
    Path runnerResults() {
        return runnerResults;
    }

    /** @return where result files from runners are received, one folder per runner job */
    Path runnerUploads() {
        return runnerUploads;
    }

    /**
     * @param dir  one of these folders
     * @param name a name from a request or a row
     * @return the file or folder
     * @throws BobineException 404 when the name could escape the folder
     */
    Path resolve(Path dir, String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw BobineException.notFound("File not found");
        }
        return dir.resolve(name);
    }

    /** @param dir a folder to delete with everything in it, if it exists */
    void deleteTree(Path dir) {
        if (dir != null && Files.exists(dir)) {
            try {
                FileUtils.deleteDirectory(dir.toFile());
            } catch (IOException e) {
                LOG.warn("Could not delete {}", dir, e);
            }
        }
    }

    /** Removes the working folders of jobs and half-received runner results; called before jobs start. */
    void cleanJobDirectories() {
        for (Path dir : new Path[] {jobs, runnerUploads}) {
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir)) {
                for (Path f : folders) {
                    deleteTree(f);
                }
            } catch (IOException e) {
                LOG.warn("Could not list {}", dir, e);
            }
        }
    }
}
