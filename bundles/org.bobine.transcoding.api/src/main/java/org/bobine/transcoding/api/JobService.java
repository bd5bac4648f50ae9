package org.bobine.transcoding.api;

import java.util.List;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.osgi.annotation.versioning.ProviderType;

/** The persistent job queue, as administrators see it. */
@ProviderType
public interface JobService {

    /**
     * @param caller an administrator
     * @param state  waiting, active, completed, failed, or null for all
     * @param start  offset
     * @param count  page size
     * @return jobs, newest first
     */
    ResultList<Job> list(Caller caller, String state, int start, int count);

    /**
     * The jobs of one video, so its creator can follow its transcoding (a Bobine addition: PeerTube shows
     * creators no progress).
     *
     * @param caller  the video's owner or an administrator
     * @param videoId numeric id, UUID or short UUID
     * @return its jobs, newest first
     */
    List<Job> forVideo(Caller caller, String videoId);
}
