package ${package};

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bobine.sdk.hook.AcceptResult;
import org.bobine.sdk.hook.FilterHook;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.UploadAttempt;
import org.bobine.sdk.plugin.PluginSettings;
import org.bobine.sdk.plugin.Setting;
import org.bobine.sdk.plugin.SettingType;
import org.bobine.sdk.plugin.SettingsDeclaration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Refuses uploads whose title contains a banned word or phrase. The words are a setting the administrator
 * edits on the plugin's page; they are read at each upload, so a change applies to the next one. Registered
 * as the {@code filter:api.video.upload.accept.result} hook (the platform answers a refusal with 403 and its
 * message) and as the declaration of that setting.
 */
@Component(service = {FilterHook.class, SettingsDeclaration.class},
    property = {Hooks.HOOK_NAME + "=" + Hooks.FILTER_UPLOAD_ACCEPT, Hooks.HOOK_PRIORITY + ":Integer=50"})
public class BannedWordsFilter implements FilterHook<UploadAttempt, AcceptResult>, SettingsDeclaration {

    /** The setting holding the banned words, separated by commas or new lines. */
    public static final String BANNED_WORDS = "banned-words";

    private final PluginSettings settings;

    /**
     * @param settings this plugin's settings, given by the platform
     */
    @Activate
    public BannedWordsFilter(@Reference PluginSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Setting> settings() {
        return List.of(Setting.of(BANNED_WORDS, SettingType.INPUT_TEXTAREA, "Words refused in video titles", "")
            .describedAs("Separated by commas or new lines, in any case. An upload whose title contains one of them"
                + " as a whole word (or phrase) is refused."));
    }

    @Override
    public AcceptResult filter(UploadAttempt attempt, AcceptResult current) {
        if (!current.accepted()) {
            return current;
        }
        String title = " " + normalize(attempt.name()) + " ";
        for (String word : bannedWords(settings.get(BANNED_WORDS))) {
            if (title.contains(" " + word + " ")) {
                return AcceptResult.refuse("Video titles may not contain \"" + word + "\" on this instance");
            }
        }
        return current;
    }

    /**
     * @param setting the setting's value, or null
     * @return the banned words and phrases, normalized like titles
     */
    static List<String> bannedWords(String setting) {
        List<String> words = new ArrayList<>();
        for (String w : (setting == null ? "" : setting).split("[,\\n]")) {
            String n = normalize(w);
            if (!n.isEmpty()) {
                words.add(n);
            }
        }
        return words;
    }

    /** Lower case, words separated by single spaces, punctuation dropped: "Free-MONEY!" is "free money". */
    private static String normalize(String text) {
        return (text == null ? "" : text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
