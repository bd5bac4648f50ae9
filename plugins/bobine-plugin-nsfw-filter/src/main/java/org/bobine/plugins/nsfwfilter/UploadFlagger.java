package org.bobine.plugins.nsfwfilter;

import org.bobine.sdk.hook.FilterHook;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.UploadAttempt;
import org.bobine.sdk.hook.VideoAttributes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Flags an upload as sensitive when its title, description or one of its tags contains one of the
 * administrator's words. Registered as the {@value Hooks#FILTER_UPLOAD_VIDEO_ATTRIBUTES} hook; it only ever
 * sets the flag, so an uploader's own flag stays. Edits are not filtered: what the owner sets later is kept.
 */
@Component(property = Hooks.HOOK_NAME + "=" + Hooks.FILTER_UPLOAD_VIDEO_ATTRIBUTES)
public class UploadFlagger implements FilterHook<UploadAttempt, VideoAttributes> {

    private final NsfwSettings settings;

    /** @param settings the word list */
    @Activate
    public UploadFlagger(@Reference NsfwSettings settings) {
        this.settings = settings;
    }

    @Override
    public VideoAttributes filter(UploadAttempt attempt, VideoAttributes current) {
        NsfwSettings.Current s = settings.current();
        if (current.nsfw() || !s.flagOnWords() || s.words().isEmpty()) {
            return current;
        }
        WordMatcher words = s.words();
        boolean found = words.matches(current.name()) || words.matches(current.description())
            || current.tags().stream().anyMatch(words::matches);
        return found ? current.withNsfw(true) : current;
    }
}
