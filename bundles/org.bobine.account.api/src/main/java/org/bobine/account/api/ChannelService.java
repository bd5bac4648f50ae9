package org.bobine.account.api;

import org.bobine.account.api.model.ChannelCreate;
import org.bobine.account.api.model.VideoChannel;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.osgi.annotation.versioning.ProviderType;

/** Video channels. A user owns one or more; handles are unique across accounts and channels. */
@ProviderType
public interface ChannelService {

    /**
     * @param start offset
     * @param count page size
     * @param sort  id, name, createdAt or updatedAt, optionally with '-'
     * @return all local channels
     */
    ResultList<VideoChannel> list(int start, int count, String sort);

    /**
     * PeerTube's {@code GET /search/video-channels} over local channels.
     *
     * @param search words found in the name or display name (case-insensitive), or a handle
     *               ({@code name} or {@code name@host}) found exactly
     * @param start  offset
     * @param count  page size
     * @param sort   as {@link #list}
     * @return the matching channels
     */
    ResultList<VideoChannel> search(String search, int start, int count, String sort);

    /**
     * @param handle a channel handle
     * @return the channel with its owner
     * @throws BobineException 404 when unknown
     */
    VideoChannel get(String handle);

    /**
     * @param accountName an account name
     * @param start       offset
     * @param count       page size
     * @return the account's channels
     */
    ResultList<VideoChannel> listForAccount(String accountName, int start, int count);

    /**
     * @param caller a logged-in user, who will own it
     * @param create handle, display name, description, support
     * @return the new channel
     * @throws BobineException 409 when the handle is taken
     */
    VideoChannel create(Caller caller, ChannelCreate create);

    /**
     * @param caller the owner or an administrator
     * @param handle the channel
     * @param update display name, description, support; null fields unchanged
     */
    void update(Caller caller, String handle, ChannelCreate update);

    /**
     * Deletes a channel and its videos; a user's last channel cannot be deleted.
     *
     * @param caller the owner or an administrator
     * @param handle the channel
     */
    void delete(Caller caller, String handle);
}
