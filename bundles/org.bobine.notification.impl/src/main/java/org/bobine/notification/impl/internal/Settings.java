package org.bobine.notification.impl.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.persistence.EntityManager;
import org.bobine.core.api.BobineException;
import org.bobine.notification.api.NotificationSettings;
import org.bobine.notification.impl.internal.entity.NotificationSettingEntity;

/** A user's notification settings: PeerTube's defaults, and the rows of those the user changed. */
final class Settings {

    private Settings() {
    }

    /**
     * @param em     the unit's entity manager
     * @param userId a user
     * @return every setting with its value
     */
    static Map<String, Integer> of(EntityManager em, long userId) {
        Map<String, Integer> s = new LinkedHashMap<>(NotificationSettings.DEFAULTS);
        for (NotificationSettingEntity e : em.createQuery("SELECT s FROM NotificationSettingEntity s WHERE s.userId = :u",
            NotificationSettingEntity.class).setParameter("u", userId).getResultList()) {
            if (s.containsKey(e.getName())) {
                s.put(e.getName(), e.getValue());
            }
        }
        return s;
    }

    /**
     * @param body       setting names to values
     * @param requireOne whether a body without any known setting is refused
     * @return the known settings of the body with their values
     * @throws BobineException 400 when a known setting's value is not 0 to 3
     */
    static Map<String, Integer> check(Map<String, Object> body, boolean requireOne) {
        if (body == null) {
            throw BobineException.badRequest("A JSON object of notification settings is required");
        }
        Map<String, Integer> known = new LinkedHashMap<>();
        for (String name : NotificationSettings.DEFAULTS.keySet()) {
            if (!body.containsKey(name)) {
                continue;
            }
            Object v = body.get(name);
            if (!(v instanceof Integer i) || i < 0 || i > (NotificationSettings.WEB | NotificationSettings.EMAIL)) {
                throw BobineException.badRequest(name + " must be 0 (none), 1 (web), 2 (e-mail) or 3 (both)");
            }
            known.put(name, i);
        }
        if (requireOne && known.isEmpty()) {
            throw BobineException.badRequest("No notification setting given (e.g. newCommentOnMyVideo: 1)");
        }
        return known;
    }

    /**
     * Stores settings; a value equal to the default removes its row.
     *
     * @param em      the unit's entity manager
     * @param userId  a user
     * @param changes checked settings
     */
    static void store(EntityManager em, long userId, Map<String, Integer> changes) {
        for (Map.Entry<String, Integer> c : changes.entrySet()) {
            em.createQuery("DELETE FROM NotificationSettingEntity s WHERE s.userId = :u AND s.name = :n")
                .setParameter("u", userId).setParameter("n", c.getKey()).executeUpdate();
            if (!c.getValue().equals(NotificationSettings.DEFAULTS.get(c.getKey()))) {
                NotificationSettingEntity e = new NotificationSettingEntity();
                e.setUserId(userId);
                e.setName(c.getKey());
                e.setValue(c.getValue());
                em.persist(e);
            }
        }
    }
}
