package org.bobine.player.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bobine.instance.api.InstanceService;

/**
 * Which language a page is written in: the viewer's choice (the {@code bobine-lang} cookie the language
 * switch sets), else the first language of the browser's {@code Accept-Language} (by quality) that the front
 * end has texts for, else the instance's default.
 */
final class Languages {

    /** The cookie the language switch sets. */
    static final String COOKIE = "bobine-lang";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Languages() {
    }

    /**
     * @param cookie         the {@link #COOKIE} value, or null
     * @param acceptLanguage the header, or null
     * @param assets         the front end's files (its i18n/index.json lists the languages, written by the build)
     * @param instance       the instance, for its default language
     * @return the page's language
     */
    static String forPage(String cookie, String acceptLanguage, Assets assets, InstanceService instance) {
        Set<String> available;
        Assets.Asset index = assets.get("i18n/index.json");
        try {
            available = index == null ? Set.of("en") : Set.of(JSON.readValue(index.bytes(), String[].class));
        } catch (IOException | RuntimeException e) {
            available = Set.of("en");
        }
        Object configured = instance.publicConfig().get("instance") instanceof Map<?, ?> i
            ? i.get("defaultLanguage") : null;
        return choose(cookie, acceptLanguage, available, configured == null ? "en" : configured.toString());
    }

    /**
     * @param cookie         the cookie's value, or null
     * @param acceptLanguage the header, or null
     * @param available      codes with texts, e.g. en, fr
     * @param instanceDefault the administrator's choice
     * @return the code to use
     */
    static String choose(String cookie, String acceptLanguage, Set<String> available, String instanceDefault) {
        if (cookie != null && available.contains(cookie)) {
            return cookie;
        }
        for (String tag : byQuality(acceptLanguage)) {
            String primary = tag.split("-")[0].toLowerCase(Locale.ROOT);
            if (available.contains(primary)) {
                return primary;
            }
        }
        return available.contains(instanceDefault) ? instanceDefault : "en";
    }

    /** The header's language tags, best first ("*" and tags of quality 0 left out). */
    static List<String> byQuality(String header) {
        record Tag(String tag, double q, int order) {
        }
        List<Tag> tags = new ArrayList<>();
        if (header != null) {
            String[] parts = header.split(",");
            for (int i = 0; i < parts.length && i < 32; i++) {
                String[] p = parts[i].trim().split(";");
                double q = 1;
                for (int j = 1; j < p.length; j++) {
                    String param = p[j].trim();
                    if (param.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(param.substring(2));
                        } catch (NumberFormatException e) {
                            q = 0;
                        }
                    }
                }
                String tag = p[0].trim();
                if (!tag.isEmpty() && !tag.equals("*") && q > 0 && tag.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")) {
                    tags.add(new Tag(tag, q, i));
                }
            }
        }
        tags.sort((a, b) -> a.q() != b.q() ? Double.compare(b.q(), a.q()) : Integer.compare(a.order(), b.order()));
        return tags.stream().map(Tag::tag).toList();
    }
}
