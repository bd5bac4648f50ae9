package org.bobine.plugins.nsfwfilter;

import org.bobine.sdk.hook.FilterHook;
import org.bobine.sdk.hook.ListParams;
import org.bobine.sdk.hook.Viewer;

/**
 * Applies the instance policy to the lists of anonymous visitors. Under "hide" they never get sensitive
 * videos, whatever they ask for. Under "display" and "blur" they get them unless they asked otherwise (the
 * platform's own default for anonymous visitors would leave them out). Logged-in viewers are left alone: with
 * no explicit filter, the platform applies their own sensitive-content choice.
 */
abstract class ListParamsHook implements FilterHook<Viewer, ListParams> {

    private final NsfwSettings settings;

    ListParamsHook(NsfwSettings settings) {
        this.settings = settings;
    }

    @Override
    public ListParams filter(Viewer viewer, ListParams current) {
        if (!viewer.anonymous()) {
            return current;
        }
        return switch (settings.current().policy()) {
            case HIDE -> "false".equals(current.nsfw()) ? current : current.withNsfw("false");
            case DISPLAY, BLUR -> current.nsfw() == null ? current.withNsfw("both") : current;
        };
    }
}
