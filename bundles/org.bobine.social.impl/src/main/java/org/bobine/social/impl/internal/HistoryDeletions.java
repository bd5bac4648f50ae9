package org.bobine.social.impl.internal;

import org.bobine.sdk.hook.ActionHook;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.VideoEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Forgets the positions in a deleted video ({@code action:api.video.deleted}). */
@Component(service = ActionHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.ACTION_VIDEO_DELETED)
public class HistoryDeletions implements ActionHook<VideoEvent> {

    private final HistoryServiceImpl history;

    /** @param history the history */
    @Activate
    public HistoryDeletions(@Reference HistoryServiceImpl history) {
        this.history = history;
    }

    @Override
    public void run(VideoEvent event) {
        history.videoDeleted(event.id());
    }
}
