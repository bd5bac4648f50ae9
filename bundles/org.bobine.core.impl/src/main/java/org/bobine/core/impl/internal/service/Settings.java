package org.bobine.core.impl.internal.service;

import java.nio.file.Path;
import org.bobine.core.api.InstanceService;

/** The instance's settings as the implementation needs them: InstanceService plus what stays internal. */
public interface Settings extends InstanceService {

    /** @return the data directory: database, media and plugin data all live below it */
    Path dataDir();

    /** @return the configured root password, or null to generate one on first start */
    String rootPassword();

    /** @return the quota given to new users, bytes, -1 unlimited */
    long defaultVideoQuota();

    /** @return the daily quota given to new users, bytes, -1 unlimited */
    long defaultVideoQuotaDaily();

    /** @return do_not_list, warn, blur or display */
    String defaultNsfwPolicy();

    /** @return the HLS heights to transcode to, ascending */
    java.util.List<Integer> transcodingResolutions();

    /** @return whether the input's own resolution is kept when not in the list */
    boolean transcodingKeepOriginalResolution();

    /** @return how many transcoding jobs run at once, 1 or more */
    int transcodingConcurrency();

    /** @return whether jobs also make web-video MP4s (with torrents) that replace the original file */
    boolean transcodingWebVideos();

    /** @return the name of the preferred transcoding engine */
    String transcodingEngine();

    /** @return the runner job types that go to remote runners rather than to local workers */
    java.util.Set<String> remoteRunnerJobTypes();


    /** @return seconds without news from a runner after which its job is given to another */
    int runnerStallSeconds();
}
