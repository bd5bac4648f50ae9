package org.bobine.playlist.rest.internal;

import java.util.Map;
import org.bobine.core.api.BobineException;
import org.bobine.playlist.api.model.ElementChange;
import org.bobine.playlist.api.model.PlaylistChange;

/**
 * Reads the bodies of the playlist routes, as JSON objects or multipart form fields (PeerTube's clients send
 * both), into the API's changes, with a 400 naming the field of a wrong type.
 */
final class Bodies {

    private Bodies() {
    }

    /** @param body a JSON object @return the playlist change it asks for */
    static PlaylistChange playlist(Map<String, Object> body) {
        if (body == null) {
            throw BobineException.badRequest("A JSON object is expected");
        }
        PlaylistChange c = new PlaylistChange();
        c.displayName = text(body, "displayName");
        c.description = text(body, "description");
        c.privacy = integer(body.get("privacy"), "privacy");
        if (body.containsKey("videoChannelId") && body.get("videoChannelId") == null) {
            c.removeChannel = true;
        } else {
            Integer channel = integer(body.get("videoChannelId"), "videoChannelId");
            c.videoChannelId = channel == null ? null : channel.longValue();
        }
        return c;
    }

    /** @param c the change being read from a form @param name a field @param value its text */
    static void playlistField(PlaylistChange c, String name, String value) {
        switch (name) {
            case "displayName" -> c.displayName = value;
            case "description" -> c.description = value;
            case "privacy" -> c.privacy = integer(value, "privacy");
            case "videoChannelId" -> {
                if (value.isEmpty() || value.equals("null")) {
                    c.removeChannel = true;
                } else {
                    c.videoChannelId = integer(value, "videoChannelId").longValue();
                }
            }
            default -> {
                // PeerTube ignores fields it does not know; so does Bobine.
            }
        }
    }

    /** @param body a JSON object @param withVideo whether a videoId is expected @return the element change */
    static ElementChange element(Map<String, Object> body, boolean withVideo) {
        if (body == null) {
            throw BobineException.badRequest("A JSON object is expected");
        }
        ElementChange c = new ElementChange();
        if (withVideo) {
            Object v = body.get("videoId");
            if (v instanceof Number n && n.longValue() == n.doubleValue()) {
                c.videoId = String.valueOf(n.longValue());
            } else if (v instanceof String s && !s.isBlank()) {
                c.videoId = s;
            } else {
                throw BobineException.badRequest("videoId is required: a video's id, UUID or short UUID");
            }
        }
        c.startSet = body.containsKey("startTimestamp");
        c.stopSet = body.containsKey("stopTimestamp");
        c.startTimestamp = integer(body.get("startTimestamp"), "startTimestamp");
        c.stopTimestamp = integer(body.get("stopTimestamp"), "stopTimestamp");
        return c;
    }

    /** @param value a JSON value or form text @param field its name @return it as an integer, or null when absent */
    static Integer integer(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            if (n.doubleValue() != Math.rint(n.doubleValue()) || Math.abs(n.doubleValue()) > Integer.MAX_VALUE) {
                throw BobineException.badRequest(field + " must be an integer");
            }
            return n.intValue();
        }
        if (value instanceof String s && s.trim().matches("-?[0-9]{1,9}")) {
            return Integer.valueOf(s.trim());
        }
        throw BobineException.badRequest(field + " must be an integer");
    }

    private static String text(Map<String, Object> body, String field) {
        Object v = body.get(field);
        if (v != null && !(v instanceof String)) {
            throw BobineException.badRequest(field + " must be a string");
        }
        return (String) v;
    }
}
