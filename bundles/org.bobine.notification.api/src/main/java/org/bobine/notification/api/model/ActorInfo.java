package org.bobine.notification.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** PeerTube's {@code ActorInfo}: an account or a channel, as a notification names it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ActorInfo {
    /** Id of the account or channel. */
    public long id;
    /** Display name. */
    public String displayName;
    /** Handle name. */
    public String name;
    /** Host of its instance. */
    public String host;
    /** Avatars (none yet on this instance). */
    public List<Object> avatars = List.of();
    /** The first avatar, null while there is none (PeerTube 8's models always have the field). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public Object avatar;
}
