package org.bobine.plugin.impl.internal;

import java.util.List;
import java.util.Optional;
import org.bobine.account.api.ChannelService;
import org.bobine.account.api.model.ChannelCreate;
import org.bobine.account.api.model.VideoChannel;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.sdk.helpers.ChannelHelpers;
import org.bobine.sdk.hook.Viewer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SDK's channel helpers: the channel service on behalf of a viewer looked up again for every call. */
@Component(service = ChannelHelpers.class)
public class SdkChannelHelpers implements ChannelHelpers {

    private final ChannelService channels;
    private final SdkHelpers users;

    /**
     * @param channels channels
     * @param users    who a viewer is
     */
    @Activate
    public SdkChannelHelpers(@Reference ChannelService channels, @Reference SdkHelpers users) {
        this.channels = channels;
        this.users = users;
    }

    private static ChannelInfo info(VideoChannel c) {
        return new ChannelInfo(c.id, c.name, c.displayName, c.description, c.support,
            c.ownerAccount == null ? null : c.ownerAccount.name);
    }

    @Override
    public Optional<ChannelInfo> get(String handle) {
        try {
            return Optional.of(info(channels.get(handle)));
        } catch (BobineException e) {
            if (e.status() == 404 || e.status() == 400) {
                return Optional.empty();
            }
            throw SdkHelpers.translate(e);
        }
    }

    @Override
    public List<ChannelInfo> mine(Viewer viewer) {
        Caller c = users.caller(viewer).requireUser();
        try {
            return channels.listForAccount(c.username(), 0, 100).data.stream().map(SdkChannelHelpers::info).toList();
        } catch (BobineException e) {
            throw SdkHelpers.translate(e);
        }
    }

    @Override
    public ChannelInfo update(Viewer viewer, String handle, String displayName, String description, String support) {
        Caller c = users.caller(viewer).requireUser();
        ChannelCreate u = new ChannelCreate();
        u.displayName = displayName;
        u.description = description;
        u.support = support;
        try {
            channels.update(c, handle, u);
            return info(channels.get(handle));
        } catch (BobineException e) {
            throw SdkHelpers.translate(e);
        }
    }
}
