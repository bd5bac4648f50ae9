package org.bobine.plugins.nsfwfilter;

import java.util.List;
import java.util.Map;
import org.bobine.sdk.plugin.PluginSettings;
import org.bobine.sdk.plugin.Setting;
import org.bobine.sdk.plugin.SettingType;
import org.bobine.sdk.plugin.SettingsDeclaration;
import org.bobine.sdk.plugin.SettingsListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declares the plugin's settings and keeps their current meaning (the policy, the compiled word list) for the
 * hooks of this bundle, which reference it as a service. The platform calls {@link #settingsChanged} after the
 * administrator saves the settings, so a change applies to the next request without a restart; the word list
 * is compiled once per change rather than on every upload.
 */
@Component(service = {NsfwSettings.class, SettingsDeclaration.class, SettingsListener.class})
public class NsfwSettings implements SettingsDeclaration, SettingsListener {

    private static final Logger LOG = LoggerFactory.getLogger(NsfwSettings.class);

    /** Setting: the policy for anonymous visitors, "display", "blur" or "hide" (public). */
    static final String POLICY = "policy";
    /** Setting: words and phrases that flag an upload, one per line (private). */
    static final String WORDS = "words";
    /** Setting: whether uploads are flagged by words, "true" or "false". */
    static final String FLAG_ON_WORDS = "flag-on-words";

    static final Policy DEFAULT_POLICY = Policy.BLUR;

    /**
     * What the settings mean now.
     *
     * @param policy      the policy for anonymous visitors
     * @param words       words that flag an upload
     * @param flagOnWords whether uploads are flagged by words at all
     */
    record Current(Policy policy, WordMatcher words, boolean flagOnWords) {
    }

    private volatile Current current;

    /** @param settings the values stored by the administrator, read once here and then through changes */
    @Activate
    public NsfwSettings(@Reference PluginSettings settings) {
        settingsChanged(settings.all());
    }

    @Override
    public List<Setting> settings() {
        return List.of(
            new Setting(POLICY, SettingType.SELECT, "Sensitive videos for anonymous visitors",
                "Display lists and shows them as they are; blur lists them with blurred thumbnails; hide leaves them "
                    + "out of lists and searches. Logged-in users keep their own choice.",
                DEFAULT_POLICY.value(), false, List.of(
                    new Setting.Option(Policy.DISPLAY.value(), "Display"),
                    new Setting.Option(Policy.BLUR.value(), "Blur"),
                    new Setting.Option(Policy.HIDE.value(), "Hide"))),
            Setting.of(WORDS, SettingType.INPUT_TEXTAREA, "Words that flag an upload as sensitive", "")
                .describedAs("One word or phrase per line. An upload whose title, description or a tag contains one, "
                    + "as a whole word and in any case, is flagged as sensitive."),
            Setting.of(FLAG_ON_WORDS, SettingType.INPUT_CHECKBOX, "Flag uploads by words", "true")
                .describedAs("Uncheck to keep the list without using it. A flag set by the uploader is never removed."));
    }

    @Override
    public void settingsChanged(Map<String, String> values) {
        String p = values.get(POLICY);
        Policy policy = Policy.of(p);
        if (policy == null) {
            if (p != null) {
                LOG.warn("Unknown nsfw-filter policy '{}': using '{}'", p, DEFAULT_POLICY.value());
            }
            policy = DEFAULT_POLICY;
        }
        String flag = values.get(FLAG_ON_WORDS);
        // Until the platform knows the declaration, only stored values are given: missing ones take the default.
        boolean flagOnWords = flag == null || Boolean.parseBoolean(flag.trim());
        current = new Current(policy, WordMatcher.parse(values.get(WORDS)), flagOnWords);
    }

    /** @return what the settings mean now */
    Current current() {
        return current;
    }
}
