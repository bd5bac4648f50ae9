package org.bobine.sdk.helpers;

import java.util.List;
import java.util.Optional;
import org.bobine.sdk.hook.Viewer;
import org.osgi.annotation.versioning.ProviderType;

/** Video channels, as the given viewer may see and change them. Provided as a service by the platform. */
@ProviderType
public interface ChannelHelpers {

    /**
     * A channel's public facts.
     *
     * @param id          numeric id
     * @param name        handle
     * @param displayName name shown
     * @param description description, or null
     * @param support     support text, or null
     * @param owner       the owner's user name
     */
    record ChannelInfo(long id, String name, String displayName, String description, String support, String owner) {
    }

    /**
     * @param handle a channel's handle
     * @return the channel, empty when unknown
     */
    Optional<ChannelInfo> get(String handle);

    /**
     * @param viewer a logged-in user
     * @return that user's channels
     */
    List<ChannelInfo> mine(Viewer viewer);

    /**
     * Changes a channel's display name, description and support text (null leaves one as it is).
     *
     * @param viewer      the owner or an administrator
     * @param handle      the channel
     * @param displayName new display name, or null
     * @param description new description, or null
     * @param support     new support text, or null
     * @return the channel as changed
     * @throws org.bobine.sdk.plugin.PluginException 403 or 404 when not allowed or not found, 400 when invalid
     */
    ChannelInfo update(Viewer viewer, String handle, String displayName, String description, String support);
}
