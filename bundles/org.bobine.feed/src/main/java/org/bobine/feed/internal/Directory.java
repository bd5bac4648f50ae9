package org.bobine.feed.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bobine.account.api.ChannelService;
import org.bobine.account.api.UserService;
import org.bobine.account.api.model.Account;
import org.bobine.account.api.model.VideoChannel;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.model.ResultList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Finds the channel or account a feed URL names, by handle or by PeerTube's numeric id. The account API
 * finds them by name only, so ids are learnt from the list of channels (each with its owner's account): the
 * id-to-name maps fill on a miss, at most once every few seconds, and a name found is always looked up again
 * (a deleted channel is not found through a stale entry).
 */
@Component(service = Directory.class)
public class Directory {

    private static final long RESCAN_MILLIS = 5_000;

    private final ChannelService channels;
    private final UserService users;
    private final Map<Long, String> channelNames = new ConcurrentHashMap<>();
    private final Map<Long, String> accountNames = new ConcurrentHashMap<>();
    private volatile long scannedAt;

    /**
     * @param channels channels
     * @param users    accounts
     */
    @Activate
    public Directory(@Reference ChannelService channels, @Reference UserService users) {
        this.channels = channels;
        this.users = users;
    }

    /** @param handle a channel's handle, {@code name} or {@code name@host} @return the channel @throws BobineException 404 */
    VideoChannel channel(String handle) {
        if (handle == null || handle.isBlank() || handle.length() > 200) {
            throw BobineException.notFound("Video channel not found");
        }
        return channels.get(handle.trim());
    }

    /** @param id a channel's id @return the channel @throws BobineException 404 */
    VideoChannel channel(long id) {
        String name = channelNames.get(id);
        if (name == null && scan()) {
            name = channelNames.get(id);
        }
        if (name == null) {
            throw BobineException.notFound("Video channel not found");
        }
        return channels.get(name);
    }

    /** @param name an account's name, {@code name} or {@code name@host} @return the account @throws BobineException 404 */
    Account account(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw BobineException.notFound("Account not found");
        }
        return users.account(name.trim().replaceFirst("@.*$", ""));
    }

    /** @param id an account's id @return the account @throws BobineException 404 */
    Account account(long id) {
        String name = accountNames.get(id);
        if (name == null && scan()) {
            name = accountNames.get(id);
        }
        if (name == null) {
            throw BobineException.notFound("Account not found");
        }
        return users.account(name);
    }

    /** @return whether the maps were filled again (not when they were a moment ago) */
    private synchronized boolean scan() {
        long now = System.currentTimeMillis();
        if (now - scannedAt < RESCAN_MILLIS) {
            return false;
        }
        int start = 0;
        while (true) {
            ResultList<VideoChannel> page = channels.list(start, 100, "id");
            for (VideoChannel c : page.data) {
                channelNames.put(c.id, c.name);
                if (c.ownerAccount != null) {
                    accountNames.put(c.ownerAccount.id, c.ownerAccount.name);
                }
            }
            start += page.data.size();
            if (page.data.isEmpty() || start >= page.total) {
                break;
            }
        }
        scannedAt = System.currentTimeMillis();
        return true;
    }
}
