package org.bobine.notification.api;

import java.util.List;
import java.util.Map;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.notification.api.model.UserNotification;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The logged-in user's notifications and their settings, as PeerTube's {@code /api/v1/users/me/notifications}
 * routes have them. Every method refuses an anonymous caller with 401.
 */
@ProviderType
public interface NotificationService {

    /**
     * @param caller     the user
     * @param start      offset
     * @param count      page size, 1 to 100
     * @param sort       {@code -createdAt} (default), {@code createdAt}, {@code read} or {@code -read}
     * @param unreadOnly only those not read yet
     * @return the user's notifications, newest first by default
     * @throws org.bobine.core.api.BobineException 400 on an unknown sort
     */
    ResultList<UserNotification> list(Caller caller, int start, int count, String sort, boolean unreadOnly);

    /**
     * Marks some of the caller's notifications as read; ids of others' notifications are ignored.
     *
     * @param caller the user
     * @param ids    notification ids, 1 to 500
     * @throws org.bobine.core.api.BobineException 400 when there is none or too many
     */
    void read(Caller caller, List<Long> ids);

    /** @param caller the user, whose every notification is then read */
    void readAll(Caller caller);

    /**
     * @param caller the user
     * @return how many of their notifications are not read
     */
    long unreadCount(Caller caller);

    /**
     * @param caller the user
     * @return PeerTube's {@code UserNotificationSetting}: each setting's name to its value
     *         ({@link NotificationSettings#NONE}, {@link NotificationSettings#WEB}, {@link NotificationSettings#EMAIL}
     *         or both)
     */
    Map<String, Integer> settings(Caller caller);

    /**
     * Changes the settings present in the body; the others keep their value.
     *
     * @param caller the user
     * @param body   setting names (PeerTube's) to values 0 to 3
     * @throws org.bobine.core.api.BobineException 400 when a value is not 0 to 3 or no known setting is given;
     *                                             nothing is changed then
     */
    void updateSettings(Caller caller, Map<String, Object> body);

    /**
     * Checks settings as {@link #updateSettings} would, without storing them.
     *
     * @param body setting names to values
     * @param requireOne whether at least one known setting must be present
     * @throws org.bobine.core.api.BobineException 400 as {@link #updateSettings}
     */
    void checkSettings(Map<String, Object> body, boolean requireOne);

    /**
     * Opens a live feed of the caller's new notifications (what the web page's badge listens to). The feed
     * stays open until closed; the service limits how many are open per user and in all.
     *
     * @param caller   the user
     * @param listener told of each new notification and of changes of the unread count
     * @return the feed; close it when the client goes
     * @throws org.bobine.core.api.BobineException 429 when the user or the instance has too many feeds open
     */
    AutoCloseable listen(Caller caller, NotificationListener listener);
}
