package org.bobine.core.api;

import org.bobine.core.api.model.Job;
import org.bobine.core.api.model.ResultList;

/** The persistent job queue, as administrators see it. */
public interface JobService {

    /**
     * @param caller an administrator
     * @param state  waiting, active, completed, failed, or null for all
     * @param start  offset
     * @param count  page size
     * @return jobs, newest first
     */
    ResultList<Job> list(Caller caller, String state, int start, int count);
}
