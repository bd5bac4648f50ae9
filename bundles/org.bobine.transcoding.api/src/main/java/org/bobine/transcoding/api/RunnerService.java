package org.bobine.transcoding.api;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.video.api.StoredFile;
import org.osgi.annotation.versioning.ProviderType;

/**
 * PeerTube's remote-runner protocol, server side: administrators hand out registration tokens, runners
 * register with one, ask for jobs, accept one (receiving a job token), download its input, report progress
 * and send the result files or an error. A job whose runner stops talking goes back to the queue. Objects
 * are returned as maps in PeerTube's JSON shapes ({@code RunnerJob}, {@code Runner},
 * {@code RunnerRegistrationToken}), whose payloads differ by job type.
 */
@ProviderType
public interface RunnerService {

    /** Names of the result files a runner may send, in {@code payload[<name>]} multipart fields. */
    List<String> RESULT_FILES = List.of("videoFile", "resolutionPlaylistFile");

    // Administrators

    /** @param caller an administrator */
    void generateRegistrationToken(Caller caller);

    /** @param caller an administrator @param start offset @param count size @return tokens */
    ResultList<Map<String, Object>> registrationTokens(Caller caller, int start, int count);

    /** Removes a token and the runners registered with it. @param caller an administrator @param id the token */
    void deleteRegistrationToken(Caller caller, long id);

    /** @param caller an administrator @param start offset @param count size @return runners */
    ResultList<Map<String, Object>> runners(Caller caller, int start, int count);

    /** Removes a runner; its jobs go back to the queue. @param caller an administrator @param id the runner */
    void deleteRunner(Caller caller, long id);

    /**
     * @param caller     an administrator
     * @param states     PeerTube runner job states to keep, empty for all
     * @param start      offset
     * @param count      size
     * @return runner jobs, newest first
     */
    ResultList<Map<String, Object>> jobs(Caller caller, List<Integer> states, int start, int count);

    /** Cancels a job that is not finished; the video's transcoding fails. @param caller an administrator @param uuid the job */
    void cancelJob(Caller caller, String uuid);

    /** Deletes a finished job's row. @param caller an administrator @param uuid the job */
    void deleteJob(Caller caller, String uuid);

    // Runners

    /**
     * @param registrationToken a token an administrator generated
     * @param name              the runner's name, unique
     * @param description       free text, may be null
     * @param version           the runner's version, may be null
     * @param ip                the address it speaks from
     * @return {@code {id, runnerToken}}
     */
    Map<String, Object> register(String registrationToken, String name, String description, String version, String ip);

    /** @param runnerToken the runner's token; its jobs go back to the queue */
    void unregister(String runnerToken);

    /**
     * @param runnerToken the runner
     * @param jobTypes    the types it can do, empty for all
     * @param ip          its address
     * @return {@code {availableJobs: [{uuid, type, payload}]}}
     */
    Map<String, Object> request(String runnerToken, List<String> jobTypes, String ip);

    /** @param runnerToken the runner @param jobUuid a pending job @param ip its address @return {@code {job: {..., jobToken}}} */
    Map<String, Object> accept(String runnerToken, String jobUuid, String ip);

    /** @param runnerToken the runner @param jobUuid its job @param jobToken the job token @param progress 0 to 100, or null */
    void update(String runnerToken, String jobUuid, String jobToken, Integer progress);

    /** @param runnerToken the runner @param jobUuid its job @param jobToken the job token @param message what failed */
    void error(String runnerToken, String jobUuid, String jobToken, String message);

    /** @param runnerToken the runner @param jobUuid its job @param jobToken the job token @param reason why it gives up */
    void abort(String runnerToken, String jobUuid, String jobToken, String reason);

    /**
     * Receives one result file of a job being processed; {@link #success} then checks and installs them.
     *
     * @param runnerToken the runner
     * @param jobUuid     its job
     * @param jobToken    the job token
     * @param name        one of {@link #RESULT_FILES}
     * @param content     the file's bytes
     */
    void receiveResult(String runnerToken, String jobUuid, String jobToken, String name, InputStream content);

    /** @param runnerToken the runner @param jobUuid its job @param jobToken the job token */
    void success(String runnerToken, String jobUuid, String jobToken);

    /**
     * @param runnerToken the runner
     * @param jobUuid     its job, being processed
     * @param jobToken    the job token
     * @param videoUuid   the job's video
     * @param kind        "max-quality" for the video file, "preview" for the still image of an audio merge
     * @return the input file
     */
    StoredFile input(String runnerToken, String jobUuid, String jobToken, String videoUuid, String kind);
}
