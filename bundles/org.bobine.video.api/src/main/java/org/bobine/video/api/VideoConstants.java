package org.bobine.video.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PeerTube's constant tables (categories, licences, languages, privacies, states, comment policies), served
 * as they are at {@code /api/v1/videos/categories} and friends, and used to label a video's attributes.
 */
public final class VideoConstants {

    /** Video privacy ids. */
    public static final int PUBLIC = 1;
    /** Reachable by link, never listed. */
    public static final int UNLISTED = 2;
    /** Owner and those who see all videos only. */
    public static final int PRIVATE = 3;
    /** Logged-in users of this instance only. */
    public static final int INTERNAL = 4;
    /** Guarded by a password; only a plugin can grant access, the core alone never does. */
    public static final int PASSWORD_PROTECTED = 5;

    /** Video state: published. */
    public static final int STATE_PUBLISHED = 1;
    /** Video state: waiting for transcoding. */
    public static final int STATE_TO_TRANSCODE = 2;
    /** Video state: transcoding failed (PeerTube's 7). */
    public static final int STATE_TRANSCODING_FAILED = 7;

    /** Category id to English label. */
    public static final Map<Integer, String> CATEGORIES = ordered(new Object[][] {
        {1, "Music"}, {2, "Films"}, {3, "Vehicles"}, {4, "Art"}, {5, "Sports"}, {6, "Travels"}, {7, "Gaming"},
        {8, "People"}, {9, "Comedy"}, {10, "Entertainment"}, {11, "News & Politics"}, {12, "How To"},
        {13, "Education"}, {14, "Activism"}, {15, "Science & Technology"}, {16, "Animals"}, {17, "Kids"},
        {18, "Food"}});

    /** Licence id to English label. */
    public static final Map<Integer, String> LICENCES = ordered(new Object[][] {
        {1, "Attribution"}, {2, "Attribution - Share Alike"}, {3, "Attribution - No Derivatives"},
        {4, "Attribution - Non Commercial"}, {5, "Attribution - Non Commercial - Share Alike"},
        {6, "Attribution - Non Commercial - No Derivatives"}, {7, "Public Domain Dedication"},
        {8, "Free of known copyright restrictions"}, {9, "All Rights Reserved"}});

    /** Privacy id to English label. */
    public static final Map<Integer, String> PRIVACIES = ordered(new Object[][] {
        {1, "Public"}, {2, "Unlisted"}, {3, "Private"}, {4, "Internal"}, {5, "Password protected"}});

    /** State id to English label. */
    public static final Map<Integer, String> STATES = ordered(new Object[][] {
        {1, "Published"}, {2, "To transcode"}, {3, "To import"}, {4, "Waiting for livestream"},
        {5, "Livestream ended"}, {6, "To move to an external storage"}, {7, "Transcoding failed"},
        {8, "External storage move failed"}, {9, "To edit"}, {10, "To move to file system"},
        {11, "Move to file system failed"}, {12, "Import failed"}});

    /** Comment policy id to English label. */
    public static final Map<Integer, String> COMMENT_POLICIES = ordered(new Object[][] {
        {1, "Enabled"}, {2, "Disabled"}, {3, "Requires approval"}});

    /** Language code to English label, in PeerTube's order. */
    public static final Map<String, String> LANGUAGES = loadLanguages();

    private VideoConstants() {
    }

    private static Map<Integer, String> ordered(Object[][] rows) {
        Map<Integer, String> m = new LinkedHashMap<>();
        for (Object[] r : rows) {
            m.put((Integer) r[0], (String) r[1]);
        }
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> loadLanguages() {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = VideoConstants.class.getResourceAsStream("languages.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    m.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(m);
    }
}
