package org.bobine.notification.api;

import org.bobine.notification.api.model.UserNotification;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of a user's new notifications while a live feed ({@link NotificationService#listen}) is open. Called
 * on the notifier's thread: implementations hand the message over and return at once; one that throws is
 * closed.
 */
@ConsumerType
public interface NotificationListener {

    /**
     * @param notification the new notification, or null when only the count changed (notifications read)
     * @param unread       how many of the user's notifications are unread now
     */
    void changed(UserNotification notification, long unread);
}
