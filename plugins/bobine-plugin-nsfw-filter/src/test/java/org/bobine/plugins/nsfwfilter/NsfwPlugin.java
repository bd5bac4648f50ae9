package org.bobine.plugins.nsfwfilter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.ListParams;
import org.bobine.sdk.hook.UploadAttempt;
import org.bobine.sdk.hook.VideoAttributes;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.testkit.PluginTestKit;

/**
 * The whole plugin in the SDK's test kit: its components built through their constructors and registered
 * with the properties their {@code @Component}s declare, then driven the way the platform drives them.
 */
final class NsfwPlugin {

    static final Viewer ALICE = new Viewer("alice", "user");
    static final Viewer ROOT = new Viewer("root", "administrator");

    final PluginTestKit kit = new PluginTestKit("nsfw-filter");
    final NsfwSettings settings = new NsfwSettings(kit.settings());

    NsfwPlugin() {
        kit.register(settings, Map.of());
        kit.register(new UploadFlagger(settings), Map.of(Hooks.HOOK_NAME, Hooks.FILTER_UPLOAD_VIDEO_ATTRIBUTES));
        kit.register(new VideoListHook(settings), Map.of(Hooks.HOOK_NAME, Hooks.FILTER_VIDEOS_LIST_PARAMS));
        kit.register(new SearchHook(settings), Map.of(Hooks.HOOK_NAME, Hooks.FILTER_SEARCH_LOCAL_PARAMS));
        kit.register(new NsfwClientAssets(), Map.of());
    }

    /**
     * Changes settings as the administrator would (values are checked against the declaration).
     *
     * @param keyValues name, value, name, value...
     * @return this
     */
    NsfwPlugin set(String... keyValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        kit.settings().set(values);
        return this;
    }

    /** @return the attributes an upload is stored with */
    VideoAttributes upload(VideoAttributes before) {
        UploadAttempt attempt = new UploadAttempt("alice", "alice_channel", before.name(), "video.mp4", 1000, 1);
        return kit.filter(Hooks.FILTER_UPLOAD_VIDEO_ATTRIBUTES, attempt, before);
    }

    /** @return the parameters a video list runs with */
    ListParams list(ListParams before) {
        return kit.filter(Hooks.FILTER_VIDEOS_LIST_PARAMS, before.viewer(), before);
    }

    /** @return the parameters a local search runs with */
    ListParams search(ListParams before) {
        return kit.filter(Hooks.FILTER_SEARCH_LOCAL_PARAMS, before.viewer(), before);
    }

    static VideoAttributes attributes(String title, String description, List<String> tags, boolean nsfw) {
        return new VideoAttributes(title, description, tags, nsfw, null, null, 1);
    }

    static ListParams params(Viewer viewer, String nsfw) {
        return new ListParams(viewer, 0, 15, "-publishedAt", nsfw, null);
    }
}
