package org.bobine.plugins.nsfwfilter;

import org.bobine.sdk.hook.FilterHook;
import org.bobine.sdk.hook.Hooks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The policy for anonymous visitors on video lists: the {@value Hooks#FILTER_VIDEOS_LIST_PARAMS} hook. */
// service named: bnd only registers interfaces a class implements itself, not inherited ones.
@Component(service = FilterHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.FILTER_VIDEOS_LIST_PARAMS)
public class VideoListHook extends ListParamsHook {

    /** @param settings the policy */
    @Activate
    public VideoListHook(@Reference NsfwSettings settings) {
        super(settings);
    }
}
