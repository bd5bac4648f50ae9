package org.bobine.itests.broken;

import org.bobine.sdk.hook.FilterHook;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.ListParams;
import org.bobine.sdk.hook.Viewer;
import org.osgi.service.component.annotations.Component;

/** Never answers (and ignores interruptions for a minute): the platform must give up on it and list anyway. */
@Component(property = {Hooks.HOOK_NAME + "=" + Hooks.FILTER_VIDEOS_LIST_PARAMS, Hooks.HOOK_PRIORITY + ":Integer=1"})
public class HangingListFilter implements FilterHook<Viewer, ListParams> {

    @Override
    public ListParams filter(Viewer input, ListParams current) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                // A badly written hook: it swallows the interruption and goes on hanging.
            }
        }
        return current;
    }
}
