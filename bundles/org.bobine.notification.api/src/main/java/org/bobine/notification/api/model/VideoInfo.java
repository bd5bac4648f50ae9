package org.bobine.notification.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bobine.core.api.model.Constant;

/** PeerTube's {@code VideoInfo}, with the channel when the notification is about the video itself. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class VideoInfo {
    /** Id. */
    public long id;
    /** UUID. */
    public String uuid;
    /** Short UUID (the {@code /w/} address). */
    public String shortUUID;
    /** Name. */
    public String name;
    /** State, as on the video (PeerTube 8's models always have the field). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public Constant<Integer> state;
    /** The video's channel (for a new or published video). */
    public ActorInfo channel;
}
