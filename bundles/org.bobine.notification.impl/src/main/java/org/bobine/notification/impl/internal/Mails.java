package org.bobine.notification.impl.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.bobine.notification.api.NotificationTypes;
import org.bobine.notification.impl.internal.entity.NotificationEntity;

/**
 * The e-mails of notifications, in English and French: a subject, a plain-text body and a simple HTML body
 * with a link to the page concerned and one to the notification settings. Everything users wrote (names,
 * titles, addresses) is escaped in the HTML, and the subject and the text have no line breaks from users.
 */
final class Mails {

    /** A composed e-mail. */
    record Mail(String subject, String text, String html) {
    }

    private static final Map<String, Map<String, String>> TEXTS = Map.of(
        "en", Map.ofEntries(
            Map.entry("1.subject", "{channel} published a new video"),
            Map.entry("1.body", "{channel} published a new video: {video}."),
            Map.entry("2.subject", "New comment on your video {video}"),
            Map.entry("2.body", "{actor} commented on your video {video}."),
            Map.entry("2.held", "{actor} commented on your video {video}. The comment waits for your approval."),
            Map.entry("6.subject", "Your video {video} is published"),
            Map.entry("6.body", "Your video {video} has been transcoded and is published."),
            Map.entry("7.subject", "Your import {video} is done"),
            Map.entry("7.body", "Your import of {url} is done: {video}."),
            Map.entry("8.subject", "Your import failed"),
            Map.entry("8.body", "Your import of {url} failed."),
            Map.entry("10.subject", "{actor} subscribed to {channel}"),
            Map.entry("10.body", "{actor} subscribed to your channel {channel}."),
            Map.entry("11.subject", "{actor} mentioned you on {video}"),
            Map.entry("11.body", "{actor} replied to you or mentioned you in a comment on {video}."),
            Map.entry("open", "Open it: {link}"),
            Map.entry("openHtml", "Open it"),
            Map.entry("settings", "Your notification settings, to choose what you receive by e-mail: {link}"),
            Map.entry("settingsHtml", "Choose what you receive by e-mail in your notification settings.")),
        "fr", Map.ofEntries(
            Map.entry("1.subject", "{channel} a publié une nouvelle vidéo"),
            Map.entry("1.body", "{channel} a publié une nouvelle vidéo : {video}."),
            Map.entry("2.subject", "Nouveau commentaire sur votre vidéo {video}"),
            Map.entry("2.body", "{actor} a commenté votre vidéo {video}."),
            Map.entry("2.held", "{actor} a commenté votre vidéo {video}. Le commentaire attend votre approbation."),
            Map.entry("6.subject", "Votre vidéo {video} est publiée"),
            Map.entry("6.body", "Votre vidéo {video} a été transcodée et elle est publiée."),
            Map.entry("7.subject", "Votre import {video} est terminé"),
            Map.entry("7.body", "Votre import de {url} est terminé : {video}."),
            Map.entry("8.subject", "Votre import a échoué"),
            Map.entry("8.body", "Votre import de {url} a échoué."),
            Map.entry("10.subject", "{actor} s'est abonné à {channel}"),
            Map.entry("10.body", "{actor} s'est abonné à votre chaîne {channel}."),
            Map.entry("11.subject", "{actor} vous a mentionné sur {video}"),
            Map.entry("11.body", "{actor} vous a répondu ou vous a mentionné dans un commentaire sur {video}."),
            Map.entry("open", "Ouvrir : {link}"),
            Map.entry("openHtml", "Ouvrir"),
            Map.entry("settings", "Vos réglages de notifications, pour choisir ce que vous recevez par e-mail : {link}"),
            Map.entry("settingsHtml", "Choisissez ce que vous recevez par e-mail dans vos réglages de notifications.")));

    private Mails() {
    }

    /**
     * @param language the recipient's language ({@code fr...} for French, anything else English)
     * @return the language the mail is written in
     */
    static String language(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
    }

    /**
     * @param language     {@code en} or {@code fr}
     * @param n            the notification
     * @param publicUrl    the instance's URL
     * @param instanceName the instance's name, which signs the mail
     * @return the e-mail
     */
    static Mail compose(String language, NotificationEntity n, String publicUrl, String instanceName) {
        Map<String, String> t = TEXTS.get(language(language));
        Map<String, String> values = Map.of(
            "channel", line(n.getChannelDisplayName() != null ? n.getChannelDisplayName() : n.getChannelName()),
            "video", line(n.getVideoName()),
            "actor", line(n.getActorDisplayName() != null ? n.getActorDisplayName() : n.getActorName()),
            "url", line(n.getTargetUrl()));
        String type = String.valueOf(n.getType());
        String subject = fill(t.get(type + ".subject"), values, false);
        String body = t.get(n.getType() == NotificationTypes.NEW_COMMENT_ON_MY_VIDEO && n.isHeld() ? "2.held" : type + ".body");
        String link = publicUrl + link(n);
        String settings = publicUrl + "/my-account/notifications";
        String text = fill(body, values, false) + "\n\n" + t.get("open").replace("{link}", link) + "\n\n"
            + t.get("settings").replace("{link}", settings) + "\n\n-- \n" + line(instanceName) + "\n";
        String html = "<!doctype html>\n<html lang=\"" + language(language) + "\"><head><meta charset=\"utf-8\"><title>"
            + escape(subject) + "</title></head>\n<body>\n<p>" + fill(body, values, true) + "</p>\n<p><a href=\"" + escape(link)
            + "\">" + escape(t.get("openHtml")) + "</a></p>\n<p><a href=\"" + escape(settings) + "\">" + escape(t.get("settingsHtml"))
            + "</a></p>\n<p>-- <br>" + escape(line(instanceName)) + "</p>\n</body></html>\n";
        return new Mail(subject, text, html);
    }

    /** @return the path of the page a notification is about */
    static String link(NotificationEntity n) {
        return switch (n.getType()) {
            case NotificationTypes.NEW_FOLLOW -> "/a/" + URLEncoder.encode(n.getActorName() == null ? "" : n.getActorName(),
                StandardCharsets.UTF_8);
            case NotificationTypes.MY_VIDEO_IMPORT_ERROR -> "/my-videos";
            default -> n.getVideoUuid() == null ? "/my-account/notifications" : "/videos/watch/" + n.getVideoUuid();
        };
    }

    private static String fill(String template, Map<String, String> values, boolean html) {
        String out = html ? escape(template) : template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            String value = html ? "<strong>" + escape(v.getValue()) + "</strong>" : v.getValue();
            out = out.replace("{" + v.getKey() + "}", value);
        }
        return out;
    }

    /** @return the text on one line, at most 200 characters (a subject must not carry a header) */
    static String line(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("[\\r\\n\\t\\x00-\\x1f\\x7f]+", " ").trim();
        return one.length() > 200 ? one.substring(0, 199) + "…" : one;
    }

    /** @return the text with HTML's special characters escaped */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
