package org.bobine.instance.impl.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bobine.core.api.BobineException;
import org.bobine.video.api.VideoConstants;

/**
 * The instance texts administrators edit with PeerTube's {@code PUT /api/v1/config/custom} ({@code instance.*}):
 * checked field by field (a wrong type or size is a 400 and changes nothing), kept in
 * {@code <data>/config/custom.json}, written to a temporary file and renamed over the old one so a crash leaves
 * either version whole.
 */
final class CustomConfig {

    /** Markdown texts of the about page, in PeerTube's names. */
    static final List<String> TEXTS = List.of("description", "terms", "codeOfConduct", "moderationInformation",
        "creationReason", "administrator", "maintenanceLifetime", "businessModel", "hardwareInformation");
    private static final int TEXT_MAX = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CustomConfig() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return Map.copyOf(JSON.readValue(file.toFile(), LinkedHashMap.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + "; fix or remove it", e);
        }
    }

    static void save(Path file, Map<String, Object> values) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), values);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** @return current values with the body's {@code instance} fields applied, all checked */
    static Map<String, Object> merge(Map<String, Object> current, Map<String, Object> body) {
        if (body == null || !(body.get("instance") instanceof Map<?, ?> instance)) {
            throw BobineException.badRequest("instance is required: an object with the fields to change");
        }
        Map<String, Object> next = new LinkedHashMap<>(current);
        for (var e : instance.entrySet()) {
            String field = String.valueOf(e.getKey());
            Object v = e.getValue();
            if (field.equals("name")) {
                next.put(field, text(field, v, 1, 120));
            } else if (field.equals("shortDescription")) {
                next.put(field, text(field, v, 0, 250));
            } else if (TEXTS.contains(field)) {
                next.put(field, text(field, v, 0, TEXT_MAX));
            } else if (field.equals("defaultLanguage")) {
                next.put(field, language(field, v));
            } else if (field.equals("languages")) {
                List<String> codes = new ArrayList<>();
                for (Object c : list(field, v)) {
                    codes.add(language(field, c));
                }
                next.put(field, codes);
            } else if (field.equals("categories")) {
                List<Integer> ids = new ArrayList<>();
                for (Object c : list(field, v)) {
                    if (!(c instanceof Integer id) || !VideoConstants.CATEGORIES.containsKey(id)) {
                        throw BobineException.badRequest(field + " must hold category ids of this instance");
                    }
                    ids.add(id);
                }
                next.put(field, ids);
            }
            // PeerTube's other fields (avatars, customizations, ...) are not configurable here and are ignored.
        }
        return next;
    }

    private static String text(String field, Object v, int min, int max) {
        if (!(v instanceof String s) || s.strip().length() < min || s.length() > max) {
            throw BobineException.badRequest(field + " must be a text of " + min + " to " + max + " characters");
        }
        return s;
    }

    private static String language(String field, Object v) {
        if (!(v instanceof String s) || !s.matches("[a-z]{2,3}")) {
            throw BobineException.badRequest(field + " must hold language codes such as en or fr");
        }
        return s;
    }

    private static List<?> list(String field, Object v) {
        if (!(v instanceof List<?> l) || l.size() > 50) {
            throw BobineException.badRequest(field + " must be a list of at most 50 items");
        }
        return l;
    }
}
