package org.bobine.plugins.videoimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bobine.sdk.imports.ImportInfo;
import org.bobine.sdk.plugin.PluginStorage;

/**
 * Imports as kept in the plugin's storage. Keys:
 * <ul>
 * <li>{@code next-id}: the last id given;</li>
 * <li>{@code import:<id>}: one import, a JSON object;</li>
 * <li>{@code index:<user>}: a user's import ids, newest first, comma-separated;</li>
 * <li>{@code unfinished}: ids of imports still pending or processing, so a restart finds them without
 * reading every import.</li>
 * </ul>
 * Ids, indexes and the unfinished list are changed under this object's lock; an import's own record is only
 * written by the worker that runs it.
 */
final class ImportStore {

    /** Imports kept per user; older ones are forgotten. */
    static final int MAX_PER_USER = 50_000;

    private static final String NEXT_ID = "next-id";
    private static final String UNFINISHED = "unfinished";

    /**
     * An import and the directory its files are downloaded to while it runs.
     *
     * @param info    the import
     * @param workDir the directory, or null when none is in use
     */
    record Entry(ImportInfo info, String workDir) {
    }

    private final PluginStorage storage;

    ImportStore(PluginStorage storage) {
        this.storage = storage;
    }

    /**
     * Gives a new import an id and records it as pending.
     *
     * @param username  who imports
     * @param targetUrl from where
     * @param now       epoch milliseconds
     * @return the pending import
     */
    synchronized ImportInfo create(String username, String targetUrl, long now) {
        long id = storage.get(NEXT_ID).map(Long::parseLong).orElse(0L) + 1;
        storage.put(NEXT_ID, Long.toString(id));
        ImportInfo info = new ImportInfo(id, targetUrl, ImportInfo.PENDING, 0, null, null, username, now, now);
        save(info, null);
        List<Long> ids = index(username);
        ids.add(0, id);
        while (ids.size() > MAX_PER_USER) {
            storage.remove(key(ids.remove(ids.size() - 1)));
        }
        storage.put(indexKey(username), join(ids));
        List<Long> open = unfinished();
        open.add(id);
        storage.put(UNFINISHED, join(open));
        return info;
    }

    /**
     * Writes an import.
     *
     * @param info    the import
     * @param workDir its download directory, or null
     */
    void save(ImportInfo info, String workDir) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", info.id());
        m.put("targetUrl", info.targetUrl());
        m.put("state", info.state());
        m.put("progress", info.progress());
        m.put("error", info.error());
        m.put("videoUuid", info.videoUuid());
        m.put("username", info.username());
        m.put("createdAt", info.createdAt());
        m.put("updatedAt", info.updatedAt());
        m.put("workDir", workDir);
        storage.put(key(info.id()), Json.object(m));
    }

    /**
     * @param id an import id
     * @return the import, empty when unknown or unreadable
     */
    Optional<Entry> load(long id) {
        return storage.get(key(id)).flatMap(ImportStore::decode);
    }

    /**
     * Forgets that an import is running; called once it has ended, whatever the outcome.
     *
     * @param id the import
     */
    synchronized void finished(long id) {
        List<Long> open = unfinished();
        if (open.remove(id)) {
            if (open.isEmpty()) {
                storage.remove(UNFINISHED);
            } else {
                storage.put(UNFINISHED, join(open));
            }
        }
    }

    /** @return the ids of imports not known to have ended */
    synchronized List<Long> unfinished() {
        return split(storage.get(UNFINISHED).orElse(""));
    }

    /**
     * @param username a user
     * @return the user's import ids, newest first (a copy that may be changed)
     */
    List<Long> index(String username) {
        return split(storage.get(indexKey(username)).orElse(""));
    }

    private static Optional<Entry> decode(String json) {
        try {
            if (!(Json.parse(json) instanceof Map<?, ?> m)) {
                return Optional.empty();
            }
            ImportInfo info = new ImportInfo(num(m.get("id")), str(m.get("targetUrl")), (int) num(m.get("state")),
                (int) num(m.get("progress")), str(m.get("error")), str(m.get("videoUuid")), str(m.get("username")),
                num(m.get("createdAt")), num(m.get("updatedAt")));
            return Optional.of(new Entry(info, str(m.get("workDir"))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static long num(Object o) {
        if (o instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalArgumentException("not a number");
    }

    private static String str(Object o) {
        return o instanceof String s ? s : null;
    }

    private static String key(long id) {
        return "import:" + id;
    }

    /** The user's index key; names too long to be part of a key are hashed. */
    private static String indexKey(String username) {
        String key = "index:" + username;
        if (key.length() <= 150 && !username.isEmpty()) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
            return "index:sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static String join(List<Long> ids) {
        StringBuilder sb = new StringBuilder();
        for (Long id : ids) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(id);
        }
        return sb.toString();
    }

    private static List<Long> split(String text) {
        List<Long> ids = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                try {
                    ids.add(Long.parseLong(part.strip()));
                } catch (NumberFormatException e) {
                    // a damaged entry is skipped rather than hiding the whole list
                }
            }
        }
        return ids;
    }
}
