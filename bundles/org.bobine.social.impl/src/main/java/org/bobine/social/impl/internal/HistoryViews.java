package org.bobine.social.impl.internal;

import org.bobine.sdk.hook.ActionHook;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.ViewEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Takes the positions of logged-in viewers from the players' view reports ({@code action:api.video.viewed},
 * the event the core runs for every report it accepted), as PeerTube's players report history through
 * {@code POST /videos/{id}/views}.
 */
@Component(service = ActionHook.class, property = Hooks.HOOK_NAME + "=" + Hooks.ACTION_VIDEO_VIEWED)
public class HistoryViews implements ActionHook<ViewEvent> {

    private final HistoryServiceImpl history;

    /** @param history the history */
    @Activate
    public HistoryViews(@Reference HistoryServiceImpl history) {
        this.history = history;
    }

    @Override
    public void run(ViewEvent event) {
        if (!event.viewer().anonymous()) {
            history.viewed(event.viewer().username(), event.video().id(), event.currentTime());
        }
    }
}
