package org.bobine.core.impl.internal.service;

import java.nio.file.Path;
import org.bobine.instance.api.InstanceService;

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








}
